/**
 * Rules on actual disbursement, judged at the earlier of the as-of day and
 * the day the sheet's actuals are stated for ("Giải ngân đến 31/5/2024"):
 * actual-exceeds-allocated, actual-behind-plan, run-rate-insufficient,
 * deadline-passed.
 */

import { earlier, monthEndsBetween, monthsEnded } from "../../calendar";
import { pickCell, type PlanLine, type RawFinding, type TableData } from "../../lines";
import { deadlineOf, type Profile } from "../../profile";
import { type MilestoneContext, hasAllocatedColumn, judged, plannedBy } from "./schedule";

/** One judged line's actual and what it is judged against. */
interface ActualCase {
  line: PlanLine;
  data: TableData;
  profile: Profile;
  asOf: string;
  /** The day actuals are judged at (the earlier of as-of and the sheet's stated day). */
  day: string;
  actual: number;
  cell: string | null;
  deadline: string | null;
}

function actualCell(line: PlanLine): string | null {
  return (
    pickCell(line.row, line.fields.actual) ??
    pickCell(line.row, { total: line.fields.actualPeriods[0] ?? null, parts: [] })
  );
}

export function checkActuals(data: TableData, ctx: MilestoneContext): void {
  const { profile, asOf } = ctx;
  const day = earlier(asOf, data.table.actualAsOf ?? asOf);
  for (const line of data.lines) {
    if (!judged(line) || line.actualToDate === null) continue;
    const deadline = deadlineOf(profile, line.source);
    const c: ActualCase = {
      line,
      data,
      profile,
      asOf,
      day,
      actual: line.actualToDate,
      cell: actualCell(line),
      deadline,
    };
    for (const finding of actualFindings(c)) line.findings.push(finding);
  }
}

/** A line's findings on its actual, in the order they are reported. */
function actualFindings(c: ActualCase): RawFinding[] {
  const found = [exceedsAllocated(c)];
  if (c.deadline !== null && c.asOf > c.deadline) {
    // past its deadline, a line is lapsed or done: pace and plan-to-date no longer apply
    found.push(deadlinePassed(c, c.deadline));
  } else {
    const planned = plannedBy(c.line, c.data, c.profile.year, c.day);
    found.push(behindPlan(c, planned), runRateShort(c, planned));
  }
  return found.filter((f): f is RawFinding => f !== null);
}

function exceedsAllocated({ line, actual, cell }: ActualCase): RawFinding | null {
  if (!(hasAllocatedColumn(line) && actual > line.allocated)) return null;
  return {
    rule: "actual-exceeds-allocated",
    severity: "error",
    cell,
    args: { actual, allocated: line.allocated, difference: actual - line.allocated },
  };
}

function deadlinePassed({ line, actual, cell }: ActualCase, deadline: string): RawFinding | null {
  const remaining = line.allocated - actual;
  if (!(remaining > 0)) return null;
  return { rule: "deadline-passed", severity: "error", cell, args: { remaining, deadline } };
}

function behindPlan({ profile, actual, cell, day }: ActualCase, planned: number): RawFinding | null {
  const shortfall = planned - actual;
  if (!(planned > 0 && shortfall > planned * profile.tolerances.watch)) return null;
  const share = shortfall / planned;
  return {
    rule: "actual-behind-plan",
    severity: share > profile.tolerances.atRisk ? "warning" : "info",
    cell,
    args: { planned, actual, shortfall, percent: Math.round((actual / planned) * 1000) / 10, date: day },
  };
}

// Pace is judged only once the line could have shown one: money was due before the day, or
// disbursement has begun. A plan not yet started is judged by its plan (plan-after-deadline,
// plan-total-mismatch), not by a history it could not have.
function runRateShort(c: ActualCase, planned: number): RawFinding | null {
  const { line, data, profile, actual, day, deadline } = c;
  const remaining = line.allocated - actual;
  const monthsLeft = deadline === null ? 0 : monthEndsBetween(day, deadline);
  const elapsed = monthsEnded(profile.year, day);
  if (deadline === null || !(remaining > 0 && monthsLeft > 0 && elapsed > 0 && (planned > 0 || actual > 0)))
    return null;
  const monthly = line.fields.actualPeriods.length > 0 ? monthlyActuals(line, data) : [];
  const average = actual / elapsed;
  const best = Math.max(0, ...monthly);
  // The pace compared with is the better of the average so far and the best single month.
  const basis = actual === 0 ? "none" : best > average ? "best-month" : "average";
  const shown = Math.max(average, best);
  const required = remaining / monthsLeft;
  if (!(required > profile.paceFactor * shown)) return null;
  return {
    rule: "run-rate-insufficient",
    severity: "warning",
    cell: c.cell,
    // Paces are shown to the thousand đồng (the finding is about the order of magnitude, not the đồng).
    args: {
      required: Math.ceil(required / 1000) * 1000,
      shown: Math.floor(shown / 1000) * 1000,
      times: shown > 0 ? Math.round((required / shown) * 10) / 10 : 0,
      basis,
      elapsed,
      planned,
      date: day,
      remaining,
      monthsLeft,
      deadline,
      factor: profile.paceFactor,
    },
  };
}

/** Actual amounts by period, where the sheet gives them. */
function monthlyActuals(line: PlanLine, data: TableData): number[] {
  const values = data.amounts.get(line.row) ?? [];
  return line.fields.actualPeriods.map((c) => {
    const v = values[data.amountColumns.indexOf(c)];
    return v === null || v === undefined || Number.isNaN(v) ? 0 : v;
  });
}
