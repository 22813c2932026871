import { useEffect, useMemo, useState } from "react";
import { BUILT_IN_PROFILES } from "../../engine/profile";
import type { WorkbookPort } from "../../workbook/port";
import { useSession } from "../session";
import { checkForm, type FormProblem, formOf, type ProfileForm, storedForm, withProfile } from "./settings-view";

export type Saved = "idle" | "saved" | { error: unknown };

export type NumberField = "watchPercent" | "atRiskPercent" | "paceFactor";

/**
 * The profile form's state: the built-in profile or the edited one (opened on the profile the workbook
 * holds, when it holds one), the form as typed and checked, and its saving into the workbook.
 */
export function useProfileSettings(port: WorkbookPort | undefined) {
  const session = useSession();
  const base = BUILT_IN_PROFILES[0];
  const [edited, setEdited] = useState(false);
  const [form, setForm] = useState<ProfileForm>(() => formOf(base));
  const [saved, setSaved] = useState<Saved>("idle");

  useEffect(() => {
    if (!port) return;
    let live = true;
    void port.loadMetadata().then(
      (meta) => {
        const stored = storedForm(meta, BUILT_IN_PROFILES, base.id);
        if (!live || !stored) return;
        setEdited(true);
        setForm(stored);
      },
      (error: unknown) => live && setSaved({ error }),
    );
    return () => {
      live = false;
    };
  }, [port, base.id]);

  const checked = useMemo(() => (edited ? checkForm(form, BUILT_IN_PROFILES) : null), [edited, form]);
  const problems = checked && "problems" in checked ? checked.problems : [];
  const hasProblem = (field: FormProblem["field"]) => problems.some((p) => p.field === field);

  const save = async () => {
    if (!port || (checked && "problems" in checked)) return;
    try {
      await port.saveMetadata(withProfile(await port.loadMetadata(), checked));
      setSaved("saved");
      session.metadataChanged();
    } catch (error) {
      setSaved({ error });
    }
  };
  const change = (patch: Partial<ProfileForm>) => {
    setForm({ ...form, ...patch });
    setSaved("idle");
  };
  const choose = (choice: "built-in" | "edited") => {
    setEdited(choice === "edited");
    setSaved("idle");
  };
  return { base, edited, form, saved, problems, hasProblem, save, change, choose };
}
