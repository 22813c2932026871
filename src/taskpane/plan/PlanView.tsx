import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Granularity } from "../../engine/report-types";
import type { Lang } from "../../i18n/format";
import { PLAN_STRINGS } from "../../i18n/ui-plan";
import type { WorkbookPort } from "../../workbook/port";

const ALLOCATION_TYPES = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";
const GRANULARITIES: Granularity[] = ["month", "quarter", "month+quarter"];

type State =
  | { step: "idle" }
  | { step: "working"; fileName: string }
  | { step: "failed"; fileName: string; message: string }
  | { step: "added"; sheet: string; rows: number; items: number }
  | { step: "ready"; url: string; download: string; rows: number; items: number };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalM },
  full: { alignSelf: "stretch" },
});

/**
 * Plan: an allocation list made into a ready plan template. Inside Excel
 * (`port` given) the plan goes into a new sheet of the open workbook; in a
 * plain browser it is offered as an .xlsx to download.
 */
export function PlanView({ lang, port }: { lang: Lang; port?: WorkbookPort }) {
  const styles = useStyles();
  const t = PLAN_STRINGS[lang];
  const [granularity, setGranularity] = useState<Granularity>("month+quarter");
  const [unitName, setUnitName] = useState("");
  const [state, setState] = useState<State>({ step: "idle" });
  const input = useRef<HTMLInputElement>(null);

  // A download link holds its file until the next one replaces it.
  useEffect(() => () => (state.step === "ready" ? URL.revokeObjectURL(state.url) : undefined), [state]);

  const make = async (file: File) => {
    setState({ step: "working", fileName: file.name });
    const { addToWorkbook, generatePlan, planFailureText, planXlsx } = await import(
      /* webpackChunkName: "plan" */ "./generate-plan"
    );
    try {
      const plan = await generatePlan(
        { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        granularity,
        unitName,
      );
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
      setState({
        step: "ready",
        url,
        download: `ke-hoach-giai-ngan-${file.name.replace(/\.(xlsx|csv)$/i, "")}.xlsx`,
        ...counts,
      });
    } catch (error) {
      setState({ step: "failed", fileName: file.name, message: planFailureText(error, lang) });
    }
  };

  return (
    <section className={styles.section} aria-label={t.title}>
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
      <Button appearance="primary" disabled={state.step === "working"} onClick={() => input.current?.click()}>
        {t.pickAllocation}
      </Button>
      <input
        ref={input}
        type="file"
        accept={ALLOCATION_TYPES}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="allocation-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void make(file);
        }}
      />
      {state.step === "working" && <Spinner size="small" label={`${t.generating} ${state.fileName}`} />}
      {state.step === "failed" && (
        <MessageBar intent="error" className={styles.full}>
          <MessageBarBody>
            <MessageBarTitle>{t.failed}</MessageBarTitle>
            {state.fileName}: {state.message}
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
