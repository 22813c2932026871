/**
 * Deadlines of a profile's sources, apart from the profile's schema check so
 * that the task pane's start-up chunk (which orders sources by deadline) does
 * not pull in Ajv and the JSON schema.
 */

import type { Profile } from "./types";

export function deadlineOf(profile: Profile, source: string): string | null {
  return profile.sources.find((s) => s.id === source)?.deadline ?? null;
}

/** Earliest deadline first; sources without one after those with, by id. */
export function sortByDeadline<T extends { source: string; deadline: string | null }>(list: T[]): T[] {
  return list.sort(
    (a, b) => (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999") || a.source.localeCompare(b.source),
  );
}
