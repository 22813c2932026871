import { Body1, Body1Strong, Button, Field, mergeClasses, ProgressBar } from "@fluentui/react-components";
import { ArrowClockwiseRegular, ArrowDownloadRegular } from "@fluentui/react-icons";
import type { WorkbookPort } from "../../workbook/port";
import { FilePicker } from "../FilePicker";
import { useUi } from "../language";
import { useLayoutStyles } from "../layout";
import { useSession } from "../session";
import type { ReadState } from "./check-state";
import { useCheckStyles } from "./check-styles";
import type { PaneCheckOutcome } from "./run-check";

/** The file checked and another to pick (file mode), "Check again", and the report to download once checked. */
export function CheckToolbar(props: {
  port: WorkbookPort;
  fileName: string;
  busy: boolean;
  onRecheck: () => void;
  /** Downloads the JSON report; absent until there is one. */
  onExport: (() => void) | null;
}) {
  const styles = useCheckStyles();
  const layout = useLayoutStyles();
  const { t } = useUi();
  const session = useSession();
  return (
    <div className={mergeClasses(layout.buttonRow, styles.bar)}>
      {props.port.kind === "file" && (
        <>
          <Body1Strong className={styles.file}>{t.fileOpen(props.fileName)}</Body1Strong>
          <FilePicker label={t.pickOther} onPick={(file) => void session.openFile(file)} disabled={props.busy} />
        </>
      )}
      <Button icon={<ArrowClockwiseRegular />} disabled={props.busy} onClick={props.onRecheck}>
        {t.recheck}
      </Button>
      {props.onExport && (
        <Button icon={<ArrowDownloadRegular />} onClick={props.onExport}>
          {t.exportJson}
        </Button>
      )}
    </div>
  );
}

/** Announced as it changes: how far the read has come, then what the check found. */
export function CheckStatus({ state, result }: { state: ReadState; result: PaneCheckOutcome | null }) {
  const styles = useCheckStyles();
  const { t } = useUi();
  const { summary } = result?.report ?? {};
  return (
    <div aria-live="polite" role="status">
      {state.step === "reading" && (
        <Field validationMessage={state.progress ? t.readProgress(state.progress) : t.checking} validationState="none">
          <ProgressBar
            aria-label={t.checking}
            value={state.progress && state.progress.total > 0 ? state.progress.done / state.progress.total : undefined}
          />
        </Field>
      )}
      {summary && (
        <Body1 className={styles.file}>{t.resultAnnounce(summary.lines, summary.errors, summary.warnings)}</Body1>
      )}
    </div>
  );
}
