/**
 * Plan slippage between two submissions of the same unit (last month's and
 * this month's): lines whose plan moved money to later months, shrank, or
 * whose actuals fell further behind the plan, and resubmissions that
 * changed months already past when the earlier one was sent.
 */

import { monthsEnded } from "../calendar";
import type { ReportLine, ReportTable, ValidateReport } from "../report-types";
import { normalize } from "../text";
import { actualsAsOf, cumulativeByMonth, itemLines, plannedToDate } from "./periods";
import { codeKey } from "./treasury";
import type { Accepted, SlippageLine } from "./types";
import { sameReportingUnit } from "./reporting-unit";

interface Located {
  table: ReportTable;
  line: ReportLine;
  report: ValidateReport;
  /** The plan year the line is read in (its file's profile's). */
  year: number;
}

/** A line is the same line next month when it has the same code and source, else the same name and source. */
function lineKeys(line: ReportLine): string[] {
  const keys = [`l\u0000${normalize(line.label)}\u0000${line.source}`];
  if (line.code) keys.unshift(`c\u0000${codeKey(line.code)}\u0000${line.source}`);
  return keys;
}

/** The lines of a unit's previous files (one per programme, or one for all) by their keys. */
function index(files: readonly Accepted[], runYear: number): Map<string, Located> {
  const map = new Map<string, Located>();
  for (const f of files) {
    for (const { table, line } of itemLines(f.report)) {
      const located = { table, line, report: f.report, year: f.year ?? runYear };
      for (const k of lineKeys(line)) if (!map.has(k)) map.set(k, located);
    }
  }
  return map;
}

/** Months at which both plans can be compared: every month, or quarter ends when either plan is quarterly. */
function comparableMonths(a: ReportTable, b: ReportTable): number[] {
  const quarterly = a.granularity === "quarter" || b.granularity === "quarter";
  return Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !quarterly || m % 3 === 0);
}

function compare(prev: Located, cur: Located, unit: string, file: string): SlippageLine[] {
  const out: SlippageLine[] = [];
  const line = cur.line;
  const emit = (change: SlippageLine["change"], previous: number, current: number, month: number | null): void => {
    out.push({
      unit,
      label: line.label,
      code: line.code,
      source: line.source,
      change,
      previous,
      current,
      month,
      file,
      sheet: cur.table.sheet,
      row: line.row,
    });
  };
  const before = cumulativeByMonth(prev.line, prev.table);
  const after = cumulativeByMonth(line, cur.table);
  const months = comparableMonths(prev.table, cur.table);
  const prevAsOf = actualsAsOf(prev.table, prev.report);
  const past = monthsEnded(cur.year, prevAsOf);

  const changedPast = months.find((m) => m <= past && before[m - 1] !== after[m - 1]);
  if (changedPast !== undefined)
    emit("past-months-changed", before[changedPast - 1], after[changedPast - 1], changedPast);

  const shrink = Math.max(0, prev.line.plannedTotal - line.plannedTotal);
  let worst: number | null = null;
  for (const m of months) {
    if (m <= past || m >= 12) continue;
    const deficit = before[m - 1] - after[m - 1];
    if (deficit > shrink && (worst === null || deficit > before[worst - 1] - after[worst - 1])) worst = m;
  }
  if (worst !== null) emit("moved-later", before[worst - 1], after[worst - 1], worst);

  // The whole year's plan is the plan accumulated to December.
  if (shrink > 0) emit("shrunk", prev.line.plannedTotal, line.plannedTotal, 12);

  if (prev.line.actualToDate !== null && line.actualToDate !== null) {
    const gapBefore = plannedToDate(prev.line, prev.table, prev.year, prevAsOf) - prev.line.actualToDate;
    const curAsOf = actualsAsOf(cur.table, cur.report);
    const gapNow = plannedToDate(line, cur.table, cur.year, curAsOf) - line.actualToDate;
    // The gap is measured at this submission's reporting month (its as-of day's month, 1 before any month ends).
    if (gapNow > 0 && gapNow > gapBefore)
      emit("fell-behind", gapBefore, gapNow, Math.max(1, monthsEnded(cur.year, curAsOf)));
  }
  return out;
}

export function slippage(previous: readonly Accepted[], current: readonly Accepted[], runYear: number): SlippageLine[] {
  const out: SlippageLine[] = [];
  for (const cur of current) {
    const before = index(
      previous.filter((p) => sameReportingUnit(p.unit, cur.unit)),
      runYear,
    );
    if (before.size === 0) continue;
    const year = cur.year ?? runYear;
    const seen = new Set<ReportLine>();
    for (const { table, line } of itemLines(cur.report)) {
      const match = lineKeys(line)
        .map((k) => before.get(k))
        .find((l) => l !== undefined && !seen.has(l.line));
      if (!match) continue;
      seen.add(match.line);
      out.push(...compare(match, { table, line, report: cur.report, year }, cur.unit, cur.file));
    }
  }
  return out;
}
