/**
 * Grid: a plain snapshot of one worksheet. It is the only thing the shells
 * (Office.js adapter, .xlsx file reader) hand to the engine, so every
 * behaviour of detection and validation can be tested on Grids built in a test.
 *
 * Rows and columns are 1-based, as in Excel.
 */

/** A formula error as Excel shows it, e.g. "#REF!". */
export interface CellError {
  error: string;
}

/** A date cell, as an ISO day (YYYY-MM-DD). */
export interface CellDate {
  date: string;
}

export type CellValue = string | number | boolean | CellError | CellDate | null;

export interface GridRow {
  /** values[c - 1] is column c; for a formula, its cached result. */
  values: CellValue[];
  /** formulas[c - 1] is column c's formula without "=", when it has one. */
  formulas?: (string | undefined)[];
  /** numFmts[c - 1] is column c's number format when it is not "General". */
  numFmts?: (string | undefined)[];
  hidden?: boolean;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** "hidden" and "veryHidden" sheets are still read, and said to be hidden. */
  sheetHidden?: boolean;
  /** rows[r - 1] is sheet row r; missing rows are empty. */
  rows: (GridRow | undefined)[];
  merges: CellRange[];
  hiddenColumns: number[];
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

export function isCellDate(v: CellValue): v is CellDate {
  return typeof v === "object" && v !== null && "date" in v;
}

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.rows[row - 1];
  if (!r) return null;
  const v = r.values[col - 1];
  return v === undefined ? null : v;
}

export function formulaAt(grid: Grid, row: number, col: number): string | undefined {
  return grid.rows[row - 1]?.formulas?.[col - 1];
}

export function columnCount(grid: Grid): number {
  let max = 0;
  for (const r of grid.rows) if (r && r.values.length > max) max = r.values.length;
  for (const m of grid.merges) if (m.right > max) max = m.right;
  return max;
}
/** "A", "B", … "Z", "AA", … for a 1-based column number. */
export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 1-based column number of "A", "AB", …; NaN for anything else. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return NaN;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Parses "B7" or "$B$7" into a 1-based row and column. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** Parses "A1:C3" (or a single cell) into a range. */
export function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Cells the merge index holds at most: past this, further merges are left out of it (see mergeIndex). */
const MERGE_INDEX_CELLS = 1_000_000;

/**
 * An index from each cell covered by a merged area to the area's top-left
 * value, so header text spread over merged cells is seen in every column.
 * Only the part of a merge inside the used area (rows and columns that hold
 * values) is indexed: nothing is read beyond it, and a file of thousands of
 * huge or overlapping merges then costs what its cells cost. A last bound on
 * the index keeps a hostile file in memory.
 */
function mergeIndex(grid: Grid): Map<string, CellRange> {
  const index = new Map<string, CellRange>();
  const usedRows = grid.rows.length;
  let usedCols = 0;
  for (const r of grid.rows) if (r && r.values.length > usedCols) usedCols = r.values.length;
  let budget = MERGE_INDEX_CELLS;
  for (const m of grid.merges) {
    // Guard against absurd merges (a whole column) blowing up the index.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10_000) continue;
    const bottom = Math.min(m.bottom, usedRows);
    const right = Math.min(m.right, usedCols);
    if (bottom < m.top || right < m.left) continue;
    budget -= (bottom - m.top + 1) * (right - m.left + 1);
    if (budget < 0) break;
    for (let r = m.top; r <= bottom; r++) {
      for (let c = m.left; c <= right; c++) index.set(`${r},${c}`, m);
    }
  }
  return index;
}

/**
 * A sheet with what every scan of it needs computed once: the merged-area
 * index and the width. Detection and reading share one per sheet.
 */
export interface SheetView {
  grid: Grid;
  merges: Map<string, CellRange>;
  width: number;
}

export function sheetView(grid: Grid): SheetView {
  return { grid, merges: mergeIndex(grid), width: columnCount(grid) };
}

/** The value shown at (row, col), looking through merged areas. */
export function shownValue(grid: Grid, merges: Map<string, CellRange>, row: number, col: number): CellValue {
  const m = merges.get(`${row},${col}`);
  return m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col);
}
