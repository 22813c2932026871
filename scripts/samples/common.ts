/**
 * Shared helpers for the sample and fixture generators (scripts/make-samples.ts,
 * scripts/make-bad-fixtures.ts). Nothing here is used by the product itself.
 *
 * Determinism: no Math.random, no clock. Workbook dates are fixed, and the
 * .xlsx container is rebuilt with fixed timestamps so that regenerating a file
 * gives the same bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { a1 } from "../../src/engine/grid";
import { cacheFormulaResults } from "./formula-results";
import { split } from "../../test/helpers/integer-split";

export type SourceId = "carryover-2022" | "carryover-2023" | "plan-2024";

/** Last month (1-12, year 2024) in which each source may still be disbursed. */
export const DEADLINE_MONTH: Record<SourceId, number> = {
  "carryover-2022": 6,
  "carryover-2023": 8,
  "plan-2024": 12,
};

/** The samples are dated as of this day: actuals are "đến 31/5/2024". */
export const AS_OF_MONTH = 5;

/** Fixed timestamp for workbook properties (written as UTC). */
export const FIXED_DATE = new Date(Date.UTC(2024, 5, 5, 1, 30, 0));
/** Zip entries hold local DOS times, so build the date from local fields: the same bytes in any time zone. */
const ZIP_DATE = new Date(2024, 5, 5, 8, 30, 0);

export type Unit = "million-vnd" | "thousand-vnd" | "vnd";

/** A deliberate mistake (or a finding that is its direct consequence). */
export interface Mistake {
  file: string;
  sheet: string;
  cell: string;
  rule: string;
  note: string;
  /** true when this finding follows from another mistake rather than being one itself. */
  consequence?: boolean;
}

/** What a generated table looks like, for examples/README.md and the expected-results file. */
export interface TableInfo {
  file: string;
  sheet: string;
  layout: string;
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  unit: Unit;
  granularity: "month" | "quarter" | "month+quarter";
  sources: SourceId[];
  programmes: string[];
  /** Realistic awkward features that are not mistakes. */
  features: string[];
}

export class Ledger {
  readonly mistakes: Mistake[] = [];
  readonly tables: TableInfo[] = [];
  readonly otherSheets: { file: string; sheet: string; note: string }[] = [];
  add(m: Mistake): void {
    this.mistakes.push(m);
  }
}

// ---------------------------------------------------------------------------
// Plans

/**
 * Monthly weight templates per source. Clean lines use them, so that by 31/5
 * the plan has reached a sensible share (c22 ~85%, c23 ~60%, p24 ~35-40%) and
 * no money is planned after the source's deadline.
 */
const WEIGHTS: Record<SourceId, number[][]> = {
  "carryover-2022": [
    [10, 15, 20, 20, 20, 15, 0, 0, 0, 0, 0, 0],
    [15, 15, 20, 20, 15, 15, 0, 0, 0, 0, 0, 0],
    [5, 15, 20, 25, 20, 15, 0, 0, 0, 0, 0, 0],
  ],
  "carryover-2023": [
    [5, 10, 15, 15, 15, 15, 15, 10, 0, 0, 0, 0],
    [5, 10, 10, 15, 20, 15, 15, 10, 0, 0, 0, 0],
    [0, 10, 15, 20, 15, 15, 15, 10, 0, 0, 0, 0],
  ],
  "plan-2024": [
    [0, 5, 8, 10, 12, 10, 10, 10, 10, 10, 8, 7],
    [0, 4, 10, 12, 12, 10, 10, 10, 10, 8, 8, 6],
    [2, 5, 8, 10, 15, 10, 10, 10, 10, 8, 7, 5],
  ],
};

/** A clean month plan (integers in the sample's smallest step) for the i-th line of a source. */
export function monthPlan(total: number, src: SourceId, i: number): number[] {
  const t = WEIGHTS[src];
  return split(total, t[i % t.length]);
}

/** Quarter sums of a 12-month plan. */
export function quarters(months: number[]): number[] {
  return [0, 1, 2, 3].map((q) => months[3 * q] + months[3 * q + 1] + months[3 * q + 2]);
}

/** Cumulative plan through month m. */
export function toMonth(months: number[], m = AS_OF_MONTH): number {
  return months.slice(0, m).reduce((a, b) => a + b, 0);
}

/** Factors that make a clean line's actual slightly above or below its plan to date. */
const ON_TRACK = [1.0, 0.97, 1.02, 0.99, 1.04, 0.96, 1.01];

/** An on-track actual-to-date for the i-th line, rounded to the sample's step. */
export function onTrackActual(planToDate: number, i: number): number {
  return Math.round(planToDate * ON_TRACK[i % ON_TRACK.length]);
}

// ---------------------------------------------------------------------------
// Styles

export const FONT = "Times New Roman";
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

/** Title text across a merged range. */
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

/** Number formats as Vietnamese offices use them (the decimal comma comes from Windows' locale). */
export const NUMFMT = {
  million: '#,##0.0;-#,##0.0;"-"',
  thousand: '#,##0;-#,##0;"-"',
  vnd: "#,##0",
  percent: "0.0%",
};

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

// ---------------------------------------------------------------------------
// Saving

export function newWorkbook(creator: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/**
 * Evaluate formulas, write the workbook, and rebuild the zip with fixed entry
 * timestamps (JSZip, used by ExcelJS, stamps entries with the current time).
 */
export async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  cacheFormulaResults(wb);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, rezip(buf));
}

/** Re-pack a zip with fixed timestamps, keeping entry order; `replace` swaps the content of named parts. */
export function rezip(buf: Uint8Array, replace: Record<string, Uint8Array> = {}): Buffer {
  const entries = unzipSync(buf);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    // JSZip adds directory entries ("xl/"); Excel writes none, so drop them.
    if (name.endsWith("/")) continue;
    out[name] = [replace[name] ?? data, { mtime: ZIP_DATE, level: 6 }];
  }
  return Buffer.from(zipSync(out));
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
