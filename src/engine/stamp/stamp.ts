/**
 * The commitment stamp: who committed to the plan (unit, responsible leader
 * and position), when, against which profile and day, what the check said
 * then, and the fingerprint of the plan's content with its lines in compact
 * form, kept in the workbook's metadata part. Checking it later says whether
 * the plan is still the one committed to and, if not, which lines and fields
 * differ. A tamper-evident record, not a legal digital signature.
 */

import type { ReportSummary, ValidateReport } from "../report-types";
import type { AddinMetadata } from "../metadata";
import { type Digest, type StampedLine, fingerprintOf, stampedLines } from "./canonical";
import type { StampCheck, StampDifference, StampField } from "./verdict";

export interface StampRecord {
  version: 1;
  unit: string | null;
  leader: string;
  position: string;
  /** ISO date-time of stamping, as the shell's clock gave it. */
  at: string;
  profile: string;
  asOf: string;
  summary: ReportSummary;
  /** SHA-256 (hex) of the canonical form of every plan line. */
  fingerprint: string;
  lines: StampedLine[];
  tool: string;
}

export interface StampInput {
  unit: string | null;
  leader: string;
  position: string;
  at: string;
  tool: string;
}

export async function makeStamp(report: ValidateReport, who: StampInput, digest: Digest): Promise<StampRecord> {
  const lines = stampedLines(report);
  return {
    version: 1,
    ...who,
    leader: who.leader.trim(),
    position: who.position.trim(),
    profile: report.profile,
    asOf: report.asOf,
    summary: report.summary,
    fingerprint: await fingerprintOf(lines, digest),
    lines,
  };
}

export const MAX_LISTED_DIFFERENCES = 50;

/** The stamp kept in a workbook's metadata, when it has a readable one. */
export function stampOf(meta: AddinMetadata | null): StampRecord | null {
  const s = meta?.stamp as StampRecord | undefined;
  return s && s.version === 1 && typeof s.fingerprint === "string" && Array.isArray(s.lines) ? s : null;
}

/** The line's identity across edits: its code and source, else its name and source. */
const keyOf = (l: StampedLine): string => (l[0] ? `c\u0000${l[0]}\u0000${l[2]}` : `n\u0000${l[1]}\u0000${l[2]}`);

function fieldsDiffering(was: StampedLine, now: StampedLine): StampField[] {
  const out: StampField[] = [];
  if (was[0] !== now[0]) out.push("code");
  if (was[1] !== now[1]) out.push("label");
  if (was[3] !== now[3]) out.push("allocated");
  const periods = Math.max(was[4].length, now[4].length);
  const period = now[4].length === 4 ? "quarter" : "month";
  for (let i = 0; i < periods; i++) if ((was[4][i] ?? 0) !== (now[4][i] ?? 0)) out.push(`${period}:${i + 1}`);
  if (was[5] !== now[5]) out.push("actualToDate");
  return out;
}

const difference = (change: StampDifference["change"], l: StampedLine, fields: StampField[]): StampDifference => ({
  change,
  row: l[6],
  label: l[1],
  code: l[0] || null,
  source: l[2],
  fields,
});

/** The lines and fields in which the plan now differs from the stamped one, in row order. */
export function stampDifferences(stamped: readonly StampedLine[], now: readonly StampedLine[]): StampDifference[] {
  const waiting = new Map<string, StampedLine[]>();
  for (const l of stamped) (waiting.get(keyOf(l)) ?? waiting.set(keyOf(l), []).get(keyOf(l))!).push(l);
  const out: StampDifference[] = [];
  for (const l of [...now].sort((a, b) => a[6] - b[6])) {
    const was = waiting.get(keyOf(l))?.shift();
    if (!was) out.push(difference("added", l, []));
    else {
      const fields = fieldsDiffering(was, l);
      if (fields.length > 0) out.push(difference("changed", l, fields));
    }
  }
  for (const rest of waiting.values()) for (const l of rest) out.push(difference("removed", l, []));
  return out.sort((a, b) => a.row - b.row);
}

/** The stamp's state against the plan as it reads now. */
export async function checkStamp(
  stamp: StampRecord | null,
  report: ValidateReport,
  digest: Digest,
): Promise<StampCheck> {
  if (!stamp) return { state: "none" };
  const who = { unit: stamp.unit, leader: stamp.leader, position: stamp.position, at: stamp.at };
  const now = stampedLines(report);
  if ((await fingerprintOf(now, digest)) === stamp.fingerprint) return { state: "valid", ...who };
  // A record whose own lines were edited to match the plan still fails the fingerprint: changed, no line named.
  const differences = stampDifferences(stamp.lines, now);
  return {
    state: "changed",
    ...who,
    differences: differences.slice(0, MAX_LISTED_DIFFERENCES),
    differenceCount: differences.length,
  };
}
