/** The rules, each a small module; reading rules need only the table as read. */

import type { TableData } from "../lines";
import { checkDuplicateCodes } from "./duplicate-code";
import { checkGroupSums } from "./group-sum";
import { checkMissingRequired } from "./missing-required";
import { checkQuarterMonths } from "./quarter-month";

/** Runs every reading rule over the workbook's tables, adding findings to their lines. */
export function applyReadingRules(tables: TableData[]): void {
  for (const t of tables) {
    checkMissingRequired(t);
    checkGroupSums(t);
    checkQuarterMonths(t);
  }
  checkDuplicateCodes(tables);
}
