/**
 * A ribbon command that failed, kept where the pane can find it. A function
 * command runs in its own hidden page; the only surface it has is a dialog,
 * which the user closes. The pane (another page of the same origin) reads the
 * failure from localStorage and shows it until dismissed. localStorage, not
 * the workbook's metadata: the failure may be that the workbook cannot be
 * written to.
 */

import type { Lang } from "../engine/text/format";
import { ribbonText, type RibbonCommand } from "../i18n/ribbon";
import { ExcelAddinError } from "../workbook/office/errors";

export interface RibbonFailure {
  command: RibbonCommand;
  /** When it failed (ISO 8601). */
  at: string;
  /** Office's error code, when Office gave one. */
  code: string | null;
  /** What to tell the user, in both languages: the pane may be in the other one. */
  text: Record<Lang, string>;
}

const STORAGE_KEY = "ntp-disburse.ribbonFailure";

/** The failure as the user reads it: which command, then why. */
export function ribbonFailure(command: RibbonCommand, error: unknown, at: Date): RibbonFailure {
  const reason = (lang: Lang) =>
    error instanceof ExcelAddinError
      ? error.text(lang)
      : ribbonText.unexpected(error instanceof Error ? error.message : String(error), lang);
  const text = (lang: Lang) => `${ribbonText.failed(command, lang)} ${reason(lang)}`;
  return {
    command,
    at: at.toISOString(),
    code: error instanceof ExcelAddinError ? error.code : null,
    text: { vi: text("vi"), en: text("en") },
  };
}

export function recordRibbonFailure(storage: Storage, failure: RibbonFailure): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(failure));
  } catch {
    // Storage disabled or full: the dialog has still told the user.
  }
}

/** The last failure recorded and not yet dismissed; null when none (or unreadable). */
export function lastRibbonFailure(storage: Storage): RibbonFailure | null {
  try {
    const value = JSON.parse(storage.getItem(STORAGE_KEY) ?? "null") as RibbonFailure | null;
    return value && typeof value.text?.vi === "string" && typeof value.text?.en === "string" ? value : null;
  } catch {
    return null;
  }
}

/** Dismissed in the pane, or superseded by a command that succeeded. */
export function forgetRibbonFailure(storage: Storage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to forget where nothing could be stored.
  }
}
