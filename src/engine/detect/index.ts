/**
 * Detection: Grid -> PlanTable[]. Finds every plan table in a sheet (header
 * band, column roles, unit, sources, data rows) by rules over header text,
 * structure and numbers, and says how sure it is of each column role.
 */

import { Grid, SheetView, cellAt, sheetView, shownValue } from "../grid";
import { Notation, notationOf, parseNumberText } from "../money";
import type { Granularity, ProgrammeId, MoneyUnit } from "../report-types";
import { cellText, fold, normalize } from "../text";
import { ColumnInfo, ColumnStats, classifyColumn, countCell, isAmountRole, newStats, refineColumns } from "./columns";
import { HeaderBand, findHeaderBand } from "./header";
import { applyMapping, findMapping } from "./mapping";
import type { ColumnMapping } from "../metadata";
import { dateNamed, isTerminator, programmeOf, sourceInPlanYear, sourceOf } from "./sources";
import { moneyUnitFromMagnitude, moneyUnitIn } from "./money-unit";

export type { ColumnInfo, Role } from "./columns";

export interface PlanTable {
  sheet: string;
  headerRows: number[];
  numberingRow: number | null;
  /** The rows read as plan lines, in order (blank and note rows left out). */
  dataRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  columns: ColumnInfo[];
  unit: MoneyUnit;
  unitConfidence: number;
  notation: Notation;
  granularity: Granularity;
  /**
   * The source of lines that name none themselves: the one source the amount
   * columns name, else the sheet's name, else the title rows.
   */
  defaultSource: string | null;
  programme: ProgrammeId | null;
  /** The day the actual-disbursement header names, if any. */
  actualAsOf: string | null;
  /** Title rows above the header, as written (the unit's name is usually there). */
  titleLines: string[];
  /** The same rows cell by cell: the issuer, the motto and a form label each stay in their own cell. */
  titleCells: string[][];
}

export interface DetectOptions {
  /** The plan year, for headers that give a day without a year ("đến 31/5"). */
  year?: number;
  /** Column roles the user confirmed: used instead of detection's where the header still matches. */
  mappings?: readonly ColumnMapping[];
}

const SAMPLE_ROWS = 1000;

export function detectTables(grid: Grid, options: DetectOptions = {}, sheet: SheetView = sheetView(grid)): PlanTable[] {
  const tables: PlanTable[] = [];
  let from = 1;
  while (from <= grid.rows.length) {
    const band = findHeaderBand(sheet, from, grid.rows.length);
    if (!band) break;
    const table = readTable(sheet, band, from, options);
    const bandEnd = band.numberingRow ?? band.rows[band.rows.length - 1];
    if (table) {
      tables.push(table);
      from = Math.max(table.lastDataRow, bandEnd) + 1;
    } else {
      from = bandEnd + 1;
    }
  }
  return withoutSummaries(tables, options.year);
}

const hasPeriods = (t: PlanTable): boolean =>
  t.columns.some((c) => c.role === "planned" && (c.month ?? c.quarter) !== null);

/**
 * A table with neither periods nor works (no code, no owner column) on a
 * sheet whose other table plans by period is a summary of that plan, by
 * programme or by source: its rows are not plan lines, and counting them
 * would count the money twice. The title rows above it belong to the sheet.
 */
function withoutSummaries(tables: PlanTable[], year: number | undefined): PlanTable[] {
  if (!tables.some(hasPeriods)) return tables;
  const kept: PlanTable[] = [];
  let carried: PlanTable[] = [];
  for (const t of tables) {
    const summary = !hasPeriods(t) && !t.columns.some((c) => c.role === "code" || c.role === "owner");
    if (summary) {
      carried.push(t);
      continue;
    }
    // The unit stated under the sheet's title, above the summary, is the plan's too.
    const stated = carried
      .filter((s) => s.unitConfidence > t.unitConfidence)
      .sort((a, b) => b.unitConfidence - a.unitConfidence)[0];
    const titleLines = [...carried.flatMap((s) => s.titleLines), ...t.titleLines];
    const titleNorm = normalize(titleLines.join(" | "));
    kept.push({
      ...t,
      titleLines,
      titleCells: [...carried.flatMap((s) => s.titleCells), ...t.titleCells],
      ...(stated ? { unit: stated.unit, unitConfidence: stated.unitConfidence } : {}),
      // The sheet's title, above the summary, may be what names the plan's source and programme.
      defaultSource: t.defaultSource ?? inPlanYear(sourceOf(titleNorm), year),
      programme: t.programme ?? programmeOf(titleNorm),
    });
    carried = [];
  }
  return kept;
}

function rowTexts(grid: Grid, row: number): string[] {
  const r = grid.rows[row - 1];
  if (!r) return [];
  return r.values.map((v) => cellText(v ?? null).trim()).filter((t) => t !== "");
}

/** The band's columns as headers and the plan year say, and as a confirmed mapping sets them, if one fits. */
function headerColumns(
  sheet: SheetView,
  band: HeaderBand,
  options: DetectOptions,
): { columns: ColumnInfo[]; mapping: ColumnMapping | null } {
  const columns = band.paths.map((path, i) => classifyColumn(i + 1, path, band.titles[i]));
  alignSources(columns);
  if (options.year !== undefined) {
    for (const c of columns) if (c.source) c.source = sourceInPlanYear(c.source, options.year);
  }
  const mapping = findMapping(options.mappings, sheet.grid.sheet, band.rows, columns);
  if (mapping) applyMapping(columns, mapping);
  return { columns, mapping };
}

/** The non-empty rows between `from` and the header band: each as one line, and as its cells. */
function titleAbove(grid: Grid, from: number, headerRow: number): { titleLines: string[]; titleCells: string[][] } {
  const titleLines: string[] = [];
  const titleCells: string[][] = [];
  for (let r = from; r < headerRow; r++) {
    const cells = rowTexts(grid, r);
    const t = cells.join(" ");
    if (t !== "") {
      titleLines.push(t);
      titleCells.push(cells);
    }
  }
  return { titleLines, titleCells };
}

function granularityOf(columns: ColumnInfo[]): Granularity {
  const months = columns.some((c) => c.role === "planned" && c.month !== null);
  const quarters = columns.some((c) => c.role === "planned" && c.quarter !== null);
  return months && quarters ? "month+quarter" : quarters ? "quarter" : "month";
}

function readTable(sheet: SheetView, band: HeaderBand, from: number, options: DetectOptions): PlanTable | null {
  const { columns, mapping } = headerColumns(sheet, band, options);
  const lastHeader = band.numberingRow ?? band.rows[band.rows.length - 1];
  const grid = sheet.grid;
  const dataRows = collectDataRows(sheet, columns, lastHeader + 1);
  const stats = columnStats(grid, columns, dataRows);
  // Confirmed roles are final; only detection's own guesses are refined by the data.
  if (!mapping) refineColumns(columns, stats);

  const label = columns.find((c) => c.role === "label");
  const amounts = columns.filter((c) => isAmountRole(c.role) && c.role !== "amount");
  if (!label || amounts.length === 0 || dataRows.length === 0) return null;
  // Rows detected before the roles were refined may include a trailing note; keep rows with substance.
  const kept = trimTrailingNotes(grid, columns, dataRows);

  const { titleLines, titleCells } = titleAbove(grid, from, band.rows[0]);
  const titleNorm = normalize(titleLines.join(" | "));
  const { unit, confidence: unitConfidence } = detectUnit(titleLines, band, grid, columns, kept);
  const actualTitle = columns.find((c) => c.role === "actual" && c.month === null && c.quarter === null)?.title;

  return {
    sheet: grid.sheet,
    headerRows: band.rows,
    numberingRow: band.numberingRow,
    dataRows: kept,
    firstDataRow: kept[0],
    lastDataRow: kept[kept.length - 1],
    columns,
    unit,
    unitConfidence,
    notation: detectNotation(grid, columns, kept),
    granularity: granularityOf(columns),
    defaultSource: inPlanYear(
      singleSource(columns) ?? sourceOf(normalize(grid.sheet)) ?? sourceOf(titleNorm),
      options.year,
    ),
    programme: programmeOf(titleNorm) ?? programmeOf(normalize(grid.sheet)),
    actualAsOf: actualTitle ? dateNamed(normalize(actualTitle), options.year ?? null) : null,
    titleLines,
    titleCells,
  };
}

/**
 * "Vốn 2022" under an actuals group means the 2022 capital the table plans,
 * which the allocation headers name "kéo dài" (carried over): a year named
 * without the carry-over words takes the table's carried-over source of
 * that year when the table has no current-year plan of it.
 */
function alignSources(columns: ColumnInfo[]): void {
  const known = new Set(columns.filter((c) => c.role === "allocated" && c.source).map((c) => c.source!));
  for (const c of columns) {
    const m = c.source ? /^plan-(\d{4})$/.exec(c.source) : null;
    if (m && !known.has(c.source!) && known.has(`carryover-${m[1]}`)) c.source = `carryover-${m[1]}`;
  }
}

function inPlanYear(source: string | null, year: number | undefined): string | null {
  return source !== null && year !== undefined ? sourceInPlanYear(source, year) : source;
}

function singleSource(columns: ColumnInfo[]): string | null {
  const named = new Set(columns.filter((c) => isAmountRole(c.role) && c.source).map((c) => c.source!));
  return named.size === 1 ? [...named][0] : null;
}

function isRowEmpty(grid: Grid, row: number): boolean {
  const r = grid.rows[row - 1];
  return !r || r.values.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""));
}

function hasNumber(grid: Grid, row: number): boolean {
  return grid.rows[row - 1]?.values.some((v) => typeof v === "number") ?? false;
}

/** Rows from `start` until a signature block, a note or the next table's header. */
function collectDataRows(sheet: SheetView, columns: ColumnInfo[], start: number): number[] {
  const { grid, merges } = sheet;
  const rows: number[] = [];
  const textCols = columns.filter((c) => c.role === "stt" || c.role === "label").map((c) => c.col);
  const firstCols = [1, 2, 3, ...textCols];
  for (let r = start; r <= grid.rows.length; r++) {
    if (isRowEmpty(grid, r)) continue;
    const lead = firstCols.map((c) => cellText(shownValue(grid, merges, r, c)).trim()).find((t) => t !== "");
    if (lead !== undefined && isTerminator(fold(lead))) break;
    // Signature blocks often sit on the right: a row of text only, any cell of which signs off.
    if (!hasNumber(grid, r) && rowTexts(grid, r).some((t) => isTerminator(fold(t)))) break;
    if (r > start && !hasNumber(grid, r) && findHeaderBand(sheet, r, 0)?.rows[0] === r) break;
    rows.push(r);
  }
  return rows;
}

/** Drops rows after the last one that holds an amount or an STT: notes under the table. */
function trimTrailingNotes(grid: Grid, columns: ColumnInfo[], rows: number[]): number[] {
  const substance = columns.filter((c) => isAmountRole(c.role) || c.role === "code").map((c) => c.col);
  // A title written in the STT column ("TỔNG HỢP THEO CHƯƠNG TRÌNH") is no STT mark.
  const stt = columns.find((c) => c.role === "stt")?.col;
  const hasMark = (row: number): boolean =>
    stt !== undefined && /^\S{1,10}$/.test(cellText(cellAt(grid, row, stt)).trim());
  let end = rows.length;
  while (
    end > 0 &&
    !hasMark(rows[end - 1]) &&
    substance.every((c) => cellText(cellAt(grid, rows[end - 1], c)).trim() === "")
  )
    end--;
  return rows.slice(0, end);
}

function columnStats(grid: Grid, columns: ColumnInfo[], rows: number[]): Map<number, ColumnStats> {
  const stats = new Map<number, ColumnStats>();
  for (const c of columns) stats.set(c.col, newStats());
  for (const r of rows.slice(0, SAMPLE_ROWS)) {
    for (const c of columns) {
      const v = cellAt(grid, r, c.col);
      if (v === null) continue;
      const text = typeof v === "number" ? String(v) : cellText(v).trim();
      if (text === "") continue;
      const numericText = typeof v === "string" && (parseNumberText(v, "vi") !== null || /^[-–—]+$/.test(text));
      countCell(stats.get(c.col)!, text, typeof v === "number", numericText, c.role === "source");
    }
  }
  return stats;
}

function detectUnit(
  titleLines: string[],
  band: HeaderBand,
  grid: Grid,
  columns: ColumnInfo[],
  rows: number[],
): { unit: MoneyUnit; confidence: number } {
  // Stated under the title ("ĐVT: triệu đồng") is surest, then a header ("Vốn (triệu đồng)").
  for (const line of titleLines) {
    const n = normalize(line);
    if (/don vi( tinh)?\b/.test(n)) {
      const u = moneyUnitIn(n);
      if (u) return { unit: u, confidence: 0.95 };
    }
  }
  for (const t of [...band.titles, ...titleLines]) {
    const u = moneyUnitIn(normalize(t));
    if (u) return { unit: u, confidence: 0.8 };
  }
  // Some tables state it in the header row's right-hand corner above the table.
  const above = band.rows[0] - 1;
  if (above >= 1) {
    for (const t of rowTexts(grid, above)) {
      const u = moneyUnitIn(normalize(t));
      if (u) return { unit: u, confidence: 0.9 };
    }
  }
  const amounts: number[] = [];
  for (const c of columns.filter((k) => k.role === "allocated")) {
    for (const r of rows.slice(0, SAMPLE_ROWS)) {
      const v = cellAt(grid, r, c.col);
      if (typeof v === "number") amounts.push(v);
    }
  }
  return { unit: moneyUnitFromMagnitude(amounts), confidence: 0.4 };
}

type NotationTally = Record<"vi" | "en" | "commas" | "dots" | "whole" | "fractional", number>;

/**
 * The table's amount cells counted by how they write numbers: texts that
 * are Vietnamese or English, texts one mark could read either way (a comma
 * or a dot before three digits), and numbers typed as whole or with decimals.
 */
function notationTally(grid: Grid, columns: ColumnInfo[], rows: number[]): NotationTally {
  const tally: NotationTally = { vi: 0, en: 0, commas: 0, dots: 0, whole: 0, fractional: 0 };
  const amountCols = columns.filter((c) => isAmountRole(c.role));
  for (const r of rows) {
    for (const c of amountCols) {
      const v = cellAt(grid, r, c.col);
      if (typeof v === "number") {
        if (Number.isInteger(v)) tally.whole++;
        else tally.fractional++;
      }
      if (typeof v !== "string") continue;
      const n = notationOf(v);
      if (n === "vi") tally.vi++;
      else if (n === "en") tally.en++;
      else if (/^\d{1,3},\d{3}$/.test(v.trim())) tally.commas++;
      else if (/^\d{1,3}\.\d{3}$/.test(v.trim())) tally.dots++;
    }
  }
  return tally;
}

/**
 * Vietnamese unless the table's unambiguous number texts are English. When
 * every text is ambiguous ("60,100", "1.250"), the numbers typed as numbers
 * decide: in a table of whole amounts the mark groups thousands, in one with
 * decimals it is the decimal mark.
 */
function detectNotation(grid: Grid, columns: ColumnInfo[], rows: number[]): Notation {
  const { vi, en, commas, dots, whole, fractional } = notationTally(grid, columns, rows);
  if (vi === 0 && en === 0 && commas + dots > 0 && commas !== dots) {
    const grouping = whole > 4 * fractional;
    return commas > dots === grouping ? "en" : "vi";
  }
  return en > vi ? "en" : "vi";
}
