/**
 * The amounts the sample plans hold: clean month plans per source, quarter
 * and to-date sums, and actuals slightly off the plan, all integers in the
 * sample's smallest step. Deterministic: no Math.random.
 */
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
