/**
 * Where the Check view's reading of the workbook stands, and what it shows
 * from it, as plain functions the view's hook calls: tested in mocha.
 */

import type { Lang } from "../../engine/text/format";
import type { ReadProgress } from "../../workbook/port";
import type { Checker, PaneCheckOutcome } from "./run-check";

/** The Check view's engine (./run-check), loaded on first use. */
export type CheckEngine = typeof import("./run-check");

export type ReadyState = { step: "ready"; checker: Checker; engine: CheckEngine };

export type ReadState =
  { step: "reading"; progress: ReadProgress | null } | { step: "failed"; error: unknown } | ReadyState;

/** What the view shows of a read: nothing yet, the check's outcome, or why checking failed. */
export type Checked = { result: PaneCheckOutcome } | { error: unknown } | null;

/** The workbook as read, checked in this language at this day (checking again needs no new read). */
export function checkedAt(state: ReadState, lang: Lang, asOf: string): Checked {
  if (state.step !== "ready") return null;
  try {
    return { result: state.checker.check(lang, asOf) };
  } catch (error) {
    return { error };
  }
}

/** After an edit: the read with `sheet` read again, or the failure to read it (never a rejection). */
export async function afterEdit(before: ReadyState, sheet: string): Promise<ReadState> {
  try {
    return { ...before, checker: await before.checker.reread([sheet]) };
  } catch (error) {
    return { step: "failed", error };
  }
}
