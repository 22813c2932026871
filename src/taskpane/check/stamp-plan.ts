/**
 * The Check view's "Xác nhận kế hoạch": the leader's commitment to the plan
 * as checked, and the stamp's state on every check. Talks only to the
 * WorkbookPort: in Excel the stamp goes into the metadata part and the
 * "Xác nhận" sheet is added to the open workbook; in file mode the port
 * offers a stamped copy to download (the picked file is never changed).
 */

import { withAudit } from "../../engine/audit";
import type { Profile } from "../../engine/profile";
import type { ValidateReport } from "../../engine/report-types";
import type { Digest } from "../../engine/stamp/canonical";
import { stampVerdict } from "../../engine/stamp/requirement";
import type { StampVerdict } from "../../engine/stamp/verdict";
import { type StampRecord, makeStamp } from "../../engine/stamp/stamp";
import { stampSheet } from "../../engine/stamp/sheet";
import { TOOL } from "../../engine/version";
import type { Lang } from "../../engine/text/format";
import type { WorkbookPort } from "../../workbook/port";
import type { SheetSpec } from "../../engine/sheet-spec";

/** Web Crypto's SHA-256, as the browser (and the Office webview) provides it. */
export const webSha256: Digest = async (bytes) =>
  new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));

export interface Committer {
  unit: string | null;
  leader: string;
  position: string;
}

/** File mode's port: the stamped copy is offered for download instead of a sheet added. */
type CopyingPort = WorkbookPort & { stampedCopy(sheet: SheetSpec): Promise<{ fileName: string; bytes: Uint8Array }> };

/** Stamps the plan as the report read it; returns the stamp, the sheet's name (Excel) or the copy to download (file mode). */
export async function stampPlan(
  port: WorkbookPort,
  report: ValidateReport,
  who: Committer,
  at: string,
  lang: Lang,
  digest: Digest = webSha256,
): Promise<{ stamp: StampRecord; sheet: string | null; copy?: { fileName: string; bytes: Uint8Array } }> {
  const stamp = await makeStamp(report, { ...who, at, tool: TOOL.version }, digest);
  const meta = withAudit(
    { ...((await port.loadMetadata()) ?? { version: 1 }), stamp },
    { at, action: "stamped", by: "add-in", tool: TOOL.version, detail: `${stamp.position} ${stamp.leader}` },
  );
  await port.saveMetadata(meta);
  const spec = stampSheet(stamp, lang);
  if ("stampedCopy" in port) return { stamp, sheet: null, copy: await (port as CopyingPort).stampedCopy(spec) };
  const [sheet] = await port.addSheets([spec]);
  return { stamp, sheet: sheet ?? null };
}

/** The stamp's state against the plan as just checked. */
export async function stampState(
  port: WorkbookPort,
  report: ValidateReport,
  profile: Profile,
  digest: Digest = webSha256,
): Promise<StampVerdict> {
  return stampVerdict(await port.loadMetadata(), report, profile, digest);
}
