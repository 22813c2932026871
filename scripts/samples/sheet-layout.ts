/** Where the text of a plan sheet goes: page setup, titles across merged ranges, two-row headers, signatures. */
import type ExcelJS from "exceljs";
import { a1 } from "../../src/engine/grid";
import { font } from "./sheet-style";

/** Excel's paper codes (A3 is missing from ExcelJS's PaperSize enum). */
export const A4 = 9 as ExcelJS.PaperSize;
export const A3 = 8 as ExcelJS.PaperSize;

/**
 * A plan sheet as units set one up: header frozen, landscape, fitted to the
 * page width, header rows repeated on every printed page.
 */
export function addPlanSheet(
  wb: ExcelJS.Workbook,
  name: string,
  o: {
    freeze: [number, number];
    zoom: number;
    paperSize?: ExcelJS.PaperSize;
    printTitlesRow?: string;
    marginLeft?: number;
  },
): ExcelJS.Worksheet {
  return wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: o.freeze[0], ySplit: o.freeze[1], zoomScale: o.zoom }],
    pageSetup: {
      paperSize: o.paperSize ?? A4,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(o.printTitlesRow ? { printTitlesRow: o.printTitlesRow } : {}),
      margins: { left: o.marginLeft ?? 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
    },
  });
}

/** A header cell merged down over rows `row`..`row + 1`, as "STT" and "Ghi chú" are in two-row headers. */
export function headerDown(ws: ExcelJS.Worksheet, row: number, col: number, text: string): void {
  ws.mergeCells(row, col, row + 1, col);
  ws.getCell(row, col).value = text;
}
/** Title text across a merged range. */
export function title(
  ws: ExcelJS.Worksheet,
  range: string,
  text: string,
  f: Partial<ExcelJS.Font> = font(12, { bold: true }),
  align: Partial<ExcelJS.Alignment> = { horizontal: "center", vertical: "middle" },
): void {
  const first = range.split(":")[0];
  if (range.includes(":")) ws.mergeCells(range);
  const c = ws.getCell(first);
  c.value = text;
  c.font = f;
  c.alignment = align;
}
/** Write "Người lập biểu" / "Thủ trưởng đơn vị" signature block starting at row r. Returns last row used. */
export function signatureBlock(
  ws: ExcelJS.Worksheet,
  r: number,
  opts: {
    place: string;
    leftCols: [number, number];
    rightCols: [number, number];
    leftTitle: string;
    rightTitle: string;
    rightOver?: string;
    leftName: string;
    rightName: string;
  },
): number {
  const span = (row: number, cols: [number, number]) => `${a1(row, cols[0])}:${a1(row, cols[1])}`;
  title(ws, span(r, opts.rightCols), opts.place, font(11, { italic: true }));
  let row = r + 1;
  if (opts.rightOver) {
    title(ws, span(row, opts.rightCols), opts.rightOver, font(11, { bold: true }));
    row++;
  }
  title(ws, span(row, opts.leftCols), opts.leftTitle, font(11, { bold: true }));
  title(ws, span(row, opts.rightCols), opts.rightTitle, font(11, { bold: true }));
  title(ws, span(row + 1, opts.leftCols), "(Ký, ghi rõ họ tên)", font(10, { italic: true }));
  title(ws, span(row + 1, opts.rightCols), "(Ký, họ tên, đóng dấu)", font(10, { italic: true }));
  title(ws, span(row + 5, opts.leftCols), opts.leftName, font(11, { bold: true }));
  title(ws, span(row + 5, opts.rightCols), opts.rightName, font(11, { bold: true }));
  return row + 5;
}
