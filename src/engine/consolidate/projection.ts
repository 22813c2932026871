/**
 * What would lapse at each unit's pace so far: a projection for the
 * briefing, not a finding. For every unit and source, the pace is what the
 * unit has disbursed of that source since 1 January of the plan year
 * divided by the months ended since then; kept up over the months left to
 * the source's deadline, it disburses pace × months left; what remains
 * beyond that lapses. A source whose deadline has passed lapses whatever
 * remains; a unit that has disbursed nothing yet has pace zero. Money stays
 * integer đồng (the product is rounded down, so the projection never
 * understates the lapse).
 */

import { monthEndsBetween, monthsEnded } from "../calendar";
import { deadlineOf, type Profile, sortByDeadline } from "../profile";
import type { UnitTotal } from "./types";

export interface SourceOutlook {
  source: string;
  deadline: string | null;
  allocated: number;
  actualToDate: number;
  /** Still to disburse before the deadline: allocated − disbursed (never below zero). */
  remaining: number;
  /** Month ends from the day of the report to the deadline; null without a deadline. */
  monthsLeft: number | null;
  /** At each unit's pace so far, what would not be disbursed by the deadline (sum over units). */
  projectedLapse: number;
}

export interface UnitOutlook {
  unit: string;
  projectedLapse: number;
}

/** What one unit-and-source total would leave undisbursed at its pace so far. */
function lapseOf(x: UnitTotal, deadline: string | null, asOf: string, year: number): number {
  const remaining = Math.max(0, x.allocated - x.actualToDate);
  if (deadline === null || remaining === 0) return 0;
  if (deadline < asOf) return remaining;
  const elapsed = monthsEnded(year, asOf);
  if (elapsed === 0) return 0; // no month ended yet: no pace to project from
  const left = monthEndsBetween(asOf, deadline);
  const reachable = Math.floor((Math.max(0, x.actualToDate) * left) / elapsed);
  return Math.max(0, remaining - reachable);
}

/** Per source, in deadline order (sources without a deadline last), and per unit, in the totals' order. */
export function outlook(
  totals: readonly UnitTotal[],
  profile: Profile,
  asOf: string,
): { sources: SourceOutlook[]; units: UnitOutlook[] } {
  const sources = new Map<string, SourceOutlook>();
  const units = new Map<string, UnitOutlook>();
  for (const x of totals) {
    const deadline = deadlineOf(profile, x.source);
    const s = sources.get(x.source) ?? {
      source: x.source,
      deadline,
      allocated: 0,
      actualToDate: 0,
      remaining: 0,
      monthsLeft: deadline === null ? null : deadline < asOf ? 0 : monthEndsBetween(asOf, deadline),
      projectedLapse: 0,
    };
    const lapse = lapseOf(x, deadline, asOf, profile.year);
    s.allocated += x.allocated;
    s.actualToDate += x.actualToDate;
    s.remaining += Math.max(0, x.allocated - x.actualToDate);
    s.projectedLapse += lapse;
    sources.set(x.source, s);
    const u = units.get(x.unit) ?? { unit: x.unit, projectedLapse: 0 };
    u.projectedLapse += lapse;
    units.set(x.unit, u);
  }
  return { sources: sortByDeadline([...sources.values()]), units: [...units.values()] };
}
