/**
 * A line's status from its findings, by one table (the README's "Statuses"
 * table is this one): each rule and severity has a least status, and a line's
 * status is the worst of its findings' least statuses. The milestone
 * judgement (at risk: money will still be undisbursed at the deadline on the
 * current course; lapsed: the deadline passed with money left) is made by the
 * milestone rules, whose findings carry it here; so a line's status can never
 * say less than its findings (no line with an error is `ok`, none with a
 * warning is `ok`).
 */

import type { PlanLine } from "./lines";
import type { LineStatus, RuleId, Severity } from "./report-types";

/** Statuses from mildest to worst. */
export const STATUS_ORDER: readonly LineStatus[] = ["ok", "watch", "at-risk", "lapsed", "invalid"];

/** Where a rule and severity is not listed: an error is at least at risk, a warning at least watched. */
export const DEFAULT_LEAST_STATUS: Record<Severity, LineStatus> = { error: "at-risk", warning: "watch", info: "ok" };

/**
 * The rules whose least status differs from the default for their severity:
 * an amount that cannot be read or is negative, and a line without a name,
 * leave nothing to judge (invalid); a deadline passed with money left is
 * lapsed; a lag past the at-risk tolerance and a pace that cannot finish in
 * time are at risk though only warnings; a lag past the watch tolerance is
 * watched though only information.
 */
export const LEAST_STATUS: Partial<Record<RuleId, Partial<Record<Severity, LineStatus>>>> = {
  "not-a-number": { error: "invalid" },
  "formula-error": { error: "invalid" },
  "negative-amount": { error: "invalid" },
  "missing-required": { error: "invalid" },
  "deadline-passed": { error: "lapsed" },
  "actual-behind-plan": { warning: "at-risk", info: "watch" },
  "run-rate-insufficient": { warning: "at-risk" },
};

export function leastStatus(rule: RuleId, severity: Severity): LineStatus {
  return LEAST_STATUS[rule]?.[severity] ?? DEFAULT_LEAST_STATUS[severity];
}

export function worseStatus(a: LineStatus, b: LineStatus): LineStatus {
  return STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b) ? a : b;
}

export function statusOf(line: Pick<PlanLine, "findings" | "unreadable">): LineStatus {
  let status: LineStatus = line.unreadable ? "invalid" : "ok";
  for (const f of line.findings) status = worseStatus(status, leastStatus(f.rule, f.severity));
  return status;
}
