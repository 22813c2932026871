/**
 * Reading a report line's plan over time: what is planned by a day, and the
 * cumulative plan at each month end, for monthly and quarterly tables alike.
 */

import { periodEnd } from "../calendar";
import type { ReportLine, ReportTable, ValidateReport } from "../report-types";

/** Every item line of a report, with its table: the lines that carry money (groups and totals repeat it). */
export function* itemLines(report: ValidateReport): Generator<{ table: ReportTable; line: ReportLine }> {
  for (const table of report.tables) for (const line of table.lines) if (line.kind === "item") yield { table, line };
}

/** Money planned in the periods that have ended by `asOf`. */
export function plannedToDate(line: ReportLine, table: ReportTable, year: number, asOf: string): number {
  const byQuarter = table.granularity === "quarter";
  let sum = 0;
  line.planned.forEach((v, i) => {
    if (periodEnd(year, byQuarter, i + 1) <= asOf) sum += v;
  });
  return sum;
}

/** The cumulative plan at the end of months 1..12 (index m-1); a quarterly plan counts at each quarter's end. */
export function cumulativeByMonth(line: ReportLine, table: ReportTable): number[] {
  const perMonth = new Array<number>(12).fill(0);
  const byQuarter = table.granularity === "quarter";
  line.planned.forEach((v, i) => {
    const m = byQuarter ? (i + 1) * 3 : i + 1;
    if (m >= 1 && m <= 12) perMonth[m - 1] += v;
  });
  let run = 0;
  return perMonth.map((v) => (run += v));
}

/** The day a table's actuals are stated at: its header's day, else the report's as-of day. */
export function actualsAsOf(table: ReportTable, report: ValidateReport): string {
  return table.actualAsOf ?? report.asOf;
}
