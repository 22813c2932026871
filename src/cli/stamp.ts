/**
 * `ntp-disburse stamp FILE.xlsx --leader "…" --position "…" --out STAMPED.xlsx`:
 * the unit's commitment to its plan. Checks the plan, then writes a copy
 * with the stamp in the metadata part (who, when, what the check said, the
 * fingerprint of every plan line) and a printable "Xác nhận" sheet. The
 * input is never written.
 */

import { withAudit } from "../engine/audit";
import { unitOf } from "../engine/consolidate/submission";
import { makeStamp } from "../engine/stamp/stamp";
import { stampSheet } from "../engine/stamp/sheet";
import { TOOL } from "../engine/version";
import { ACCOUNTABILITY_CLI } from "../i18n/accountability-cli";
import type { Lang } from "../engine/text/format";
import { readMetadata } from "../workbook/file/custom-xml";
import { stampedCopy } from "../workbook/file/stamp-xlsx";
import { type CliText, type Io, UsageError, asOfDay, requiredOut, writeOutput } from "./common";
import { type CommandArgs, SHARED_OPTIONS } from "./options";
import { sha256 } from "./digest";
import { checkUnitWorkbook } from "./unit-check";
import { localDateTime } from "../engine/stamp/time";

export const STAMP_OPTIONS = {
  leader: { type: "string" },
  position: { type: "string" },
  unit: { type: "string" },
  ...SHARED_OPTIONS,
} as const;

export type StampArgs = CommandArgs<typeof STAMP_OPTIONS>;

export async function runStamp(
  { files, values }: StampArgs,
  io: Io & { now?: () => string },
  lang: Lang,
  t: CliText,
): Promise<number> {
  const s = ACCOUNTABILITY_CLI[lang];
  if (files.length !== 1) throw new UsageError(t.needFile);
  if (!values.leader?.trim()) throw new UsageError(s.needLeader);
  if (!values.position?.trim()) throw new UsageError(s.needPosition);
  const file = files[0];
  const out = requiredOut(values.out, [file], t);
  const asOf = asOfDay(values["as-of"], io, t);
  const { bytes, report } = await checkUnitWorkbook(file, { profile: values.profile, asOf, lang }, io, t);
  const at = io.now?.() ?? localDateTime(new Date());
  const stamp = await makeStamp(
    report,
    {
      unit: values.unit?.trim() || unitOf(report).unit,
      leader: values.leader,
      position: values.position,
      at,
      tool: TOOL.version,
    },
    sha256,
  );
  const meta = withAudit(
    { ...((await readMetadata(bytes)) ?? { version: 1 }), stamp },
    { at, action: "stamped", by: "cli", tool: TOOL.version, detail: `${stamp.position} ${stamp.leader}` },
  );
  const copy = await stampedCopy(bytes, meta, stampSheet(stamp, lang));
  writeOutput(out, copy.bytes, [file], t);
  if (report.summary.errors > 0) io.stderr(`ntp-disburse: ${file}: ${s.stampedWithErrors(report.summary.errors)}\n`);
  io.stdout(`${s.stamped(out, copy.sheet, stamp.summary.lines, stamp.fingerprint)}\n`);
  return 0;
}
