/** Column widths and row heights of a sample sheet, set as a reader would see them without re-measuring. */
import type ExcelJS from "exceljs";

/** Column widths from column A on. */
export function setWidths(ws: ExcelJS.Worksheet, widths: number[]): void {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/**
 * Set a row's height from its wrapped text (Excel does not re-measure rows of a
 * file it opens, and LibreOffice only does for rows without a height): about
 * 1.3 characters of 11pt Times New Roman per unit of column width.
 */
export function fitRowHeight(ws: ExcelJS.Worksheet, r: number, cols: number[], size = 11, min = 15.75): void {
  let lines = 1;
  const merged = new Set<string>();
  for (const c of cols) {
    const cell = ws.getCell(r, c);
    if (cell.isMerged && cell.master !== cell) continue;
    const v = cell.value;
    if (typeof v !== "string") continue;
    let width = ws.getColumn(c).width ?? 9;
    if (cell.isMerged && !merged.has(cell.master.address)) {
      // A merged title: add the widths of the columns it spans on this row.
      merged.add(cell.master.address);
      for (let k = c + 1; ws.getCell(r, k).isMerged && ws.getCell(r, k).master === cell; k++)
        width += ws.getColumn(k).width ?? 9;
    }
    const perLine = Math.max(1, Math.floor((width * 1.3 * 11) / size) - 1);
    let n = 0;
    for (const para of v.split("\n")) n += Math.max(1, Math.ceil(para.length / perLine));
    lines = Math.max(lines, n);
  }
  ws.getRow(r).height = Math.max(min, Math.ceil(lines * size * 1.32 + 2));
}
