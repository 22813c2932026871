import { Body1, Field, Input, mergeClasses, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Granularity, MoneyUnit } from "../../engine/report-types";
import type { Lang } from "../../engine/text/format";
import { PLAN_STRINGS, type PlanStrings } from "../../i18n/ui-plan";
import type { WorkbookPort } from "../../workbook/port";
import { FilePicker } from "../FilePicker";
import { ALLOCATION_TYPES } from "../file-types";
import { ProfileNote } from "./ProfileNote";
import { useLayoutStyles } from "../layout";
import { PlanOutcome } from "./PlanOutcome";
import { usePlanStyles } from "./plan-styles";
import { TypedAllocation } from "./TypedAllocation";
import type { PlanRequest } from "./plan-generation";
import { usePlanGeneration } from "./usePlanGeneration";

const GRANULARITIES: Granularity[] = ["month", "quarter", "month+quarter"];

/** How the plan is cut in time, and the name of the unit making it. */
function PlanChoices(props: {
  t: PlanStrings;
  granularity: Granularity;
  onGranularity: (g: Granularity) => void;
  unitName: string;
  onUnitName: (name: string) => void;
}) {
  const { t } = props;
  const styles = usePlanStyles();
  return (
    <>
      <Field label={t.granularityLabel}>
        <RadioGroup
          layout="horizontal"
          value={props.granularity}
          onChange={(_, d) => props.onGranularity(d.value as Granularity)}
        >
          {GRANULARITIES.map((g) => (
            <Radio key={g} value={g} label={t.granularity[g]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.unitNameLabel} className={styles.full}>
        <Input
          value={props.unitName}
          placeholder={t.unitNamePlaceholder}
          onChange={(_, d) => props.onUnitName(d.value)}
        />
      </Field>
    </>
  );
}

/**
 * Plan: an allocation list made into a ready plan template. Inside Excel
 * (`port` given) the plan goes into a new sheet of the open workbook; in a
 * plain browser it is offered as an .xlsx to download.
 */
export function PlanView({ lang, port }: { lang: Lang; port?: WorkbookPort }) {
  const styles = usePlanStyles();
  const layout = useLayoutStyles();
  const section = mergeClasses(layout.stackM, layout.startAligned);
  const t = PLAN_STRINGS[lang];
  const [granularity, setGranularity] = useState<Granularity>("month+quarter");
  const [unitName, setUnitName] = useState("");
  const plan = usePlanGeneration(port, lang);

  return (
    <section className={section} aria-label={t.title}>
      <Subtitle2 as="h2">{t.title}</Subtitle2>
      <Body1>{t.intro}</Body1>
      <PlanChoices
        t={t}
        granularity={granularity}
        onGranularity={setGranularity}
        unitName={unitName}
        onUnitName={setUnitName}
      />
      <ProfileNote profile={plan.profile} lang={lang} className={styles.full} />
      <AllocationInput
        t={t}
        plan={plan}
        choices={{ granularity, unitName, lang }}
        typedClassName={mergeClasses(section, styles.full)}
      />
      <PlanOutcome state={plan.state} t={t} />
    </section>
  );
}

/** Where the allocation list comes from: a file to pick, or lines typed in the pane. */
function AllocationInput(props: {
  t: PlanStrings;
  plan: ReturnType<typeof usePlanGeneration>;
  choices: Omit<PlanRequest, "profile" | "port">;
  typedClassName: string;
}) {
  const { t, plan, choices } = props;
  const { state, profile } = plan;
  const [input, setInput] = useState<"file" | "typed">("file");
  const [unit, setUnit] = useState<MoneyUnit>("million-vnd");
  const typedList = useRef<HTMLDivElement>(null);

  const fromTyped = async () => {
    // Take the user to the first field to correct once the messages are shown.
    if (await plan.fromTyped(unit, choices))
      setTimeout(() => typedList.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
  };

  return (
    <>
      <Field label={t.inputLabel}>
        <RadioGroup layout="horizontal" value={input} onChange={(_, d) => setInput(d.value as "file" | "typed")}>
          <Radio value="file" label={t.input.file} />
          <Radio value="typed" label={t.input.typed} />
        </RadioGroup>
      </Field>
      {input === "file" ? (
        <FilePicker
          label={t.pickAllocation}
          appearance="primary"
          disabled={state.step === "working" || profile === null}
          accept={ALLOCATION_TYPES}
          testId="allocation-file"
          onPick={(file) => void plan.fromFile(file, choices)}
        />
      ) : (
        profile && (
          <TypedAllocation
            ref={typedList}
            t={t}
            lang={choices.lang}
            className={props.typedClassName}
            profile={profile}
            plan={plan}
            unit={unit}
            onUnit={setUnit}
            onGenerate={() => void fromTyped()}
          />
        )
      )}
    </>
  );
}
