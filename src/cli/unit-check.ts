/**
 * What `validate` and `stamp` both start with: one unit's workbook read
 * (within the size limit), the profile chosen for it (--profile, else the
 * one it carries, else the built-in one) and its plan checked as of a day.
 * A workbook with no plan table is refused.
 */

import { basename } from "node:path";
import type { Profile } from "../engine/profile";
import type { ValidateReport } from "../engine/report-types";
import type { Lang } from "../engine/text/format";
import { validateWorkbook } from "../engine/validate";
import { readXlsx } from "../workbook/file/read-xlsx";
import { type CliText, type Io, InputError, profileFor, readInput } from "./common";

export interface UnitCheck {
  bytes: Uint8Array;
  profile: Profile;
  report: ValidateReport;
}

export async function checkUnitWorkbook(
  file: string,
  options: { profile: string | undefined; asOf: string; lang: Lang },
  io: Io,
  t: CliText,
): Promise<UnitCheck> {
  const bytes = readInput(file, t);
  // The cells stay here: they are let go before the report is printed, which is when memory peaks.
  const grids = await readXlsx(bytes, file);
  const profile = await profileFor(options.profile, file, bytes, io, t);
  const report = validateWorkbook(grids, { file: basename(file), asOf: options.asOf, lang: options.lang, profile });
  if (report.tables.length === 0) throw new InputError(file, t.noPlan);
  return { bytes, profile, report };
}
