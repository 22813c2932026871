/**
 * The stamp as a check sees it: its state against the plan as read now, and,
 * when the profile requires a stamp (`requireStamp`), the finding an
 * unstamped or changed plan makes (stamp-missing, stamp-changed: errors).
 */

import type { AddinMetadata } from "../metadata";
import type { Profile } from "../profile";
import type { ValidateReport } from "../report-types";
import { ACCOUNTABILITY_TEXT } from "../text/accountability";
import type { Digest } from "./canonical";
import { checkStamp, stampOf } from "./stamp";
import type { StampVerdict } from "./verdict";

export async function stampVerdict(
  meta: AddinMetadata | null,
  report: ValidateReport,
  requirement: Pick<Profile, "requireStamp">,
  digest: Digest,
): Promise<StampVerdict> {
  const check: StampVerdict = await checkStamp(stampOf(meta), report, digest);
  if (requirement.requireStamp && check.state !== "valid") {
    const t = ACCOUNTABILITY_TEXT[report.lang];
    const missing = check.state === "none";
    check.finding = {
      rule: missing ? "stamp-missing" : "stamp-changed",
      severity: "error",
      cell: null,
      message: missing ? t.stampMissing : t.stampChanged,
    };
  }
  return check;
}
