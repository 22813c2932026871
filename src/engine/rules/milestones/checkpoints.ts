/** plan-misses-checkpoint: the plan reaches less than a checkpoint's share of the capital by its date. */

import { pickCell, type TableData } from "../../lines";
import { deadlineOf } from "../../profile";
import { type MilestoneContext, hasPeriodColumns, judged, plannedBy } from "./schedule";

export function checkCheckpoints(data: TableData, ctx: MilestoneContext): void {
  for (const line of data.lines) {
    if (!judged(line) || !hasPeriodColumns(line) || line.allocated <= 0) continue;
    const deadline = deadlineOf(ctx.profile, line.source);
    for (const c of ctx.profile.checkpoints) {
      if (c.sources && !c.sources.includes(line.source)) continue;
      if (deadline !== null && c.date > deadline) continue;
      const required = Math.ceil(line.allocated * c.minShare);
      const planned = plannedBy(line, data, ctx.profile.year, c.date);
      if (planned >= required) continue;
      line.findings.push({
        rule: "plan-misses-checkpoint",
        severity: "warning",
        cell: pickCell(line.row, line.fields.allocated),
        args: { date: c.date, percent: Math.round(c.minShare * 100), planned, required, shortfall: required - planned },
      });
    }
  }
}
