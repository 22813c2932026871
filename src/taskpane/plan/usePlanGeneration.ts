import { useEffect, useState } from "react";
import type { MoneyUnit } from "../../engine/report-types";
import type { Lang } from "../../engine/text/format";
import { PLAN_STRINGS } from "../../i18n/ui-plan";
import { useWorkbookProfile } from "../useWorkbookProfile";
import { type EditRow, type RowErrors, addRow } from "./typed-rows";
import { loadPlanCode, type PlanRequest, planFromFile, planFromTyped, type PlanState } from "./plan-generation";

/**
 * The Plan view's state: the profile (the workbook's own in Excel, naming
 * the sources a typed line may take), the typed lines and their errors, and
 * where the plan being made stands.
 */
export function usePlanGeneration(port: PlanRequest["port"], lang: Lang) {
  const t = PLAN_STRINGS[lang];
  const [state, setState] = useState<PlanState>({ step: "idle" });
  const profile = useWorkbookProfile(port, lang, (message) => setState({ step: "failed", fileName: null, message }));
  const [rows, setRows] = useState<EditRow[]>([]);
  const [errors, setErrors] = useState<RowErrors>(new Map());

  // A download link holds its file until the next one replaces it.
  useEffect(() => () => (state.step === "ready" ? URL.revokeObjectURL(state.url) : undefined), [state]);

  // A first line to type into, of the profile's first source, once the profile is known.
  useEffect(() => {
    if (profile) setRows((r) => (r.length > 0 ? r : addRow([], 1, profile.profile.sources[0].id)));
  }, [profile]);

  type Choices = Omit<PlanRequest, "profile" | "port">;

  const fromFile = async (file: File, choices: Choices) => {
    if (!profile) return;
    setState({ step: "working", fileName: file.name });
    setState(await planFromFile(loadPlanCode, file, { ...choices, profile: profile.profile, port }));
  };

  /** Resolves true when some typed field is to be corrected (the view then takes the user to the first). */
  const fromTyped = async (unit: MoneyUnit, choices: Choices): Promise<boolean> => {
    if (!profile) return false;
    setState({ step: "working", fileName: "" });
    const request = { ...choices, profile: profile.profile, port, fixFields: t.fixFields };
    const outcome = await planFromTyped(loadPlanCode, { rows, unit }, request);
    if (outcome.errors) setErrors(outcome.errors);
    setState(outcome.state);
    return outcome.errors !== undefined && outcome.errors.size > 0;
  };

  return { state, profile, rows, setRows, errors, setErrors, fromFile, fromTyped };
}
