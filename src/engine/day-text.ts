/**
 * The day a check is made at, as officers type it, and what that day means
 * against a profile. Shared by the command line (--as-of) and the task pane
 * (the Check tab's date field), so both accept the same days and warn alike.
 */

import { isIsoDay } from "./calendar";
import type { Profile } from "./profile";

/**
 * A typed day as ISO YYYY-MM-DD, or null when it is not a real day: day first
 * as Vietnamese write it, separated by "/", "-" or "." (31/05/2024, 31/5/24,
 * 31-05-2024, 31.05.2024; a two-digit year is 20yy), or ISO 2024-05-31.
 */
export function parseDay(text: string): string | null {
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isIsoDay(s) ? s : null;
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
  if (!m) return null;
  const year = m[4].length === 2 ? `20${m[4]}` : m[4];
  const iso = `${year}-${m[3].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return isIsoDay(iso) ? iso : null;
}

/** dd/mm/yyyy, as the pane shows a day in Vietnamese (and in English: day first, whatever the browser). */
export function dayText(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * True when the day lies in a later year than the profile's: every deadline
 * has then passed, which is rarely what the user meant (a 2024 workbook
 * checked in 2026, or a 2025 plan against the 2024 milestones).
 */
export function pastProfileYear(asOf: string, profile: Pick<Profile, "year">): boolean {
  return Number(asOf.slice(0, 4)) > profile.year;
}
