/** Cell styles as Vietnamese offices format their plan tables: fonts, borders, fills, number formats. */
import type ExcelJS from "exceljs";

const FONT = "Times New Roman";
export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
/** Inner rows of an official table often use dotted ("hair") horizontal lines. */
export const HAIR_ROWS: Partial<ExcelJS.Borders> = {
  top: { style: "hair" },
  left: { style: "thin" },
  bottom: { style: "hair" },
  right: { style: "thin" },
};

export function font(size = 11, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT, size, ...extra };
}

/** Apply a style to every cell of a rectangle (1-based, inclusive). */
export function styleBox(
  ws: ExcelJS.Worksheet,
  r1: number,
  c1: number,
  r2: number,
  c2: number,
  s: Partial<ExcelJS.Style>,
): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      if (s.font) cell.font = s.font;
      if (s.border) cell.border = s.border;
      if (s.alignment) cell.alignment = s.alignment;
      if (s.numFmt) cell.numFmt = s.numFmt;
      if (s.fill) cell.fill = s.fill;
    }
}

export const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

/** A plan table's header band: bold, boxed, centred and wrapped on the light-blue fill offices use. */
export function styleHeader(ws: ExcelJS.Worksheet, top: number, bottom: number, lastCol: number, size = 11): void {
  styleBox(ws, top, 1, bottom, lastCol, {
    font: font(size, { bold: true }),
    border: THIN,
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    fill: HEADER_FILL,
  });
}

/** Closes a table whose inner rows have hair lines with a solid line under its last row. */
export function closeTable(ws: ExcelJS.Worksheet, last: number, lastCol: number): void {
  styleBox(ws, last, 1, last, lastCol, { border: { ...HAIR_ROWS, bottom: { style: "thin" } } });
}

/** Number formats as Vietnamese offices use them (the decimal comma comes from Windows' locale). */
export const NUMFMT = {
  million: '#,##0.0;-#,##0.0;"-"',
  thousand: '#,##0;-#,##0;"-"',
  vnd: "#,##0",
  percent: "0.0%",
};
