/** quarter-month-mismatch: a quarter cell that differs from the sum of its three months. */

import type { TableData } from "../lines";
import { a1 } from "../grid";

const QUARTER_NAMES = ["I", "II", "III", "IV"];

/** A column of the whole amount is headed "Tổng số", "Cộng quý I" (part "total") or not split at all (null). */
const whole = (part: string | null): string | null => part ?? "total";

export function checkQuarterMonths(data: TableData): void {
  const cols = data.amountColumns;
  const quarters = cols.filter((c) => c.role === "planned" && c.quarter !== null && c.month === null);
  if (quarters.length === 0) return;
  for (const q of quarters) {
    const q1 = (q.quarter! - 1) * 3 + 1;
    const months = cols.filter(
      (c) =>
        c.role === "planned" &&
        c.month !== null &&
        c.month >= q1 &&
        c.month < q1 + 3 &&
        c.source === q.source &&
        whole(c.part) === whole(q.part),
    );
    if (months.length === 0) continue;
    const qi = cols.indexOf(q);
    const mi = months.map((m) => cols.indexOf(m));
    for (const [row, values] of data.amounts) {
      const stated = values[qi];
      if (stated === null || Number.isNaN(stated)) continue;
      if (mi.some((i) => Number.isNaN(values[i] ?? 0))) continue;
      const sum = mi.reduce((s, i) => s + (values[i] ?? 0), 0);
      if (sum === stated) continue;
      data.lineAt(row, q.col)?.findings.push({
        rule: "quarter-month-mismatch",
        severity: "error",
        cell: a1(row, q.col),
        args: {
          stated,
          sum,
          difference: stated - sum,
          quarterName: QUARTER_NAMES[q.quarter! - 1],
          months: `${q1}–${q1 + 2}`,
        },
      });
    }
  }
}
