/** What a line's plan says about given days: money planned by a day, periods after a day. */

import { monthsEnded, periodEnd } from "../../calendar";
import type { PlanLine, TableData } from "../../lines";
import type { Profile } from "../../profile";

export interface MilestoneContext {
  profile: Profile;
  /** ISO day the check is made at. */
  asOf: string;
}

export function byQuarter(data: TableData): boolean {
  return data.table.granularity === "quarter";
}

/**
 * Money planned by `day`: the periods that have ended by then, and for a
 * quarterly plan the elapsed whole months of the current quarter pro rata
 * (rounded down to the đồng).
 */
export function plannedBy(line: PlanLine, data: TableData, year: number, day: string): number {
  const months = monthsEnded(year, day);
  if (!byQuarter(data)) return line.planned.slice(0, months).reduce((s, v) => s + v, 0);
  const full = Math.floor(months / 3);
  let sum = line.planned.slice(0, full).reduce((s, v) => s + v, 0);
  if (full < 4) sum += Math.floor((line.planned[full] * (months % 3)) / 3);
  return sum;
}

/** Periods (1-based) planned with money that end after `day`. */
export function periodsAfter(line: PlanLine, data: TableData, year: number, day: string): number[] {
  const q = byQuarter(data);
  const out: number[] = [];
  line.planned.forEach((v, i) => {
    if (v > 0 && periodEnd(year, q, i + 1) > day) out.push(i + 1);
  });
  return out;
}

/** Whether the table gives this line any plan by period at all. */
export function hasPeriodColumns(line: PlanLine): boolean {
  return line.fields.periods.some((p) => p.total !== null || p.parts.length > 0);
}

export function hasAllocatedColumn(line: PlanLine): boolean {
  return line.fields.allocated.total !== null || line.fields.allocated.parts.length > 0;
}

/** Lines the milestone rules judge: works and contents, not group or total rows, not unallocated capital. */
export function judged(line: PlanLine): boolean {
  return line.kind === "item" && !line.breakdown && !line.unreadable && !line.unallocated;
}
