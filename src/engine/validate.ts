/**
 * validate = Grids + profile + as-of day -> the report. The engine's one
 * entry point for checking a workbook; shells read Grids and hand them here.
 */

import { type Grid, sheetView } from "./grid";
import { detectTables } from "./detect";
import { TableData, readTableData } from "./lines";
import type { ColumnMapping } from "./metadata";
import { Profile, QUANG_NAM_2024 } from "./profile";
import { buildReport } from "./report";
import type { ValidateReport } from "./report-types";
import { applyReadingRules } from "./rules";
import { applyMilestoneRules } from "./rules/milestones";
import type { Lang } from "./text/format";

export interface ValidateOptions {
  /** Base name of the input, as the report names it. */
  file: string;
  /** ISO day the check is made at; the engine never reads the clock. */
  asOf: string;
  lang: Lang;
  profile?: Profile;
  /** Column roles the user confirmed (the workbook's metadata). */
  mappings?: readonly ColumnMapping[];
}

/** Reads every plan table of the workbook into lines and applies the rules. */
export function readWorkbook(grids: Grid[], profile: Profile, mappings?: readonly ColumnMapping[]): TableData[] {
  const tables: TableData[] = [];
  for (const grid of grids) {
    const sheet = sheetView(grid);
    for (const table of detectTables(grid, { year: profile.year, mappings }, sheet)) {
      tables.push(readTableData(grid, table, `plan-${profile.year}`, sheet));
    }
  }
  applyReadingRules(tables);
  return tables;
}

/** The report, and the tables as detected and read (the task pane shows their columns for mapping). */
export function checkWorkbook(
  grids: Grid[],
  options: ValidateOptions,
): { report: ValidateReport; tables: TableData[] } {
  const profile = options.profile ?? QUANG_NAM_2024;
  const tables = readWorkbook(grids, profile, options.mappings);
  applyMilestoneRules(tables, { profile, asOf: options.asOf });
  return { report: buildReport(options.file, profile, options.asOf, tables, options.lang), tables };
}

export function validateWorkbook(grids: Grid[], options: ValidateOptions): ValidateReport {
  return checkWorkbook(grids, options).report;
}
