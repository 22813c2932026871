import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Granularity, Unit } from "../../engine/report-types";
import { type Lang, unitName as unitWords } from "../../engine/text/format";
import { PLAN_STRINGS } from "../../i18n/ui-plan";
import type { WorkbookPort } from "../../workbook/port";
import { FilePicker } from "../FilePicker";
import { ProfileNote } from "./ProfileNote";
import { useLayoutStyles } from "../layout";
import { AllocationEditor, type RowErrors } from "./AllocationEditor";
import type { GeneratedPlan } from "./generate-plan";
import type { PlanProfile } from "./plan-profile";
import { addRow, type EditRow } from "./typed-rows";

const ALLOCATION_TYPES = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";
const GRANULARITIES: Granularity[] = ["month", "quarter", "month+quarter"];
const UNITS: Unit[] = ["million-vnd", "thousand-vnd", "vnd"];

type State =
  | { step: "idle" }
  | { step: "working"; fileName: string }
  | { step: "failed"; fileName: string | null; message: string }
  | { step: "added"; sheet: string; rows: number; items: number }
  | { step: "ready"; url: string; download: string; rows: number; items: number };

const useStyles = makeStyles({
  full: { alignSelf: "stretch" },
  choices: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
});

/**
 * Plan: an allocation list made into a ready plan template. Inside Excel
 * (`port` given) the plan goes into a new sheet of the open workbook; in a
 * plain browser it is offered as an .xlsx to download.
 */
export function PlanView({ lang, port }: { lang: Lang; port?: WorkbookPort }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const section = mergeClasses(layout.stackM, layout.startAligned);
  const t = PLAN_STRINGS[lang];
  const [granularity, setGranularity] = useState<Granularity>("month+quarter");
  const [unitName, setUnitName] = useState("");
  const [state, setState] = useState<State>({ step: "idle" });
  const [input, setInput] = useState<"file" | "typed">("file");
  const [profile, setProfile] = useState<PlanProfile | null>(null);
  const [rows, setRows] = useState<EditRow[]>([]);
  const [errors, setErrors] = useState<RowErrors>(new Map());
  const [unit, setUnit] = useState<Unit>("million-vnd");
  const typedList = useRef<HTMLDivElement>(null);

  // A download link holds its file until the next one replaces it.
  useEffect(() => () => (state.step === "ready" ? URL.revokeObjectURL(state.url) : undefined), [state]);

  // The profile (the workbook's own in Excel) names the sources a typed line may take.
  useEffect(() => {
    let live = true;
    import(/* webpackChunkName: "plan-profile" */ "./plan-profile")
      .then(({ planProfile }) => planProfile(port))
      .then((p) => {
        if (!live) return;
        setProfile(p);
        setRows((r) => (r.length > 0 ? r : addRow([], 1, p.profile.sources[0].id)));
      })
      .catch((e: unknown) => live && setState({ step: "failed", fileName: null, message: String(e) }));
    return () => {
      live = false;
    };
  }, [port]);

  const deliver = async (plan: GeneratedPlan, baseName: string) => {
    const { addToWorkbook, planXlsx } = await import(/* webpackChunkName: "plan" */ "./generate-plan");
    const counts = { rows: plan.template.lines.length, items: plan.items };
    if (port) {
      setState({ step: "added", sheet: await addToWorkbook(port, plan), ...counts });
      return;
    }
    const bytes = await planXlsx(plan);
    const url = URL.createObjectURL(
      new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      }),
    );
    setState({ step: "ready", url, download: `ke-hoach-giai-ngan-${baseName}.xlsx`, ...counts });
  };

  const fromFile = async (file: File) => {
    if (!profile) return;
    setState({ step: "working", fileName: file.name });
    const { generatePlan, planFailureText } = await import(/* webpackChunkName: "plan" */ "./generate-plan");
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const plan = await generatePlan({ name: file.name, bytes }, granularity, unitName, profile.profile);
      await deliver(plan, file.name.replace(/\.(xlsx|csv)$/i, ""));
    } catch (error) {
      setState({ step: "failed", fileName: file.name, message: planFailureText(error, lang) });
    }
  };

  const fromTyped = async () => {
    if (!profile) return;
    setState({ step: "working", fileName: "" });
    const { typedPlan, typedProblemText, planFailureText } = await import(
      /* webpackChunkName: "plan" */ "./generate-plan"
    );
    try {
      const choices = { granularity, profile: profile.profile, unitName };
      const { plan, problems } = typedPlan(rows, { unit, notation: lang }, choices);
      if (plan) {
        setErrors(new Map());
        await deliver(plan, String(profile.profile.year));
        return;
      }
      const next: RowErrors = new Map();
      const whole: string[] = [];
      for (const p of problems) {
        const text = typedProblemText(p, lang);
        if (p.line === null || p.field === null) {
          whole.push(text);
          continue;
        }
        const id = rows[p.line].id;
        next.set(id, { [p.field]: text, ...next.get(id) });
      }
      setErrors(next);
      const fields = problems.length - whole.length;
      setState({
        step: "failed",
        fileName: null,
        message: [...whole, ...(fields ? [t.fixFields(fields)] : [])].join(" "),
      });
      // Take the user to the first field to correct once the messages are shown.
      setTimeout(() => typedList.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
    } catch (error) {
      setState({ step: "failed", fileName: null, message: planFailureText(error, lang) });
    }
  };

  return (
    <section className={section} aria-label={t.title}>
      <Subtitle2 as="h2">{t.title}</Subtitle2>
      <Body1>{t.intro}</Body1>
      <Field label={t.granularityLabel}>
        <RadioGroup layout="horizontal" value={granularity} onChange={(_, d) => setGranularity(d.value as Granularity)}>
          {GRANULARITIES.map((g) => (
            <Radio key={g} value={g} label={t.granularity[g]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t.unitNameLabel} className={styles.full}>
        <Input value={unitName} placeholder={t.unitNamePlaceholder} onChange={(_, d) => setUnitName(d.value)} />
      </Field>
      <ProfileNote profile={profile} lang={lang} className={styles.full} />
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
          onPick={(file) => void fromFile(file)}
        />
      ) : (
        profile && (
          <div ref={typedList} className={mergeClasses(section, styles.full)}>
            <Caption1>{t.typedIntro}</Caption1>
            <Field label={t.amountUnitLabel} size="small">
              <Select size="small" value={unit} onChange={(_, d) => setUnit(d.value as Unit)}>
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {unitWords(u, lang)}
                  </option>
                ))}
              </Select>
            </Field>
            <AllocationEditor
              t={t}
              rows={rows}
              onRows={setRows}
              errors={errors}
              onErrors={setErrors}
              sources={profile.profile.sources.map((s) => ({ id: s.id, label: s.label[lang] }))}
              unitWords={unitWords(unit, lang)}
            />
            <Button appearance="primary" disabled={state.step === "working"} onClick={() => void fromTyped()}>
              {t.generate}
            </Button>
          </div>
        )
      )}
      {state.step === "working" && <Spinner size="small" label={`${t.generating} ${state.fileName}`} />}
      {state.step === "failed" && (
        <MessageBar intent="error" className={styles.full}>
          <MessageBarBody>
            <MessageBarTitle>{t.failed}</MessageBarTitle>
            {state.fileName && `${state.fileName}: `}
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {(state.step === "added" || state.step === "ready") && (
        <MessageBar intent="success" className={styles.full}>
          <MessageBarBody>
            {t.ready(state.rows, state.items)} {state.step === "added" && t.addedSheet(state.sheet)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.step === "ready" && (
        <Button as="a" href={state.url} download={state.download} appearance="primary">
          {t.download}
        </Button>
      )}
    </section>
  );
}
