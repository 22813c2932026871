/**
 * A generated layout -> .xlsx bytes with ExcelJS: styles, merges, centre
 * across selection, hidden rows and columns, formulas with their cached
 * results (as Excel saves them).
 */

import ExcelJS from "exceljs";
import type { GenSheet, Layout } from "./layout";

function writeSheet(wb: ExcelJS.Workbook, s: GenSheet): void {
  const ws = wb.addWorksheet(s.name);
  for (const [r, cells] of s.cells) {
    for (const [c, cell] of cells) {
      const x = ws.getCell(r, c);
      if (cell.formula !== undefined) {
        x.value = { formula: cell.formula, result: cell.value ?? 0 } as ExcelJS.CellFormulaValue;
      } else if (cell.value !== null) {
        x.value = cell.value;
      }
      const font: Partial<ExcelJS.Font> = { name: "Times New Roman", size: 11 };
      if (cell.bold) font.bold = true;
      if (cell.italic) font.italic = true;
      x.font = font;
      if (cell.centreAcross) x.alignment = { horizontal: "centerContinuous", vertical: "middle" };
      else if (cell.wrap) x.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    }
  }
  for (const m of s.merges) ws.mergeCells(m);
  for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
  for (const c of s.hiddenColumns) ws.getColumn(c).hidden = true;
}

export async function layoutXlsx(layout: Layout): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "layout-corpus";
  wb.created = new Date(Date.UTC(2024, 5, 5));
  wb.modified = wb.created;
  for (const s of layout.sheets) writeSheet(wb, s);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
