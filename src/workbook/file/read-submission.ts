/**
 * One submitted .xlsx file -> a Submission for consolidation, in Node and in
 * the browser: read, validate, note the unit and the workbook's date, then
 * let the grids go (only the report is kept, so memory stays flat in the
 * number of files). A file that cannot be read becomes a rejection with its
 * reason; it never stops the run.
 */

import type { Profile } from "../../engine/profile";
import { validateWorkbook } from "../../engine/validate";
import { readSubmission, rejectedSubmission } from "../../engine/consolidate/submission";
import { type TreasuryFigures, treasuryFigures } from "../../engine/consolidate/treasury";
import type { Submission } from "../../engine/consolidate/types";
import { CONSOLIDATE_TEXT } from "../../engine/text/consolidate";
import type { Lang } from "../../engine/text/format";
import { readXlsx } from "./read-xlsx";
import { WorkbookReadError } from "./read-error";
import type { Digest } from "../../engine/stamp/canonical";
import { stampVerdict } from "../../engine/stamp/requirement";
import { readMetadata } from "./custom-xml";

export interface SubmissionOptions {
  asOf: string;
  profile: Profile;
  lang: Lang;
  /** SHA-256 to check each file's commitment stamp with; without it stamps are not checked. */
  digest?: Digest;
  /** The run's requirement (DPI's profile), not the one a file carries: a unit cannot waive it. */
  requireStamp?: boolean;
}

export async function readSubmissionFile(
  bytes: Uint8Array,
  file: string,
  modified: string | null,
  options: SubmissionOptions,
): Promise<Submission> {
  try {
    const grids = await readXlsx(bytes, file);
    const report = validateWorkbook(grids, { file, asOf: options.asOf, lang: options.lang, profile: options.profile });
    if (options.digest) report.stamp = await stampVerdict(await readMetadata(bytes), report, options, options.digest);
    const sub = readSubmission(grids, report, modified, CONSOLIDATE_TEXT[options.lang]);
    // The year its plan months fall in is that of the profile it was checked with.
    return sub.report ? { ...sub, year: options.profile.year } : sub;
  } catch (e) {
    if (e instanceof WorkbookReadError) return rejectedSubmission(file, e.reason(options.lang), modified);
    throw e;
  }
}

/** The Treasury export's figures; its read errors propagate (the user named this one file). */
export async function readTreasuryFile(
  bytes: Uint8Array,
  file: string,
  options: SubmissionOptions,
): Promise<TreasuryFigures> {
  const grids = await readXlsx(bytes, file);
  return treasuryFigures(
    validateWorkbook(grids, { file, asOf: options.asOf, lang: options.lang, profile: options.profile }),
    grids,
    options.profile.year,
  );
}
