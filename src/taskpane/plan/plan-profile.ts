/**
 * The milestone profile the Plan view makes templates with: the one the
 * open workbook carries (Excel), else the built-in one. Loaded apart from
 * the template code, so the view can list the profile's sources at once.
 */

import { QUANG_NAM_2024, type Profile, ProfileError } from "../../engine/profile";
import { storedProfile } from "../../engine/profile/stored";
import type { AddinMetadata } from "../../engine/metadata";
import type { WorkbookPort } from "../../workbook/port";

export interface PlanProfile {
  profile: Profile;
  fromWorkbook: boolean;
  /** Why the workbook's stored profile could not be used (the built-in one is used instead). */
  problems: string[] | null;
}

export async function planProfile(port?: WorkbookPort): Promise<PlanProfile> {
  let meta: AddinMetadata | null;
  try {
    meta = port ? await port.loadMetadata() : null;
  } catch (e) {
    // A workbook whose metadata cannot be read still gets a profile, so the views stay usable.
    return { profile: QUANG_NAM_2024, fromWorkbook: false, problems: [e instanceof Error ? e.message : String(e)] };
  }
  try {
    const stored = storedProfile(meta);
    return { profile: stored ?? QUANG_NAM_2024, fromWorkbook: stored !== null, problems: null };
  } catch (e) {
    if (!(e instanceof ProfileError)) throw e;
    return { profile: QUANG_NAM_2024, fromWorkbook: false, problems: e.problems };
  }
}
