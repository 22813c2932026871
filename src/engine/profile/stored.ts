/**
 * The milestone profile a workbook carries in the add-in's metadata part (a
 * generated template carries the one it was made with), so a plan is
 * checked against its own rules wherever it is opened.
 */

import type { AddinMetadata } from "../metadata";
import { type Profile, profileFromJson } from "./index";

/** The stored profile, checked as a profile file is; null when the workbook stores none. Throws ProfileError. */
export function storedProfile(meta: AddinMetadata | null): Profile | null {
  if (meta?.profile === undefined) return null;
  return profileFromJson(meta.profile);
}
