/**
 * The one error type the Office.js adapter throws, so the task pane and the
 * ribbon commands can show it plainly: an Office error keeps its code (never
 * swallowed or reworded away), a cell still being edited gets its own clear
 * message, and a feature this Excel lacks says which Excel has it.
 */

import type { Lang } from "../../engine/text/format";
import { OfficeFeature, officeText } from "../../i18n/office";

export type ExcelProblem =
  /** Excel refused because the user is editing a cell (InvalidOperationInCellEditMode). */
  | "cell-edit"
  /** This Excel lacks a requirement set the feature needs. */
  | "needs-newer-excel"
  /** Any other error Office reported, with its code. */
  | "office";

export class ExcelAddinError extends Error {
  constructor(
    readonly problem: ExcelProblem,
    /** Office's error code ("InvalidArgument", "ItemNotFound", …), or "NeedsNewerExcel". */
    readonly code: string,
    /** Office's own message, or for needs-newer-excel the missing set ("ExcelApi 1.9"). */
    readonly detail: string,
    readonly need?: { feature: OfficeFeature; set: string; version: string },
  ) {
    super(`${code}: ${detail}`);
    this.name = "ExcelAddinError";
  }

  /** The message to show the user. */
  text(lang: Lang): string {
    if (this.problem === "cell-edit") return officeText.cellEditMode[lang];
    if (this.problem === "needs-newer-excel" && this.need) {
      return officeText.needsNewerExcel(this.need.feature, this.need.set, this.need.version, lang);
    }
    return officeText.officeError(this.code, this.detail, lang);
  }
}

/** Office errors (OfficeExtension.Error) carry a string code; anything else is not Office's. */
function officeCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

/** Wraps what an Excel.run threw; errors that are not Office's pass through unchanged. */
export function asExcelAddinError(e: unknown): unknown {
  if (e instanceof ExcelAddinError) return e;
  const code = officeCode(e);
  if (!code) return e;
  const detail = e instanceof Error ? e.message : String((e as { message?: unknown }).message ?? code);
  const location = (e as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation;
  const full = location ? `${detail} (${location})` : detail;
  return new ExcelAddinError(code === "InvalidOperationInCellEditMode" ? "cell-edit" : "office", code, full);
}
