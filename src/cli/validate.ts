/**
 * `ntp-disburse validate FILE.xlsx`: read, check, print the report; with
 * --out, also a copy of the workbook with the findings highlighted (the
 * add-in's conditional formats, removable, values untouched).
 */

import { basename } from "node:path";
import { readXlsx } from "../workbook/file/read-xlsx";
import { validateWorkbook } from "../engine/validate";
import type { Grid } from "../engine/grid";
import { highlightPlanWithLegend } from "../engine/highlight-legend";
import { applyXlsxHighlights } from "../workbook/file/highlight-xlsx";
import type { Lang } from "../i18n/format";
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
  checkOutput,
  checkXlsxName,
  profileFor,
  warnIfProfileYearPast,
  readInput,
  writeOutput,
} from "./common";

export const VALIDATE_OPTIONS = {
  profile: { type: "string" },
  "as-of": { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
} as const;

export interface ValidateArgs {
  files: string[];
  values: { profile?: string; "as-of"?: string; json?: boolean; out?: string };
}

export async function runValidate({ files, values }: ValidateArgs, io: Io, lang: Lang, t: CliText): Promise<number> {
  if (files.length !== 1) throw new UsageError(t.needFile);
  const asOf = asOfDay(values["as-of"], io, t);
  const file = files[0];
  const out = values.out;
  checkXlsxName(out, t);
  if (out !== undefined) checkOutput(out, [file], t);
  const bytes = readInput(file, t);
  let grids: Grid[] | null = await readXlsx(bytes, file);
  const profile = await profileFor(values.profile, file, bytes, io, t);
  const report = validateWorkbook(grids, { file: basename(file), asOf, lang, profile });
  // Let the cells go before the report is printed: printing a large report is when memory peaks.
  grids = null;
  if (report.tables.length === 0) throw new InputError(file, t.noPlan);
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
