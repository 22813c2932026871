/** plan-after-deadline: money planned in a period that ends after the source's deadline. */

import { pickCell, pickCells, type TableData } from "../../lines";
import { deadlineOf } from "../../profile";
import { type MilestoneContext, byQuarter, judged, periodsAfter } from "./schedule";

export function checkPlanAfterDeadline(data: TableData, ctx: MilestoneContext): void {
  for (const line of data.lines) {
    const deadline = deadlineOf(ctx.profile, line.source);
    if (!judged(line) || deadline === null) continue;
    const late = periodsAfter(line, data, ctx.profile.year, deadline);
    if (late.length === 0) continue;
    line.findings.push({
      rule: "plan-after-deadline",
      severity: "error",
      cell: pickCell(line.row, line.fields.periods[late[0] - 1]),
      // Every late month is marked, not only the first: moving one leaves the others to move.
      cells: late.flatMap((p) => pickCells(line.row, line.fields.periods[p - 1])),
      args: {
        amount: late.reduce((s, p) => s + line.planned[p - 1], 0),
        first: late[0],
        last: late[late.length - 1],
        count: late.length,
        quarters: byQuarter(data) ? 1 : 0,
        deadline,
      },
    });
  }
}
