import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useContext, useEffect, useRef, useState } from "react";
import type { Submission } from "../../engine/consolidate/types";
import type { TreasuryFigures } from "../../engine/consolidate/treasury";
import { formatNumber, type Lang } from "../../engine/text/format";
import { CONSOLIDATE_UI } from "../../i18n/ui-consolidate";
import type { WorkbookPort } from "../../workbook/port";
import { failureText } from "../check/failure";
import { SessionContext, todayIso } from "../session";
import type { PlanProfile } from "../plan/plan-profile";
import { DayField } from "../DayField";
import { ProfileNote } from "../plan/ProfileNote";
import {
  type Consolidation,
  readSubmission,
  readSubmissions,
  readTreasury,
  runConsolidation,
  workbookBytes,
} from "./consolidate-files";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** One picked file: waiting, being read, or read (accepted or rejected by the reader). */
interface Entry {
  file: File;
  submission: Submission | null;
  reading: boolean;
}

type Outcome =
  | { step: "none" }
  | { step: "running" }
  | { step: "failed"; message: string }
  | { step: "done"; result: Consolidation; download: string | null; sheets: string[] };

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  file: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  rejected: { color: tokens.colorPaletteRedForeground1 },
  // Label and value on one line while both fit; when the pane is narrow the value goes under its label.
  figures: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
  figure: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
  },
  label: { flex: "1 1 12em", margin: 0 },
  value: { marginLeft: "auto", textAlign: "right", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

/** A hidden file input opened by a button. */
function PickButton(props: {
  label: string;
  multiple: boolean;
  disabled: boolean;
  onPick: (files: File[]) => void;
  testId: string;
  primary?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        appearance={props.primary ? "primary" : "secondary"}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={XLSX_TYPES}
        multiple={props.multiple}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid={props.testId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          if (files.length > 0) props.onPick(files);
        }}
      />
    </>
  );
}

/**
 * Consolidate: pick many submissions, watch each being read, confirm each
 * file's unit, run; then download the consolidated workbook (file mode) or
 * find its sheets added to the open workbook (in Excel, through the port).
 */
export default function ConsolidateView({ lang, port }: { lang: Lang; port?: WorkbookPort }) {
  const styles = useStyles();
  const t = CONSOLIDATE_UI[lang];
  const [asOf, setAsOf] = useState(todayIso);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [units, setUnits] = useState<Map<string, string>>(new Map());
  const [expected, setExpected] = useState("");
  const [treasuryFile, setTreasuryFile] = useState<File | null>(null);
  // Last month's submissions of the same units: read at run time, only to list plan slippage.
  const [previousFiles, setPreviousFiles] = useState<File[]>([]);
  // The briefing as a document: who issues it, where, and in which unit of money.
  const [issuer, setIssuer] = useState("");
  const [place, setPlace] = useState("");
  const [scale, setScale] = useState<"million" | "billion">("million");
  const [outcome, setOutcome] = useState<Outcome>({ step: "none" });
  // The profile Settings saved in the workbook (Excel, or the file picked in file mode), else the built-in one;
  // loaded again when Settings changes it. The standalone page has no session and uses the built-in one.
  const session = useContext(SessionContext);
  const profileFrom = session?.port ?? port;
  const [profile, setProfile] = useState<PlanProfile | null>(null);
  useEffect(() => {
    let live = true;
    // The profile code (schema check included) is the Plan view's chunk, loaded once for both views.
    import(/* webpackChunkName: "plan-profile" */ "../plan/plan-profile")
      .then(({ planProfile }) => planProfile(profileFrom))
      .then(
        (p) => live && setProfile(p),
        (error: unknown) => live && setOutcome({ step: "failed", message: failureText(error, lang) }),
      );
    return () => {
      live = false;
    };
  }, [profileFrom, session?.metadataVersion, lang]);
  // Reports are made at one as-of day and in one language: picking again after a change rereads them.
  const readWith = useRef({ asOf, lang, profile });
  const generation = useRef(0);

  useEffect(
    () => () => {
      if (outcome.step === "done" && outcome.download) URL.revokeObjectURL(outcome.download);
    },
    [outcome],
  );

  const settings = () => ({ asOf, lang, profile: profile!.profile });

  /** Reads the entries in turn; null when a newer pick or a reset took over meanwhile. */
  const readAll = async (list: Entry[]): Promise<Submission[] | null> => {
    const id = ++generation.current;
    readWith.current = { asOf, lang, profile };
    const out: Submission[] = [];
    for (let i = 0; i < list.length; i++) {
      if (id !== generation.current) return null;
      setEntries((prev) => prev.map((e, k) => (k === i ? { ...e, reading: true } : e)));
      let submission: Submission | null = null;
      try {
        submission = await readSubmission(list[i].file, settings());
        out.push(submission);
      } finally {
        // Whatever happened, the entry is no longer being read: a stuck entry would keep the pane busy.
        if (id === generation.current)
          setEntries((prev) => prev.map((e, k) => (k === i ? { ...e, reading: false, submission } : e)));
      }
    }
    return out;
  };

  const pick = (files: File[]) => {
    const known = new Set(entries.map((e) => e.file.name));
    const next = [
      ...entries.map((e) => ({ ...e, submission: null })),
      ...files.filter((f) => !known.has(f.name)).map((file) => ({ file, submission: null, reading: false })),
    ];
    setEntries(next);
    setOutcome({ step: "none" });
    readAll(next).catch((error: unknown) => setOutcome({ step: "failed", message: failureText(error, lang) }));
  };

  const run = async () => {
    setOutcome({ step: "running" });
    try {
      const stale =
        readWith.current.asOf !== asOf || readWith.current.lang !== lang || readWith.current.profile !== profile;
      const subs =
        stale || entries.some((e) => !e.submission) ? await readAll(entries) : entries.map((e) => e.submission!);
      if (!subs) return setOutcome({ step: "none" });
      const treasury: TreasuryFigures | null = treasuryFile ? await readTreasury(treasuryFile, settings()) : null;
      const previous = await readSubmissions(previousFiles, settings());
      const result = await runConsolidation(subs, units, {
        ...settings(),
        expected,
        treasury,
        previous,
        briefing: { issuer, place, scale },
      });
      if (port) {
        const sheets = await port.addSheets(result.sheets);
        setOutcome({ step: "done", result, download: null, sheets });
      } else {
        const bytes = await workbookBytes(result.sheets);
        const blob = new Blob([bytes as BlobPart], {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        });
        setOutcome({ step: "done", result, download: URL.createObjectURL(blob), sheets: [] });
      }
    } catch (error) {
      setOutcome({ step: "failed", message: failureText(error, lang) });
    }
  };

  const reset = () => {
    generation.current++;
    setEntries([]);
    setUnits(new Map());
    setOutcome({ step: "none" });
  };

  const done = entries.filter((e) => e.submission).length;
  const busy = !profile || entries.some((e) => e.reading) || outcome.step === "running";
  // A file read well may still be left out once consolidated (its unit is not on the expected list).
  const judged = outcome.step === "done" ? outcome.result.report.files : [];
  const leftOut = (e: Entry) => judged.find((f) => f.file === e.file.name && f.rejectedAs === "not-expected");
  const isRejected = (e: Entry): boolean => !!e.submission && (!e.submission.report || !!leftOut(e));
  const statusOf = (e: Entry): string =>
    e.reading
      ? t.readingFile
      : !e.submission
        ? t.waiting
        : isRejected(e)
          ? t.rejected((leftOut(e)?.reason ?? e.submission.reason) || "")
          : t.readOk(e.submission.report!.summary.lines);

  return (
    <section className={styles.section} aria-label={t.title} aria-busy={busy}>
      <Subtitle2 as="h2">{t.title}</Subtitle2>
      <Body1 as="p" block>
        {t.intro}
      </Body1>
      <ProfileNote profile={profile} lang={lang} />
      <DayField label={t.asOfLabel} value={asOf} onChange={setAsOf} />
      <div className={styles.row}>
        <PickButton label={t.pickFiles} multiple primary disabled={busy} onPick={pick} testId="consolidate-files" />
        {entries.length > 0 && (
          <Button appearance="subtle" disabled={busy} onClick={reset}>
            {t.clear}
          </Button>
        )}
      </div>
      {entries.length > 0 && (
        <>
          <ProgressBar value={done / entries.length} aria-label={t.progress(done, entries.length)} />
          <Body1 aria-live="polite" data-testid="consolidate-progress">
            {t.progress(done, entries.length)}
          </Body1>
          <ul className={styles.list} aria-label={t.filesHeading}>
            {entries.map((e) => (
              <li key={e.file.name} className={styles.item} data-testid="consolidate-file">
                <span className={styles.file}>{e.file.name}</span>
                <span className={isRejected(e) ? styles.rejected : undefined} data-testid="consolidate-status">
                  {statusOf(e)}
                </span>
                {e.submission?.report && (
                  <Input
                    aria-label={t.unitInput(e.file.name)}
                    value={units.get(e.file.name) ?? e.submission.unit ?? ""}
                    onChange={(_, d) => setUnits((prev) => new Map(prev).set(e.file.name, d.value))}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <Field label={t.issuerLabel}>
        <Input value={issuer} placeholder={t.issuerDefault} onChange={(_, d) => setIssuer(d.value)} />
      </Field>
      <Field label={t.placeLabel}>
        <Input value={place} onChange={(_, d) => setPlace(d.value)} />
      </Field>
      <Field label={t.scaleLabel}>
        <Select value={scale} onChange={(_, d) => setScale(d.value === "billion" ? "billion" : "million")}>
          <option value="million">{t.scales.million}</option>
          <option value="billion">{t.scales.billion}</option>
        </Select>
      </Field>
      <Field label={t.expectedLabel}>
        <Textarea value={expected} resize="vertical" onChange={(_, d) => setExpected(d.value)} />
      </Field>
      <div className={styles.row}>
        <PickButton
          label={t.pickTreasury}
          multiple={false}
          disabled={busy}
          onPick={([f]) => setTreasuryFile(f)}
          testId="consolidate-treasury"
        />
        {treasuryFile && (
          <>
            <Body1>{t.treasuryChosen(treasuryFile.name)}</Body1>
            <Button appearance="subtle" onClick={() => setTreasuryFile(null)}>
              {t.clearTreasury}
            </Button>
          </>
        )}
      </div>
      <div className={styles.row}>
        <PickButton
          label={t.pickPrevious}
          multiple
          disabled={busy}
          onPick={setPreviousFiles}
          testId="consolidate-previous"
        />
        {previousFiles.length > 0 && (
          <>
            <Body1>{t.previousChosen(previousFiles.map((f) => f.name))}</Body1>
            <Button appearance="subtle" onClick={() => setPreviousFiles([])}>
              {t.clearPrevious}
            </Button>
          </>
        )}
      </div>
      <div>
        <Button appearance="primary" disabled={busy || done === 0} onClick={() => void run()}>
          {outcome.step === "running" ? t.running : t.run}
        </Button>
      </div>
      <div aria-live="polite">
        {outcome.step === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t.failed}</MessageBarTitle>
              {outcome.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome.step === "done" && <Result outcome={outcome} lang={lang} port={port} />}
      </div>
    </section>
  );
}

function Result({
  outcome,
  lang,
  port,
}: {
  outcome: Extract<Outcome, { step: "done" }>;
  lang: Lang;
  port?: WorkbookPort;
}) {
  const styles = useStyles();
  const t = CONSOLIDATE_UI[lang];
  const r = outcome.result.report;
  const count = (s: string) => r.files.filter((f) => f.status === s).length;
  const g = r.grandTotal;
  const figures: [string, string][] = [
    [t.accepted, formatNumber(count("accepted"), lang)],
    [t.duplicates, formatNumber(count("duplicate"), lang)],
    [t.rejectedCount, formatNumber(count("rejected"), lang)],
    [t.allocated, `${formatNumber(g.allocated, lang)} ${t.dong}`],
    [t.disbursed, `${formatNumber(g.actualToDate, lang)} ${t.dong}`],
    [t.rate, g.allocated > 0 ? `${formatNumber((100 * g.actualToDate) / g.allocated, lang, 1)}%` : "–"],
    [t.atRisk, formatNumber(r.atRisk.length, lang)],
  ];
  if (r.missingUnits) figures.push([t.missing, r.missingUnits.join(", ") || t.none]);
  if (r.unexpectedUnits?.length) figures.push([t.unexpected, r.unexpectedUnits.join(", ")]);
  if (r.reconciliation) figures.push([t.differences, formatNumber(r.reconciliation.length, lang)]);
  if (r.slippage) figures.push([t.slippage, formatNumber(r.slippage.length, lang)]);
  return (
    <div className={styles.section} data-testid="consolidate-result">
      <Subtitle2 as="h3">{t.resultHeading}</Subtitle2>
      <dl className={styles.figures}>
        {figures.map(([label, value]) => (
          <div key={label} className={styles.figure}>
            <dt className={styles.label}>{label}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      {outcome.download && (
        <div>
          <Button as="a" appearance="primary" href={outcome.download} download={t.downloadName}>
            {t.download}
          </Button>
        </div>
      )}
      {port && outcome.sheets.length > 0 && (
        <div className={styles.section}>
          <Body1>{t.sheetsAdded}</Body1>
          <div className={styles.row}>
            {outcome.sheets.map((name) => (
              <Button key={name} appearance="secondary" onClick={() => void port.selectCell(name, "A1")}>
                {t.goTo(name)}
              </Button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
