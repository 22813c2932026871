/**
 * What the adapter needs from the Office host, in one place so tests can
 * hand in a mock: Excel.run, the requirement-set check and the platform.
 * Requirement sets are checked at run time: an older Excel gets a plain
 * message naming the Excel that has the feature, not a TypeError.
 */

import type { OfficeFeature } from "../../i18n/office";
import { ExcelAddinError, asExcelAddinError } from "./errors";
import { WEB_PAYLOAD_BUDGET } from "./payload";

export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Runs a batch in an existing context (to remove event handlers added in it). */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(set: string, version: string): boolean;
  /** Bytes one sync may carry (Excel on the web: 5 MB; elsewhere no limit). */
  payloadBudget: number;
}

/** The host of the running add-in (office.js globals). */
export function officeHost(): OfficeHost {
  const web = Office.context.platform === Office.PlatformType.OfficeOnline;
  return {
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
    payloadBudget: web ? WEB_PAYLOAD_BUDGET : Number.POSITIVE_INFINITY,
  };
}

/** Throws the plain "needs a newer Excel" error when ExcelApi `version` is missing. */
export function requireExcelApi(host: OfficeHost, feature: OfficeFeature, version: string): void {
  if (!host.isSetSupported("ExcelApi", version)) {
    throw new ExcelAddinError("needs-newer-excel", "NeedsNewerExcel", `ExcelApi ${version}`, {
      feature,
      set: "ExcelApi",
      version,
    });
  }
}

/** Excel.run with Office errors turned into ExcelAddinError (code kept). */
export async function runExcel<T>(
  host: OfficeHost,
  batch: (context: Excel.RequestContext) => Promise<T>,
  context?: Excel.RequestContext,
): Promise<T> {
  try {
    return await (context ? host.runIn(context, batch) : host.run(batch));
  } catch (e) {
    throw asExcelAddinError(e);
  }
}
