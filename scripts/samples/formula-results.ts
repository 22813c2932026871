/**
 * The cached result of every formula a generator writes, computed by the
 * engine's evaluator (src/engine/sheet-eval) so that readers which never
 * recalculate (ours among them) see what a spreadsheet would show. The
 * samples and the LibreOffice fixtures both store their results through here.
 */
import type ExcelJS from "exceljs";
import { type CellError, a1 } from "../../src/engine/grid";
import { type Scalar, evaluateWorkbook } from "../../src/engine/sheet-eval";
import type { SheetSpec } from "../../src/engine/sheet-spec";

export type FormulaResult = Scalar | CellError;

/**
 * The samples have always stored results rounded to nine decimals (a rate
 * such as 0.123456789, not 0.123456789012346); rounding the same way keeps
 * every sample's bytes as they were.
 */
const stored = (v: Scalar | CellError): FormulaResult => (typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v);

/**
 * Every formula's result, by sheet name and A1 address. A formula the
 * engine cannot compute is a generator's mistake: it throws rather than
 * leave a file without the result a reader needs.
 */
export function formulaResults(sheets: readonly SheetSpec[]): Map<string, Map<string, FormulaResult>> {
  const values = evaluateWorkbook(sheets);
  const out = new Map<string, Map<string, FormulaResult>>();
  for (const sheet of sheets) {
    const computed = values.get(sheet.name)!;
    for (const c of sheet.cells) {
      if (c.formula !== undefined && !computed.has(a1(c.row, c.col)))
        throw new Error(`no result for ${sheet.name}!${a1(c.row, c.col)} = ${c.formula}`);
    }
    out.set(sheet.name, new Map([...computed].map(([a, v]) => [a, stored(v)])));
  }
  return out;
}

/** What a formula reads in an ExcelJS cell: a number or text (rich text as its text); anything else is blank. */
function readValue(v: ExcelJS.CellValue): string | number | null {
  if (typeof v === "number" || typeof v === "string") return v;
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  return null;
}

const formulaOf = (v: ExcelJS.CellValue): string | undefined =>
  v && typeof v === "object" && "formula" in v ? v.formula : undefined;

/** Every cell of every sheet that holds something (a merged cell reads as its master). */
function eachCell(wb: ExcelJS.Workbook, visit: (ws: ExcelJS.Worksheet, cell: ExcelJS.Cell) => void): void {
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => visit(ws, cell))),
  );
}

/** Computes every formula of an ExcelJS workbook and stores its result as the cached value. */
export function cacheFormulaResults(wb: ExcelJS.Workbook): void {
  const sheets = new Map<string, SheetSpec>();
  wb.eachSheet((ws) => sheets.set(ws.name, { name: ws.name, cells: [] }));
  eachCell(wb, (ws, cell) => {
    const formula = formulaOf(cell.value);
    const { row, col } = cell.fullAddress;
    sheets
      .get(ws.name)!
      .cells.push(formula === undefined ? { row, col, value: readValue(cell.value) } : { row, col, formula });
  });
  const results = formulaResults([...sheets.values()]);
  eachCell(wb, (ws, cell) => {
    const formula = formulaOf(cell.value);
    if (formula === undefined) return;
    const result = results.get(ws.name)!.get(cell.address)!;
    cell.value = { formula, result } as ExcelJS.CellFormulaValue;
  });
}
