/** The milestone rules: judged against the profile at the as-of day. */

import type { TableData } from "../../lines";
import { checkActuals } from "./actuals";
import { checkAllocation } from "./allocation";
import { checkCheckpoints } from "./checkpoints";
import { checkPlanAfterDeadline } from "./plan-after-deadline";
import { checkPlanTotal } from "./plan-total";
import type { MilestoneContext } from "./schedule";

export type { MilestoneContext } from "./schedule";

export function applyMilestoneRules(tables: TableData[], ctx: MilestoneContext): void {
  for (const t of tables) {
    checkPlanTotal(t);
    checkPlanAfterDeadline(t, ctx);
    checkCheckpoints(t, ctx);
    checkAllocation(t, ctx);
    checkActuals(t, ctx);
  }
}
