/**
 * What the Plan view does when asked for a plan, as plain functions of what
 * they are given: the plan code's loader (a chunk fetched on first use), the
 * allocation list, the choices. Each ends in the state the view shows next,
 * never in a rejection, so a chunk that fails to load is an error message,
 * not a spinner turning forever.
 */

import type { Granularity, MoneyUnit } from "../../engine/report-types";
import type { Profile } from "../../engine/profile";
import type { TypedProblem } from "../../engine/template";
import type { Lang } from "../../engine/text/format";
import type { WorkbookPort } from "../../workbook/port";
import { failureText } from "../check/failure";
import { XLSX_MIME } from "../file-types";
import type { GeneratedPlan } from "./generate-plan";
import type { EditRow, RowErrors } from "./typed-rows";

export type PlanCode = typeof import("./generate-plan");
export type LoadPlanCode = () => Promise<PlanCode>;

/** The plan code, in its own chunk: it brings the engine and ExcelJS. */
export const loadPlanCode: LoadPlanCode = () => import(/* webpackChunkName: "plan" */ "./generate-plan");

export type PlanState =
  | { step: "idle" }
  | { step: "working"; fileName: string }
  | { step: "failed"; fileName: string | null; message: string }
  | { step: "added"; sheet: string; rows: number; items: number }
  | { step: "ready"; url: string; download: string; rows: number; items: number };

export interface PlanRequest {
  granularity: Granularity;
  unitName: string;
  profile: Profile;
  lang: Lang;
  /** Inside Excel, the open workbook; without it the plan is offered as a file. */
  port?: WorkbookPort;
}

/** The plan into a new sheet of the open workbook, or as an .xlsx behind an object URL. */
async function deliver(code: PlanCode, plan: GeneratedPlan, baseName: string, port?: WorkbookPort): Promise<PlanState> {
  const counts = { rows: plan.template.lines.length, items: plan.items };
  if (port) return { step: "added", sheet: await code.addToWorkbook(port, plan), ...counts };
  const bytes = await code.planXlsx(plan);
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }));
  return { step: "ready", url, download: `ke-hoach-giai-ngan-${baseName}.xlsx`, ...counts };
}

/** Why it failed: in the plan code's words once it is loaded, else as any failure of the pane. */
function failedText(code: PlanCode | null, error: unknown, lang: Lang): string {
  return code ? code.planFailureText(error, lang) : failureText(error, lang);
}

/** A plan from an allocation list file (.xlsx or .csv). */
export async function planFromFile(
  load: LoadPlanCode,
  file: Pick<File, "name" | "arrayBuffer">,
  request: PlanRequest,
): Promise<PlanState> {
  let code: PlanCode | null = null;
  try {
    // Loaded inside the try: a chunk that fails to load is one more failure to show.
    code = await load();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const plan = await code.generatePlan(
      { name: file.name, bytes },
      request.granularity,
      request.unitName,
      request.profile,
    );
    return await deliver(code, plan, file.name.replace(/\.(xlsx|csv)$/i, ""), request.port);
  } catch (error) {
    return { step: "failed", fileName: file.name, message: failedText(code, error, request.lang) };
  }
}

/** The typed lines' problems, per row and field; those of no one field (or line) are left in `whole`. */
function rowErrors(code: PlanCode, problems: TypedProblem[], rows: readonly EditRow[], lang: Lang) {
  const byRow: RowErrors = new Map();
  const whole: string[] = [];
  for (const p of problems) {
    const text = code.typedProblemText(p, lang);
    if (p.line === null || p.field === null) {
      whole.push(text);
      continue;
    }
    const id = rows[p.line].id;
    byRow.set(id, { [p.field]: text, ...byRow.get(id) });
  }
  return { byRow, whole };
}

/**
 * A plan from lines typed in; when some are wrong, the messages per field
 * (`errors`, left out when the lines were not judged) and a failure whose message is built by `fixFields` from the
 * count of fields to correct.
 */
export async function planFromTyped(
  load: LoadPlanCode,
  typed: { rows: readonly EditRow[]; unit: MoneyUnit },
  request: PlanRequest & { fixFields: (count: number) => string },
): Promise<{ state: PlanState; errors?: RowErrors }> {
  let code: PlanCode | null = null;
  try {
    code = await load();
    const choices = { granularity: request.granularity, profile: request.profile, unitName: request.unitName };
    const { plan, problems } = code.typedPlan(typed.rows, { unit: typed.unit, notation: request.lang }, choices);
    if (plan)
      return { state: await deliver(code, plan, String(request.profile.year), request.port), errors: new Map() };
    const { byRow, whole } = rowErrors(code, problems, typed.rows, request.lang);
    const fields = problems.length - whole.length;
    const message = [...whole, ...(fields ? [request.fixFields(fields)] : [])].join(" ");
    return { state: { step: "failed", fileName: null, message }, errors: byRow };
  } catch (error) {
    return { state: { step: "failed", fileName: null, message: failedText(code, error, request.lang) } };
  }
}
