import {
  Body1,
  Body1Strong,
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Field,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, ArrowDownloadRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { ReadProgress, WorkbookPort } from "../../workbook/port";
import type { ViewProps } from "../view-props";
import { download } from "../download";
import { DayField } from "../DayField";
import { ExcelIntro } from "../ExcelIntro";
import { pastProfileYear } from "../../engine/day-text";
import { FilePicker } from "../FilePicker";
import { useUi } from "../language";
import { useLayoutStyles } from "../layout";
import { useSession } from "../session";
import { failureText } from "./failure";
import { FindingsPanel } from "./FindingsPanel";
import { Highlights } from "./Highlights";
import { MappingOffers } from "./MappingOffers";
import type { Checker, PaneCheckOutcome } from "./run-check";
import { SourceSummary } from "./SourceSummary";
import { StatusSummary } from "./StatusSummary";
import { TablesFound } from "./TablesFound";
import { CommitmentSection, LeadersSection } from "./Accountability";

const useStyles = makeStyles({
  bar: {
    alignItems: "center",
  },
  file: {
    overflowWrap: "anywhere",
  },
});

const loadEngine = () => import(/* webpackChunkName: "engine" */ "./run-check");

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

type ReadState =
  | { step: "reading"; progress: ReadProgress | null }
  | { step: "failed"; error: unknown }
  | { step: "ready"; checker: Checker; engine: Awaited<ReturnType<typeof loadEngine>> };

function WorkbookCheck({ port }: { port: WorkbookPort }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { lang, t } = useUi();
  const session = useSession();
  const [state, setState] = useState<ReadState>({ step: "reading", progress: null });
  const [run, setRun] = useState(0);
  const [watchError, setWatchError] = useState<unknown>(null);
  const fileName = port.name ?? "workbook.xlsx";
  // The state as last set, for edits that arrive while a re-read runs.
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    let live = true;
    setState({ step: "reading", progress: null });
    void (async () => {
      try {
        const engine = await loadEngine();
        const checker = await engine.readForCheck(port, fileName, (progress) => {
          if (live) setState({ step: "reading", progress });
        });
        if (live) setState({ step: "ready", checker, engine });
      } catch (error) {
        if (live) setState({ step: "failed", error });
      }
    })();
    return () => {
      live = false;
    };
  }, [port, fileName, run, session.metadataVersion]);

  // Live checking (Excel): once the user pauses, each edited sheet is read again (one at a time) and the workbook
  // checked again; while a whole read runs or after one failed, an edit starts a whole read.
  useEffect(() => {
    if (!port.watchEdits) return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    let queue = Promise.resolve();
    const reread = async (sheet: string) => {
      const before = current.current;
      if (before.step !== "ready") return setRun((n) => n + 1);
      let next: ReadState;
      try {
        next = { ...before, checker: await before.checker.reread([sheet]) };
      } catch (error) {
        next = { step: "failed", error };
      }
      // A whole read begun meanwhile began after this edit: it supersedes this result.
      if (!live || current.current !== before) return;
      current.current = next;
      setState(next);
    };
    setWatchError(null);
    port
      .watchEdits((sheet) => (queue = queue.then(() => reread(sheet))))
      .then(
        (s) => {
          if (live) stop = s;
          else void s();
        },
        (error: unknown) => live && setWatchError(error),
      );
    return () => {
      live = false;
      void stop?.();
    };
  }, [port]);

  // Checked again from what was read when the language (messages) or the day changes.
  const outcome = useMemo((): { result: PaneCheckOutcome } | { error: unknown } | null => {
    if (state.step !== "ready") return null;
    try {
      return { result: state.checker.check(lang, session.asOf) };
    } catch (error) {
      return { error };
    }
  }, [state, lang, session.asOf]);

  const busy = state.step === "reading";
  const result = outcome && "result" in outcome ? outcome.result : null;

  return (
    <section className={layout.stackL} aria-busy={busy} aria-label={t.tabs.check}>
      <div className={mergeClasses(layout.buttonRow, styles.bar)}>
        {port.kind === "file" && (
          <>
            <Body1Strong className={styles.file}>{t.fileOpen(fileName)}</Body1Strong>
            <FilePicker label={t.pickOther} onPick={(file) => void session.openFile(file)} disabled={busy} />
          </>
        )}
        <Button icon={<ArrowClockwiseRegular />} disabled={busy} onClick={() => setRun((n) => n + 1)}>
          {t.recheck}
        </Button>
        {result && state.step === "ready" && (
          <Button
            icon={<ArrowDownloadRegular />}
            onClick={() =>
              download(`${fileName.replace(/\.xlsx$/i, "")}-report.json`, state.engine.reportJson(result.report))
            }
          >
            {t.exportJson}
          </Button>
        )}
      </div>
      <div aria-live="polite" role="status">
        {state.step === "reading" && (
          <Field
            validationMessage={state.progress ? t.readProgress(state.progress) : t.checking}
            validationState="none"
          >
            <ProgressBar
              aria-label={t.checking}
              value={
                state.progress && state.progress.total > 0 ? state.progress.done / state.progress.total : undefined
              }
            />
          </Field>
        )}
        {result && (
          <Body1 className={styles.file}>
            {t.resultAnnounce(
              result.report.summary.lines,
              result.report.summary.errors,
              result.report.summary.warnings,
            )}
          </Body1>
        )}
      </div>
      {watchError !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.liveCheckOff(failureText(watchError, lang))}</MessageBarBody>
        </MessageBar>
      )}
      {state.step === "failed" && (
        <Failure
          title={port.kind === "file" ? t.readFailed : t.checkFailed}
          detail={`${port.name ? `${port.name}: ` : ""}${failureText(state.error, lang)}`}
        />
      )}
      {outcome && "error" in outcome && (
        <Failure
          title={t.checkFailed}
          detail={`${port.name ? `${port.name}: ` : ""}${failureText(outcome.error, lang)}`}
        />
      )}
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

function CheckResult({
  port,
  result,
  engine,
}: {
  port: WorkbookPort;
  result: PaneCheckOutcome;
  engine: Awaited<ReturnType<typeof loadEngine>>;
}) {
  const { t } = useUi();
  const session = useSession();
  const { report } = result;
  const plan = useMemo(() => engine.highlightPlanWithLegend(report, report.lang), [engine, report]);
  const sourceName = (id: string) => result.profile.sources.find((s) => s.id === id)?.label[report.lang] ?? id;
  return (
    <>
      <Body1Strong as="p" block>
        {t.checked(report.file, report.asOf)}
      </Body1Strong>
      <DayField label={t.asOfLabel} hint={t.asOfHint} value={session.asOf} onChange={session.setAsOf} />
      {pastProfileYear(report.asOf, result.profile) && (
        <MessageBar intent="warning" data-testid="as-of-past-year">
          <MessageBarBody>{t.asOfPastYear(result.profile.year)}</MessageBarBody>
        </MessageBar>
      )}
      {result.metadataDamage && (
        <MessageBar intent="warning" data-testid="damaged-metadata">
          <MessageBarBody>{`${report.file}: ${t.damagedMetadata(result.metadataDamage.lost)}`}</MessageBarBody>
        </MessageBar>
      )}
      {result.profileError && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.profileNotUsed(result.profileError)}</MessageBarBody>
        </MessageBar>
      )}
      {report.tables.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noTables}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <StatusSummary summary={report.summary} />
          <SourceSummary report={report} sourceName={sourceName} profile={result.profile} />
          <LeadersSection report={report} profile={result.profile} engine={engine} />
          <CommitmentSection port={port} report={report} profile={result.profile} engine={engine} />
          <Highlights port={port} plan={plan} />
          <TablesFound tables={report.tables} />
          <MappingOffers port={port} tables={result.tables} sourceName={sourceName} />
          <FindingsPanel port={port} report={report} />
        </>
      )}
    </>
  );
}
