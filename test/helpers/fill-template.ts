/** Filling a generated plan template as an officer would type it (tests and screenshots). */

import { split } from "./integer-split";
import type { PlanTemplate, TemplateLine } from "../../src/engine/template/plan-template";
import type { Profile } from "../../src/engine/profile";
import { MONEY_UNIT_EXPONENT } from "../../src/engine/money";
import type { MoneyUnit } from "../../src/engine/report-types";

/** Sets an input cell's value (the template already holds the cell, styled). */
export function setCell(t: PlanTemplate, row: number, col: number, value: number | string | null): void {
  const cell = t.spec.cells.find((c) => c.row === row && c.col === col);
  if (!cell) throw new Error(`no cell at ${row},${col}`);
  cell.value = value;
}

/** The periods a line may plan in: those ending by its deadline (months, or quarters). */
export function openPeriods(line: TemplateLine, profile: Profile, byQuarter: boolean): number {
  const month =
    line.deadline && line.deadline.startsWith(String(profile.year)) ? Number(line.deadline.slice(5, 7)) : 12;
  return byQuarter ? Math.floor(month / 3) : month;
}

/**
 * Fills every line on plan: its allocation spread over the periods from
 * fromMonth's to the last before its deadline (integer đồng), and actuals
 * equal to the plan up to asOfMonth. Returns the amounts typed, in đồng, per line.
 */
export function fillOnPlan(
  t: PlanTemplate,
  profile: Profile,
  unit: MoneyUnit,
  asOfMonth: number,
  fromMonth = 1,
): Map<number, number[]> {
  const byQuarter = t.inputs.quarters.length > 0;
  const cols = byQuarter ? t.inputs.quarters : t.inputs.months;
  const scale = 10 ** MONEY_UNIT_EXPONENT[unit];
  const typed = new Map<number, number[]>();
  for (const line of t.lines) {
    const open = openPeriods(line, profile, byQuarter);
    const parts = split(
      line.allocated / 1000,
      Array.from({ length: cols.length }, (_, i) =>
        i < open && i >= (byQuarter ? Math.ceil(fromMonth / 3) : fromMonth) - 1 ? 1 : 0,
      ),
    ).map((p) => p * 1000);
    parts.forEach((p, i) => setCell(t, line.row, cols[i], p === 0 ? null : p / scale));
    typed.set(line.row, parts);
    // Actuals: the plan to date, a quarter in progress pro rata (rounded up to the thousand).
    let toDate = 0;
    parts.forEach((p, i) => {
      const endMonth = byQuarter ? 3 * (i + 1) : i + 1;
      if (endMonth <= asOfMonth) toDate += p;
      else if (byQuarter && endMonth - 3 < asOfMonth)
        toDate += Math.ceil((p * (asOfMonth - (endMonth - 3))) / 3000) * 1000;
    });
    setCell(t, line.row, t.inputs.actual, Math.min(toDate, line.allocated) / scale);
  }
  return typed;
}
