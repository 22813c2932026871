import { Body1, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import type { WorkbookPort } from "../../workbook/port";
import type { ViewProps } from "../view-props";
import { download } from "../download";
import { ExcelIntro } from "../ExcelIntro";
import { FilePicker } from "../FilePicker";
import { useUi } from "../language";
import { useLayoutStyles } from "../layout";
import { useSession } from "../session";
import { CheckResult } from "./CheckResult";
import { CheckStatus, CheckToolbar } from "./CheckToolbar";
import { failureText } from "./failure";
import { useWorkbookCheck } from "./useWorkbookCheck";

/** Check: reads the workbook through its port, checks it, shows and highlights what was found. */
export function CheckView({ port }: ViewProps) {
  const { lang, t } = useUi();
  const layout = useLayoutStyles();
  const session = useSession();
  const intro = mergeClasses(layout.stackM, layout.startAligned);
  if (port) return <WorkbookCheck key={port.name ?? port.kind} port={port} />;
  if (session.mode === "excel") {
    return (
      <div className={intro}>
        <ExcelIntro />
        {session.portError === null ? (
          <Spinner size="tiny" label={t.connecting} />
        ) : (
          <Failure title={t.checkFailed} detail={failureText(session.portError, lang)} />
        )}
      </div>
    );
  }
  return (
    <div className={intro}>
      <Body1 as="p" block>
        {t.fileIntro}
      </Body1>
      <FilePicker label={t.pickFile} appearance="primary" onPick={(file) => void session.openFile(file)} />
    </div>
  );
}

function WorkbookCheck({ port }: { port: WorkbookPort }) {
  const layout = useLayoutStyles();
  const { lang, t } = useUi();
  const fileName = port.name ?? "workbook.xlsx";
  const { state, checked, result, watchError, recheck, busy } = useWorkbookCheck(port, fileName);
  const named = (error: unknown) => `${port.name ? `${port.name}: ` : ""}${failureText(error, lang)}`;
  const exportJson =
    result && state.step === "ready"
      ? () => download(`${fileName.replace(/\.xlsx$/i, "")}-report.json`, state.engine.reportJson(result.report))
      : null;
  return (
    <section className={layout.stackL} aria-busy={busy} aria-label={t.tabs.check}>
      <CheckToolbar port={port} fileName={fileName} busy={busy} onRecheck={recheck} onExport={exportJson} />
      <CheckStatus state={state} result={result} />
      {watchError !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.liveCheckOff(failureText(watchError, lang))}</MessageBarBody>
        </MessageBar>
      )}
      {state.step === "failed" && (
        <Failure title={port.kind === "file" ? t.readFailed : t.checkFailed} detail={named(state.error)} />
      )}
      {checked && "error" in checked && <Failure title={t.checkFailed} detail={named(checked.error)} />}
      {result && state.step === "ready" && <CheckResult port={port} result={result} engine={state.engine} />}
    </section>
  );
}

function Failure({ title, detail }: { title: string; detail: string }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {detail}
      </MessageBarBody>
    </MessageBar>
  );
}
