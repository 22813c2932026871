/**
 * File mode's bridge to the file adapter and the engine. Both are imported on
 * first use, so neither weighs on the pane's start-up chunk.
 */

import type { ValidateReport } from "../engine/report-types";
import type { Lang } from "../i18n/format";
import { WorkbookReadError } from "../workbook/file/read-error";

export interface LoadedWorkbook {
  fileName: string;
  /** Validates the workbook as of a day, with messages in `lang`. */
  check(lang: Lang, asOf: string): ValidateReport;
}

export async function loadWorkbook(
  file: File,
  onProgress?: (sheet: string, rowsRead: number) => void,
): Promise<LoadedWorkbook> {
  const [{ readXlsx }, { validateWorkbook }, bytes] = await Promise.all([
    import(/* webpackChunkName: "read-xlsx" */ "../workbook/file/read-xlsx"),
    import(/* webpackChunkName: "engine" */ "../engine/validate"),
    file.arrayBuffer(),
  ]);
  const grids = await readXlsx(new Uint8Array(bytes), file.name, { onProgress });
  return {
    fileName: file.name,
    check: (lang, asOf) => validateWorkbook(grids, { file: file.name, asOf, lang }),
  };
}

/** Why reading or checking failed, for the user. */
export function failureText(error: unknown, lang: Lang): string {
  if (error instanceof WorkbookReadError) return error.reason(lang);
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Today on this computer's calendar, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
