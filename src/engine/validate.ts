/**
 * validate = Grids + profile + as-of day -> the report. The engine's one
 * entry point for checking a workbook; shells read Grids and hand them here.
 */

import { type Grid, sheetView } from "./grid";
import { detectTables } from "./detect";
import { TableData, readTableData } from "./lines";
import { Profile, QUANG_NAM_2024 } from "./profile";
import { buildReport } from "./report";
import type { ValidateReport } from "./report-types";
import { applyReadingRules } from "./rules";
import { applyMilestoneRules } from "./rules/milestones";
import type { Lang } from "../i18n/format";

export interface ValidateOptions {
  /** Base name of the input, as the report names it. */
  file: string;
  /** ISO day the check is made at; the engine never reads the clock. */
  asOf: string;
  lang: Lang;
  profile?: Profile;
}

/** Reads every plan table of the workbook into lines and applies the rules. */
export function readWorkbook(grids: Grid[], profile: Profile): TableData[] {
  const tables: TableData[] = [];
  for (const grid of grids) {
    const sheet = sheetView(grid);
    for (const table of detectTables(grid, { year: profile.year }, sheet)) {
      tables.push(readTableData(grid, table, `plan-${profile.year}`, sheet));
    }
  }
  applyReadingRules(tables);
  return tables;
}

export function validateWorkbook(grids: Grid[], options: ValidateOptions): ValidateReport {
  const profile = options.profile ?? QUANG_NAM_2024;
  const tables = readWorkbook(grids, profile);
  applyMilestoneRules(tables, { profile, asOf: options.asOf });
  return buildReport(options.file, profile, options.asOf, tables, options.lang);
}
