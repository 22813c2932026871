import { Button, Caption1, Field, Select } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { MoneyUnit } from "../../engine/report-types";
import { type Lang, moneyUnitName as unitWords } from "../../engine/text/format";
import type { PlanStrings } from "../../i18n/ui-plan";
import { AllocationEditor } from "./AllocationEditor";
import type { PlanProfile } from "./plan-profile";
import type { usePlanGeneration } from "./usePlanGeneration";

const UNITS: MoneyUnit[] = ["million-vnd", "thousand-vnd", "vnd"];

interface Props {
  t: PlanStrings;
  lang: Lang;
  className: string;
  profile: PlanProfile;
  plan: ReturnType<typeof usePlanGeneration>;
  unit: MoneyUnit;
  onUnit: (unit: MoneyUnit) => void;
  onGenerate: () => void;
}

/** The allocation list typed in: the unit of its amounts, its lines, and the button that makes the plan. */
export const TypedAllocation = forwardRef<HTMLDivElement, Props>(function TypedAllocation(
  { t, lang, className, profile, plan, unit, onUnit, onGenerate },
  ref,
) {
  return (
    <div ref={ref} className={className}>
      <Caption1>{t.typedIntro}</Caption1>
      <Field label={t.amountUnitLabel} size="small">
        <Select size="small" value={unit} onChange={(_, d) => onUnit(d.value as MoneyUnit)}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {unitWords(u, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <AllocationEditor
        t={t}
        rows={plan.rows}
        onRows={plan.setRows}
        errors={plan.errors}
        onErrors={plan.setErrors}
        sources={profile.profile.sources.map((s) => ({ id: s.id, label: s.label[lang] }))}
        unitWords={unitWords(unit, lang)}
      />
      <Button appearance="primary" disabled={plan.state.step === "working"} onClick={onGenerate}>
        {t.generate}
      </Button>
    </div>
  );
});
