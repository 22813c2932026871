/**
 * A line's status from its findings. At risk: on its current course money
 * will still be undisbursed at the deadline (the plan does not reach 100% in
 * time, actuals lag the plan beyond the profile's at-risk tolerance, or the
 * pace needed is beyond what the line has shown). Lapsed: the deadline has
 * passed with money left. Invalid: the line's data cannot be assessed.
 */

import type { PlanLine } from "./lines";
import type { LineStatus } from "./report-types";

export function statusOf(line: PlanLine): LineStatus {
  const f = line.findings;
  const has = (rule: string, severity?: string): boolean =>
    f.some((x) => x.rule === rule && (!severity || x.severity === severity));
  if (line.unreadable || f.some((x) => x.rule === "missing-required" && x.args.field === "label")) return "invalid";
  if (has("deadline-passed")) return "lapsed";
  const shortPlan = f.some((x) => x.rule === "plan-total-mismatch" && Number(x.args.difference) < 0);
  if (
    shortPlan ||
    has("plan-after-deadline") ||
    has("run-rate-insufficient") ||
    has("actual-behind-plan", "warning") ||
    has("allocation-incomplete", "error")
  ) {
    return "at-risk";
  }
  if (
    has("actual-behind-plan") ||
    has("plan-misses-checkpoint") ||
    has("plan-total-mismatch") ||
    has("actual-exceeds-allocated") ||
    has("allocation-incomplete")
  ) {
    return "watch";
  }
  return "ok";
}
