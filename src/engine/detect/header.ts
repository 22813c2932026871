/**
 * Finding a plan table's header band: the one to four rows of column
 * headers (often merged over two rows), the group titles above them, and the
 * column-numbering row ("(1) (2) (3)…") some tables put under them.
 */

import { CellRange, Grid, SheetView, cellAt, shownValue } from "../grid";
import { cellText, normalize } from "../text";
import { headerHits } from "./vocabulary";

export interface HeaderBand {
  rows: number[];
  /** Row of the column-numbering line under the header, if any. */
  numberingRow: number | null;
  /** Per column (index col - 1): the normalized header texts, outermost first. */
  paths: string[][];
  /** Per column: the header text as the user wrote it, joined with " / ". */
  titles: string[];
}

interface RowScan {
  hits: number;
  numbers: number;
  texts: number;
}

/** Counts header-looking cells, numbers and texts in a row (merged cells once). */
function scanRow(grid: Grid, merges: Map<string, CellRange>, row: number, width: number): RowScan {
  let hits = 0;
  let numbers = 0;
  let texts = 0;
  const r = grid.rows[row - 1];
  if (!r) return { hits, numbers, texts };
  for (let c = 1; c <= Math.min(width, r.values.length); c++) {
    const m = merges.get(`${row},${c}`);
    if (m && (m.top !== row || m.left !== c)) continue;
    const v = r.values[c - 1];
    if (v === null || v === undefined) continue;
    if (typeof v === "number") {
      // Years and small numbers (months, column numbers) occur in headers.
      if (!(Number.isInteger(v) && (v <= 31 || (v >= 2000 && v <= 2100)))) numbers++;
      continue;
    }
    const t = cellText(v).trim();
    if (t === "") continue;
    texts++;
    hits += headerHits(normalize(t));
  }
  return { hits, numbers, texts };
}

function isHeaderRow(s: RowScan): boolean {
  return s.numbers === 0 && s.hits >= 3;
}

/**
 * The row some tables put under the header to number their columns:
 * "A, B, 1, 2, 3…" or "(1) (2) (3)=(4)+(5)". Its numbers run up one by one,
 * which tells it from a data row of small amounts.
 */
function isNumberingRow(grid: Grid, row: number, from: number, to: number): boolean {
  const seq: number[] = [];
  let filled = 0;
  for (let c = from; c <= to; c++) {
    const v = cellAt(grid, row, c);
    const t = cellText(v).trim();
    if (t === "") continue;
    filled++;
    const m = /^\(?(\d{1,3}|[A-Za-z])\)?(\s*=.*)?$/.exec(t);
    if (!m) continue;
    seq.push(/\d/.test(m[1]) ? Number(m[1]) : 1000 + m[1].toUpperCase().charCodeAt(0));
  }
  if (filled < 3 || seq.length < 0.8 * filled || filled < 0.6 * (to - from + 1)) return false;
  let steps = 0;
  for (let i = 1; i < seq.length; i++) if (seq[i] === seq[i - 1] + 1) steps++;
  return steps >= 0.7 * (seq.length - 1);
}

/** The last column that holds something in the header rows, or that a merge from them covers. */
function bandExtent(grid: Grid, rows: number[]): number {
  let extent = 0;
  for (const r of rows) extent = Math.max(extent, grid.rows[r - 1]?.values.length ?? 0);
  for (const m of grid.merges)
    if (m.top <= rows[rows.length - 1] && m.bottom >= rows[0]) extent = Math.max(extent, m.right);
  return extent;
}

/**
 * The header band that starts at or after `fromRow`, or null when no row
 * there looks like a plan table's header.
 */
export function findHeaderBand(sheet: SheetView, fromRow: number, scanLimit: number): HeaderBand | null {
  const { grid, merges, width } = sheet;
  const last = Math.min(grid.rows.length, fromRow + scanLimit);
  for (let row = fromRow; row <= last; row++) {
    const scan = scanRow(grid, merges, row, width);
    if (!isHeaderRow(scan)) continue;
    const rows = [row];
    // Group titles above: rows whose text cells are merged across several columns.
    for (let up = row - 1; up >= Math.max(fromRow, row - 2); up--) {
      if (!isGroupTitleRow(grid, merges, up, width)) break;
      rows.unshift(up);
    }
    // Sub-headers below, while each text sits under a merged group title or a blank.
    while (rows.length < 4) {
      const next = rows[rows.length - 1] + 1;
      if (next > grid.rows.length || !isSubHeaderRow(grid, merges, next, rows, width)) break;
      rows.push(next);
    }
    const lastHeader = rows[rows.length - 1];
    // The table is as wide as its header, not as the sheet: a stray cell far to
    // the right must neither hide the numbering row nor widen every scan.
    const tableWidth = Math.min(width, bandExtent(grid, rows));
    const numberingRow =
      lastHeader + 1 <= grid.rows.length && isNumberingRow(grid, lastHeader + 1, 1, tableWidth) ? lastHeader + 1 : null;
    const { paths, titles } = headerPaths(grid, merges, rows, tableWidth);
    return { rows, numberingRow, paths, titles };
  }
  return null;
}

/**
 * A row of group titles above the header: each of its texts is merged over
 * several columns that carry different headers in the row below. A unit
 * note ("ĐVT: triệu đồng") or the sheet's title is not one.
 */
function isGroupTitleRow(grid: Grid, merges: Map<string, CellRange>, row: number, width: number): boolean {
  const scan = scanRow(grid, merges, row, width);
  if (scan.numbers > 0 || scan.texts === 0) return false;
  let groups = 0;
  // Only cells that hold text can open a group: the loop stops at the row's last cell.
  for (let c = 1; c <= Math.min(width, grid.rows[row - 1]?.values.length ?? 0); c++) {
    const m = merges.get(`${row},${c}`);
    const t = cellText(cellAt(grid, row, c)).trim();
    if (!m || m.top !== row || m.left !== c || t === "") continue;
    if (m.right - m.left + 1 >= 0.8 * width || /^(don vi|dvt)\b/.test(normalize(t))) return false;
    const below = new Set<string>();
    for (let k = m.left; k <= m.right; k++) {
      const b = cellText(shownValue(grid, merges, m.bottom + 1, k)).trim();
      if (b !== "") below.add(b);
    }
    if (below.size >= 2) groups++;
  }
  return groups > 0 && groups === scan.texts;
}

function isSubHeaderRow(
  grid: Grid,
  merges: Map<string, CellRange>,
  row: number,
  band: number[],
  width: number,
): boolean {
  const scan = scanRow(grid, merges, row, width);
  if (scan.numbers > 0 || scan.texts === 0) return false;
  const above = band[band.length - 1];
  const blank = (r: number, c: number): boolean =>
    cellText(cellAt(grid, r, c)).trim() === "" && !merges.has(`${r},${c}`);
  for (let c = 1; c <= Math.min(width, grid.rows[row - 1]?.values.length ?? 0); c++) {
    const own = merges.get(`${row},${c}`);
    if (own && own.top < row) continue; // covered by a header cell from above
    if (cellText(cellAt(grid, row, c)).trim() === "") continue;
    const m = merges.get(`${above},${c}`);
    const underMergedGroup = m !== undefined && m.right > m.left;
    // An unmerged group title ("centre across selection"): written once, blank cells to its right, sub-headers under them.
    const groupStart = !blank(above, c) && m === undefined && subHeadersUnderBlanks(grid, merges, above, row, c, width);
    const underBlankGroup = blank(above, c) && groupToTheLeft(grid, merges, above, c);
    if (!underMergedGroup && !groupStart && !underBlankGroup) return false;
  }
  return true;
}

/**
 * Whether the blank cells right of (above, col) have sub-headers under them
 * in `row` or the row below it: the title at col is then a group spread over them.
 */
function subHeadersUnderBlanks(
  grid: Grid,
  merges: Map<string, CellRange>,
  above: number,
  row: number,
  col: number,
  width: number,
): boolean {
  const blankAt = (r: number, c: number): boolean =>
    cellText(cellAt(grid, r, c)).trim() === "" && !merges.has(`${r},${c}`);
  // The sub-header may be spread the same way, with its own sub-headers in the row below ("Tháng" over 1…12).
  for (let k = col + 1; k <= width && blankAt(above, k); k++) {
    if (!blankAt(row, k) || (row + 1 <= grid.rows.length && !blankAt(row + 1, k))) return true;
  }
  return false;
}

/** An unmerged group title written once and spread over blank cells to its right ("centre across selection"). */
function groupToTheLeft(grid: Grid, merges: Map<string, CellRange>, row: number, col: number): boolean {
  for (let c = col - 1; c >= 1; c--) {
    if (merges.has(`${row},${c}`)) return false;
    if (cellText(cellAt(grid, row, c)).trim() !== "") return true;
  }
  return false;
}

function headerPaths(
  grid: Grid,
  merges: Map<string, CellRange>,
  rows: number[],
  width: number,
): { paths: string[][]; titles: string[] } {
  const paths: string[][] = [];
  const titles: string[] = [];
  const lastBandRow = rows[rows.length - 1];
  // Per band row, the text nearest to the left of the current column that a
  // blank cell may take (an unmerged group title spread to its right); a merge
  // in between stops it. Kept as the columns go by, so the band costs its width.
  const leftTitle = rows.map(() => "");
  for (let c = 1; c <= width; c++) {
    const raw: string[] = [];
    rows.forEach((r, i) => {
      const own = cellText(cellAt(grid, r, c)).trim();
      let t = cellText(shownValue(grid, merges, r, c)).trim();
      const merged = merges.has(`${r},${c}`);
      if (t === "" && r !== lastBandRow && !merged && leftTitle[i] !== "") {
        const belowHere = rows.slice(i + 1).some((rr) => cellText(cellAt(grid, rr, c)).trim() !== "");
        if (belowHere) t = leftTitle[i];
      }
      if (merged) leftTitle[i] = "";
      else if (own !== "") leftTitle[i] = own;
      if (t !== "" && raw[raw.length - 1] !== t) raw.push(t);
    });
    paths.push(raw.map(normalize));
    titles.push(raw.join(" / "));
  }
  return { paths, titles };
}
