/**
 * report -> HighlightPlan: which ranges of the workbook get which mark.
 *
 * A line whose status calls for attention is marked across its table's
 * columns (the worst status wins when a sheet row carries several sources);
 * the cells findings point at get a cell mark on top (errors over warnings).
 * Consecutive rows with the same mark over the same columns become one
 * range, so adapters write few conditional formats.
 *
 * Both adapters apply a mark as a conditional format whose always-true
 * formula names the mark (highlightFormula), so a mark identifies itself and
 * "Clear" can remove exactly the add-in's own formats, whatever else the
 * user has formatted.
 */

import type { HighlightMark, HighlightPlan, HighlightRange } from "./highlight-types";
import { columnLetter, columnNumber, parseRange } from "./grid";
import {
  type LineStatus,
  type ReportColumns,
  type ReportTable,
  type ValidateReport,
  findingCells,
} from "./report-types";

/** Marks in the order they are drawn: cell marks take priority over line marks, worse over milder. */
export const HIGHLIGHT_MARKS: readonly HighlightMark[] = [
  "cell-error",
  "cell-warning",
  "line-invalid",
  "line-lapsed",
  "line-at-risk",
  "line-watch",
];

export interface HighlightStyle {
  /** RGB hex without '#'. */
  fill: string;
  fontColor: string;
  bold: boolean;
}

/**
 * Colours after Excel's own "light red / yellow" presets, told apart by hue
 * and by text colour (so they survive a greyscale print and colour-blind eyes
 * better than fill alone); cell marks are stronger and bold.
 */
export const HIGHLIGHT_STYLES: Record<HighlightMark, HighlightStyle> = {
  "cell-error": { fill: "FF8B8B", fontColor: "7A0000", bold: true },
  "cell-warning": { fill: "FFC266", fontColor: "5C3300", bold: true },
  "line-invalid": { fill: "FFC7CE", fontColor: "9C0006", bold: false },
  "line-lapsed": { fill: "E4D3F0", fontColor: "4B1F6F", bold: false },
  "line-at-risk": { fill: "FFEB9C", fontColor: "9C5700", bold: false },
  "line-watch": { fill: "DDEBF7", fontColor: "1F4E78", bold: false },
};

const TAG = "ntp-disburse:";

/** The always-true formula (no '=') that makes a conditional format ours and names its mark. */
export function highlightFormula(mark: HighlightMark): string {
  return `ISTEXT("${TAG}${mark}")`;
}

/** The mark a conditional format's formula names, or null for a format that is not the add-in's. */
export function markOfFormula(formula: string): HighlightMark | null {
  const m = /^=?\s*ISTEXT\(\s*"ntp-disburse:([a-z-]+)"\s*\)\s*$/i.exec(formula);
  const mark = m?.[1] as HighlightMark | undefined;
  return mark && HIGHLIGHT_MARKS.includes(mark) ? mark : null;
}

const LINE_MARK: Partial<Record<LineStatus, HighlightMark>> = {
  invalid: "line-invalid",
  lapsed: "line-lapsed",
  "at-risk": "line-at-risk",
  watch: "line-watch",
};

/** Every column letter a table's header mapped, nested records included. */
function columnLetters(columns: ReportColumns): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(columns);
  return out;
}

/** The first and last column of a table, from the columns its header mapped. */
function tableSpan(table: ReportTable): { left: number; right: number } | null {
  const cols = columnLetters(table.columns)
    .map(columnNumber)
    .filter((n) => Number.isFinite(n));
  if (cols.length === 0) return null;
  return { left: Math.min(...cols), right: Math.max(...cols) };
}

const rank = (mark: HighlightMark): number => HIGHLIGHT_MARKS.indexOf(mark);

export interface HighlightOptions {
  /** Also mark lines of status "watch" (on by default). */
  watch?: boolean;
}

export function highlightPlan(report: ValidateReport, options: HighlightOptions = {}): HighlightPlan {
  const ranges: HighlightRange[] = [];
  for (const table of report.tables) {
    const span = tableSpan(table);
    const rowMarks = new Map<number, HighlightMark>();
    const cellMarks = new Map<string, HighlightMark>();
    for (const line of table.lines) {
      const mark = line.status === "watch" && options.watch === false ? undefined : LINE_MARK[line.status];
      const prev = rowMarks.get(line.row);
      if (mark && (!prev || rank(mark) < rank(prev))) rowMarks.set(line.row, mark);
      for (const f of line.findings) {
        if (f.severity === "info") continue;
        const cellMark: HighlightMark = f.severity === "error" ? "cell-error" : "cell-warning";
        for (const cell of findingCells(f)) {
          if (!parseRange(cell)) continue;
          const before = cellMarks.get(cell);
          if (!before || rank(cellMark) < rank(before)) cellMarks.set(cell, cellMark);
        }
      }
    }
    if (span) ranges.push(...lineRanges(table.sheet, rowMarks, span));
    for (const [cell, mark] of cellMarks) ranges.push({ sheet: table.sheet, range: cell, mark });
  }
  return { ranges };
}

/** Runs of consecutive rows with the same mark, as one range each across the table's columns. */
function lineRanges(
  sheet: string,
  rowMarks: Map<number, HighlightMark>,
  span: { left: number; right: number },
): HighlightRange[] {
  const rows = [...rowMarks.keys()].sort((a, b) => a - b);
  const out: HighlightRange[] = [];
  const [l, r] = [columnLetter(span.left), columnLetter(span.right)];
  for (let i = 0; i < rows.length;) {
    const mark = rowMarks.get(rows[i])!;
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1 && rowMarks.get(rows[j + 1]) === mark) j++;
    out.push({ sheet, range: `${l}${rows[i]}:${r}${rows[j]}`, mark });
    i = j + 1;
  }
  return out;
}

/** A plan's ranges grouped by sheet and mark, in drawing order (the order adapters add them). */
export function groupHighlights(plan: HighlightPlan): { sheet: string; mark: HighlightMark; ranges: string[] }[] {
  const groups = new Map<string, { sheet: string; mark: HighlightMark; ranges: string[] }>();
  for (const r of plan.ranges) {
    const key = `${r.sheet}\u0000${r.mark}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { sheet: r.sheet, mark: r.mark, ranges: [] }));
    g.ranges.push(r.range);
  }
  return [...groups.values()].sort((a, b) => rank(a.mark) - rank(b.mark));
}
