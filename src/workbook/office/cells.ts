/**
 * What Excel returns for a block of cells (values, valueTypes, formulas,
 * numberFormat) into Grid rows shaped exactly as the .xlsx reader shapes
 * them, so detection and rules see the same workbook whichever shell read it:
 * empty cells left out, formulas without "=", errors as { error }, numbers
 * in a date format as { date }, "General" left out.
 */

import type { CellValue, GridRow } from "../../engine/grid";
import { excelSerialToIso, isDateFormat } from "../file/number-format";

export interface CellBlock {
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

function cellValue(value: unknown, type: string, format: string | undefined): CellValue {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return value === true;
    case "Integer":
    case "Double":
      if (typeof value !== "number") return null;
      return format && isDateFormat(format) ? { date: excelSerialToIso(value, false) } : value;
    default:
      // String, and what the reader cannot use (rich values: shown as their text).
      return typeof value === "string" ? (value === "" ? null : value) : value === null ? null : String(value);
  }
}

/**
 * A formula, without "=", when the cell has one. `formulas` returns a
 * constant cell's value too; text that merely starts with "=" (typed as
 * text) comes back equal to its value, a formula's text does not.
 */
function formulaOf(f: unknown, value: unknown, type: string): string | undefined {
  if (typeof f !== "string" || !f.startsWith("=") || f.length < 2) return undefined;
  if (type === "String" && value === f) return undefined;
  return f.slice(1);
}

/** Writes a block read at sheet row `top`, column `left` (1-based) into `rows`. */
export function addBlock(rows: (GridRow | undefined)[], block: CellBlock, top: number, left: number): void {
  for (let i = 0; i < block.values.length; i++) {
    const values = block.values[i];
    let row: GridRow | undefined;
    for (let j = 0; j < values.length; j++) {
      const type = block.valueTypes[i][j];
      const rawFormat = block.numberFormat[i][j];
      const format = typeof rawFormat === "string" && rawFormat !== "General" ? rawFormat : undefined;
      const value = cellValue(values[j], type, format);
      const formula = formulaOf(block.formulas[i][j], values[j], type);
      if (value === null && formula === undefined) continue;
      const col = left + j;
      row ??= rows[top + i - 1] ?? (rows[top + i - 1] = { values: [] });
      row.values[col - 1] = value;
      if (formula !== undefined) (row.formulas ??= [])[col - 1] = formula;
      if (format) (row.numFmts ??= [])[col - 1] = format;
    }
  }
}
