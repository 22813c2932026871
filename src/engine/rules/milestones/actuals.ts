/**
 * Rules on actual disbursement, judged at the earlier of the as-of day and
 * the day the sheet's actuals are stated for ("Giải ngân đến 31/5/2024"):
 * actual-exceeds-allocated, actual-behind-plan, run-rate-insufficient,
 * deadline-passed.
 */

import { earlier, monthEndsBetween, monthsEnded } from "../../calendar";
import { pickCell, type PlanLine, type TableData } from "../../lines";
import { deadlineOf } from "../../profile";
import { type MilestoneContext, hasAllocatedColumn, judged, plannedBy } from "./schedule";

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
    const actual = line.actualToDate;
    const cell = actualCell(line);
    const deadline = deadlineOf(profile, line.source);

    if (hasAllocatedColumn(line) && actual > line.allocated) {
      line.findings.push({
        rule: "actual-exceeds-allocated",
        severity: "error",
        cell,
        args: { actual, allocated: line.allocated, difference: actual - line.allocated },
      });
    }
    const remaining = line.allocated - actual;
    if (deadline !== null && asOf > deadline) {
      if (remaining > 0) {
        line.findings.push({ rule: "deadline-passed", severity: "error", cell, args: { remaining, deadline } });
      }
      continue; // past its deadline, a line is lapsed or done: pace and plan-to-date no longer apply
    }

    const planned = plannedBy(line, data, profile.year, day);
    const shortfall = planned - actual;
    if (planned > 0 && shortfall > planned * profile.tolerances.watch) {
      const share = shortfall / planned;
      line.findings.push({
        rule: "actual-behind-plan",
        severity: share > profile.tolerances.atRisk ? "warning" : "info",
        cell,
        args: { planned, actual, shortfall, percent: Math.round((actual / planned) * 1000) / 10, date: day },
      });
    }

    // Pace is judged only once the line could have shown one: money was due before the day, or
    // disbursement has begun. A plan not yet started is judged by its plan (plan-after-deadline,
    // plan-total-mismatch), not by a history it could not have.
    const monthsLeft = deadline === null ? 0 : monthEndsBetween(day, deadline);
    const elapsed = monthsEnded(profile.year, day);
    if (remaining > 0 && monthsLeft > 0 && elapsed > 0 && (planned > 0 || actual > 0)) {
      const monthly = line.fields.actualPeriods.length > 0 ? monthlyActuals(line, data) : [];
      const average = actual / elapsed;
      const best = Math.max(0, ...monthly);
      // The pace compared with is the better of the average so far and the best single month.
      const basis = actual === 0 ? "none" : best > average ? "best-month" : "average";
      const shown = Math.max(average, best);
      const required = remaining / monthsLeft;
      if (required > profile.paceFactor * shown) {
        line.findings.push({
          rule: "run-rate-insufficient",
          severity: "warning",
          cell,
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
            deadline: deadline!,
            factor: profile.paceFactor,
          },
        });
      }
    }
  }
}

/** Actual amounts by period, where the sheet gives them. */
function monthlyActuals(line: PlanLine, data: TableData): number[] {
  const values = data.amounts.get(line.row) ?? [];
  return line.fields.actualPeriods.map((c) => {
    const v = values[data.amountColumns.indexOf(c)];
    return v === null || v === undefined || Number.isNaN(v) ? 0 : v;
  });
}
