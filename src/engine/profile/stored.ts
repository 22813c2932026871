/**
 * The milestone profile a workbook carries in the add-in's metadata part (a
 * generated template carries the one it was made with), so a plan is
 * checked against its own rules wherever it is opened.
 */

import type { AddinMetadata } from "../metadata";
import { type Profile, ProfileError, profileFromJson } from "./index";

/** The stored profile, checked as a profile file is; null when the workbook stores none. Throws ProfileError. */
export function storedProfile(meta: AddinMetadata | null): Profile | null {
  if (meta?.profile === undefined) return null;
  return profileFromJson(meta.profile);
}

/** The profile the workbook's metadata names, or the built-in default when it has none or it no longer loads. */
export function profileOfMetadata(
  stored: unknown,
  builtIns: readonly Profile[],
): { profile: Profile; error: string | null } {
  if (stored === undefined || stored === null) return { profile: builtIns[0], error: null };
  try {
    return { profile: profileFromJson(stored, builtIns), error: null };
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    return { profile: builtIns[0], error: error.message };
  }
}
