/**
 * The Plan view's work, apart from its looks: an allocation list's bytes ->
 * a plan template, then either new sheets of the open workbook (Excel, via
 * the WorkbookPort) or an .xlsx to download (file mode). The view imports
 * this module on first use (it brings the engine and ExcelJS), so none of
 * it weighs on the pane's first chunk.
 */

import type { Granularity, MoneyUnit } from "../../engine/report-types";
import type { AddinMetadata } from "../../engine/metadata";
import type { Notation } from "../../engine/money";
import { QUANG_NAM_2024, type Profile } from "../../engine/profile";
import {
  AllocationError,
  type AllocationList,
  allocationFromGrids,
  allocationFromTyped,
  planTemplate,
  templateMetadata,
  type TypedLine,
  type TypedProblem,
} from "../../engine/template";
import type { PlanTemplate } from "../../engine/template/plan-template";
import type { Lang } from "../../engine/text/format";
import { allocationErrorText } from "../../i18n/template";

export { typedProblemText } from "../../i18n/template";
import { csvToGrid } from "../../workbook/file/read-csv";
import { WorkbookReadError } from "../../workbook/file/read-error";
import { readXlsx } from "../../workbook/file/read-xlsx";
import { writeSheetSpecs } from "../../workbook/file/write-xlsx";
import type { WorkbookPort } from "../../workbook/port";

export interface GeneratedPlan {
  template: PlanTemplate;
  items: number;
  metadata: AddinMetadata;
}

export interface AllocationFile {
  name: string;
  bytes: Uint8Array;
}

export interface PlanChoices {
  granularity: Granularity;
  profile: Profile;
  unitName?: string;
}

/** The plan of an allocation list, whether read from a file or typed in. */
function planOf(allocation: AllocationList, { granularity, profile, unitName }: PlanChoices): GeneratedPlan {
  const template = planTemplate(allocation, { granularity, profile, unitName: unitName?.trim() || undefined });
  return { template, items: allocation.items.length, metadata: templateMetadata(profile, granularity) };
}

/** The plan of an allocation list file (.xlsx or .csv); throws AllocationError or WorkbookReadError. */
export async function generatePlan(
  file: AllocationFile,
  granularity: Granularity,
  unitName?: string,
  profile: Profile = QUANG_NAM_2024,
): Promise<GeneratedPlan> {
  const grids = /\.csv$/i.test(file.name)
    ? [csvToGrid(file.bytes, file.name.replace(/\.csv$/i, ""))]
    : await readXlsx(file.bytes, file.name);
  return planOf(allocationFromGrids(grids, profile.year), { granularity, profile, unitName });
}

/** The plan of a typed allocation list, or what is wrong in it, field by field. */
export function typedPlan(
  lines: readonly TypedLine[],
  typed: { unit: MoneyUnit; notation: Notation },
  choices: PlanChoices,
): { plan: GeneratedPlan | null; problems: TypedProblem[] } {
  const sources = choices.profile.sources.map((s) => s.id);
  const result = allocationFromTyped(lines, { ...typed, sources });
  if (result.allocation === null) return { plan: null, problems: result.problems };
  return { plan: planOf(result.allocation, choices), problems: [] };
}

/** Inside Excel: the plan as a new sheet (never over an existing one) and its profile kept in the workbook. */
export async function addToWorkbook(port: WorkbookPort, plan: GeneratedPlan): Promise<string> {
  const [name] = await port.addSheets([plan.template.spec]);
  const existing = await port.loadMetadata();
  await port.saveMetadata({ ...existing, ...plan.metadata });
  return name;
}

/** File mode: the plan as a new .xlsx file's bytes. */
export function planXlsx(plan: GeneratedPlan): Promise<Uint8Array> {
  return writeSheetSpecs([plan.template.spec], { metadata: plan.metadata });
}

/** Why an allocation list could not be made into a plan, in the user's language. */
export function planFailureText(error: unknown, lang: Lang): string {
  if (error instanceof AllocationError) return allocationErrorText(error, lang);
  if (error instanceof WorkbookReadError) return error.reason(lang);
  return error instanceof Error ? error.message : String(error);
}
