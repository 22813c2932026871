import {
  Body1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { CheckResult } from "./CheckResult";
import { failureText, type LoadedWorkbook, loadWorkbook, todayIso } from "./check-file";
import { FilePicker } from "./FilePicker";
import { useUi } from "./language";

type State =
  | { step: "idle" }
  | { step: "reading"; fileName: string; progress: { sheet: string; rows: number } | null }
  | { step: "failed"; fileName: string; error: unknown }
  | { step: "loaded"; workbook: LoadedWorkbook };

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalM,
  },
  full: {
    alignSelf: "stretch",
  },
});

/** File mode: pick an .xlsx, read it, check it and show what was found. */
export function FileCheck() {
  const styles = useStyles();
  const { lang, t } = useUi();
  const [state, setState] = useState<State>({ step: "idle" });
  // The day the plan is judged at: today by default, any day to look back or ahead.
  const [asOf, setAsOf] = useState(todayIso);
  // Only the latest pick may update the view.
  const latest = useRef(0);

  const pick = async (file: File) => {
    const id = ++latest.current;
    const update = (next: State) => {
      if (id === latest.current) setState(next);
    };
    update({ step: "reading", fileName: file.name, progress: null });
    try {
      const workbook = await loadWorkbook(file, (sheet, rows) =>
        update({ step: "reading", fileName: file.name, progress: { sheet, rows } }),
      );
      update({ step: "loaded", workbook });
    } catch (error) {
      update({ step: "failed", fileName: file.name, error });
    }
  };

  return (
    <section className={styles.section} aria-busy={state.step === "reading"}>
      <Body1 as="p" block>
        {t.fileIntro}
      </Body1>
      <FilePicker onPick={(file) => void pick(file)} disabled={state.step === "reading"} />
      <Field label={t.asOfLabel} hint={t.asOfHint}>
        <Input
          type="date"
          value={asOf}
          onChange={(_, data) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(data.value)) setAsOf(data.value);
          }}
        />
      </Field>
      <div className={styles.full} aria-live="polite">
        {state.step === "reading" && (
          <Spinner size="tiny" labelPosition="after" label={t.reading(state.fileName, state.progress)} />
        )}
        {state.step === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t.readFailed}</MessageBarTitle>
              {state.fileName}: {failureText(state.error, lang)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.step === "loaded" && (
        <div className={styles.full}>
          <CheckResult workbook={state.workbook} asOf={asOf} />
        </div>
      )}
    </section>
  );
}
