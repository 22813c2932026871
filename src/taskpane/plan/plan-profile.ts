/**
 * The milestone profile the Plan view makes templates with: the one the
 * open workbook carries (Excel), else the built-in one. Loaded apart from
 * the template code, so the view can list the profile's sources at once.
 */

import { BUILT_IN_PROFILES, QUANG_NAM_2024, type Profile } from "../../engine/profile";
import { profileOfMetadata } from "../../engine/profile/stored";
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
  // The same fallback the Check view, Settings and the ribbon use.
  const { profile, error } = profileOfMetadata(meta?.profile, BUILT_IN_PROFILES);
  return { profile, fromWorkbook: meta?.profile != null && error === null, problems: error === null ? null : [error] };
}
