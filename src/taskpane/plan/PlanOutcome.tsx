import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { PlanStrings } from "../../i18n/ui-plan";
import type { PlanState } from "./plan-generation";
import { usePlanStyles } from "./plan-styles";

/** Where the plan being made stands: a spinner, what went wrong, or the plan made (and its download). */
export function PlanOutcome({ state, t }: { state: PlanState; t: PlanStrings }) {
  const styles = usePlanStyles();
  return (
    <>
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
    </>
  );
}
