/**
 * allocation-incomplete: capital assigned to the unit but not yet allocated
 * to projects — a line that says so ("Vốn chưa phân bổ") and holds money.
 * An error once the profile's allocation deadline has passed, a warning before.
 */

import { pickCell, type TableData } from "../../lines";
import type { MilestoneContext } from "./schedule";

export function checkAllocation(data: TableData, ctx: MilestoneContext): void {
  const deadline = ctx.profile.allocationDeadline;
  for (const line of data.lines) {
    if (line.breakdown || !line.unallocated || line.allocated <= 0) continue;
    const passed = deadline !== null && ctx.asOf > deadline;
    line.findings.push({
      rule: "allocation-incomplete",
      severity: passed ? "error" : "warning",
      cell: pickCell(line.row, line.fields.allocated),
      args: { amount: line.allocated, deadline, passed: passed ? 1 : 0 },
    });
  }
}
