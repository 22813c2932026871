/**
 * `ntp-disburse stamp FILE.xlsx --leader "…" --position "…" --out STAMPED.xlsx`:
 * the unit's commitment to its plan. Checks the plan, then writes a copy
 * with the stamp in the metadata part (who, when, what the check said, the
 * fingerprint of every plan line) and a printable "Xác nhận" sheet. The
 * input is never written.
 */

import { basename } from "node:path";
import { withAudit } from "../engine/audit";
import { unitOf } from "../engine/consolidate/submission";
import { makeStamp } from "../engine/stamp/stamp";
import { stampSheet } from "../engine/stamp/sheet";
import { validateWorkbook } from "../engine/validate";
import { TOOL } from "../engine/version";
import { ACCOUNTABILITY_CLI } from "../i18n/accountability-cli";
import type { Lang } from "../engine/text/format";
import { readMetadata } from "../workbook/file/custom-xml";
import { readXlsx } from "../workbook/file/read-xlsx";
import { stampedCopy } from "../workbook/file/stamp-xlsx";
import {
  type CliText,
  type Io,
  InputError,
  UsageError,
  asOfDay,
  checkOutput,
  checkXlsxName,
  profileFor,
  readInput,
  writeOutput,
} from "./common";
import { sha256 } from "./digest";
import { localDateTime } from "../engine/stamp/time";

export const STAMP_OPTIONS = {
  leader: { type: "string" },
  position: { type: "string" },
  unit: { type: "string" },
  profile: { type: "string" },
  "as-of": { type: "string" },
  out: { type: "string" },
} as const;

export interface StampArgs {
  files: string[];
  values: { leader?: string; position?: string; unit?: string; profile?: string; "as-of"?: string; out?: string };
}

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
  if (values.out === undefined) throw new UsageError(t.needOut);
  const [file, out] = [files[0], values.out];
  checkXlsxName(out, t);
  checkOutput(out, [file], t);
  const asOf = asOfDay(values["as-of"], io, t);
  const bytes = readInput(file, t);
  const grids = await readXlsx(bytes, file);
  const profile = await profileFor(values.profile, file, bytes, io, t);
  const report = validateWorkbook(grids, { file: basename(file), asOf, lang, profile });
  if (report.tables.length === 0) throw new InputError(file, t.noPlan);
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
