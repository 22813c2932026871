/**
 * `ntp-disburse validate FILE.xlsx`: read, check, print the report; with
 * --out, also a copy of the workbook with the findings highlighted (the
 * add-in's conditional formats, removable, values untouched).
 */

import { highlightPlanWithLegend } from "../engine/highlight-legend";
import { applyXlsxHighlights } from "../workbook/file/highlight-xlsx";
import type { Lang } from "../engine/text/format";
import { formatReport } from "./summary";
import { writeJson } from "../engine/report-json";
import { formatAccountability } from "./accountability-text";
import { sha256 } from "./digest";
import { stampVerdict } from "../engine/stamp/requirement";
import { readMetadata } from "../workbook/file/custom-xml";
import {
  type CliText,
  type Io,
  InputError,
  UsageError,
  asOfDay,
  checkOut,
  warnIfProfileYearPast,
  writeOutput,
} from "./common";
import { type CommandArgs, SHARED_OPTIONS } from "./options";
import { checkUnitWorkbook } from "./unit-check";

export const VALIDATE_OPTIONS = { ...SHARED_OPTIONS, json: { type: "boolean" } } as const;

export type ValidateArgs = CommandArgs<typeof VALIDATE_OPTIONS>;

export async function runValidate({ files, values }: ValidateArgs, io: Io, lang: Lang, t: CliText): Promise<number> {
  if (files.length !== 1) throw new UsageError(t.needFile);
  const asOf = asOfDay(values["as-of"], io, t);
  const file = files[0];
  const out = values.out;
  checkOut(out, [file], t);
  const { bytes, profile, report } = await checkUnitWorkbook(file, { profile: values.profile, asOf, lang }, io, t);
  warnIfProfileYearPast(asOf, profile, io, t);
  report.stamp = await stampVerdict(await readMetadata(bytes), report, profile, sha256);
  for (const table of report.tables) {
    if ((table.confidence.unit ?? 1) < 0.5)
      io.stderr(`ntp-disburse: ${file}: ${t.unitGuessed(table.sheet, table.unit)}\n`);
  }
  if (out !== undefined) {
    const copy = await applyXlsxHighlights(bytes, highlightPlanWithLegend(report, lang));
    // A copy said to be highlighted must be: marks that found no place are named, and a copy with none is not written.
    if (copy.unplaced.length > 0 && copy.placed.length === 0)
      throw new InputError(out, t.noHighlightPlaced(copy.unplaced));
    if (copy.unplaced.length > 0) io.stderr(`ntp-disburse: ${out}: ${t.someHighlightsUnplaced(copy.unplaced)}\n`);
    writeOutput(out, copy.bytes, [file], t);
  }
  if (values.json) writeJson(report, io.stdout);
  else
    io.stdout(
      formatReport(report, lang) +
        formatAccountability(report, profile, lang) +
        (out !== undefined ? `\n${t.wroteHighlighted(out)}\n` : ""),
    );
  return report.summary.errors > 0 || report.stamp.finding ? 1 : 0;
}
