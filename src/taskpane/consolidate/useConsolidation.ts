import { useContext, useEffect, useRef, useState } from "react";
import type { BriefingOptions } from "../../engine/consolidate/briefing";
import type { Submission } from "../../engine/consolidate/types";
import type { Lang } from "../../engine/text/format";
import type { WorkbookPort } from "../../workbook/port";
import { failureText } from "../check/failure";
import { XLSX_MIME } from "../file-types";
import type { PlanProfile } from "../plan/plan-profile";
import { SessionContext } from "../session";
import { useWorkbookProfile } from "../useWorkbookProfile";
import {
  type Consolidation,
  type ReadSettings,
  readSubmission,
  readSubmissions,
  readTreasury,
  runConsolidation,
  workbookBytes,
} from "./consolidate-files";

/** One picked file: waiting, being read, or read (accepted or rejected by the reader). */
export interface Entry {
  file: File;
  submission: Submission | null;
  reading: boolean;
}

export type Outcome =
  | { step: "none" }
  | { step: "running" }
  | { step: "failed"; message: string }
  | { step: "done"; result: Consolidation; download: string | null; sheets: string[] };

/** What the form adds to the submissions at run time. */
export interface RunInputs {
  expected: string;
  treasuryFile: File | null;
  /** Last month's submissions of the same units: read at run time, only to list plan slippage. */
  previousFiles: File[];
  briefing: Required<BriefingOptions>;
}

/** The consolidated sheets into the open workbook (Excel), else a workbook to download behind an object URL. */
async function deliver(result: Consolidation, port?: WorkbookPort): Promise<Outcome> {
  if (port) return { step: "done", result, download: null, sheets: await port.addSheets(result.sheets) };
  const bytes = await workbookBytes(result.sheets);
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME });
  return { step: "done", result, download: URL.createObjectURL(blob), sheets: [] };
}

/**
 * The picked files, read one after the other with the settings of the
 * moment; a newer reading (or `cancel`) aborts the one under way.
 */
function useSubmissionReading(now: { asOf: string; lang: Lang; profile: PlanProfile | null }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  // Reports are made at one as-of day and in one language: picking again after a change rereads them.
  const readWith = useRef(now);
  const reading = useRef<AbortController | null>(null);
  const mark = (i: number, change: Partial<Entry>) =>
    setEntries((prev) => prev.map((e, k) => (k === i ? { ...e, ...change } : e)));
  const cancel = () => reading.current?.abort();

  /** Reads the entries in turn; null when a newer pick or a reset took over meanwhile. */
  const readAll = async (list: Entry[]): Promise<Submission[] | null> => {
    cancel();
    const { signal } = (reading.current = new AbortController());
    readWith.current = now;
    const out: Submission[] = [];
    for (let i = 0; i < list.length; i++) {
      if (signal.aborted) return null;
      mark(i, { reading: true });
      let submission: Submission | null = null;
      try {
        submission = await readSubmission(list[i].file, { ...now, profile: now.profile!.profile });
        out.push(submission);
      } finally {
        // Whatever happened, the entry is no longer being read: a stuck entry would keep the pane busy.
        if (!signal.aborted) mark(i, { reading: false, submission });
      }
    }
    return out;
  };

  /** The submissions as read with today's settings: read again if the day, language or profile changed since. */
  const submissions = (): Promise<Submission[] | null> => {
    const was = readWith.current;
    const stale = was.asOf !== now.asOf || was.lang !== now.lang || was.profile !== now.profile;
    if (stale || entries.some((e) => !e.submission)) return readAll(entries);
    return Promise.resolve(entries.map((e) => e.submission!));
  };

  return { entries, setEntries, readAll, submissions, cancel };
}

/**
 * The Consolidate view's state: the picked files as they are read, the
 * units the user confirmed, and the run's outcome.
 */
export function useConsolidation({ lang, port, asOf }: { lang: Lang; port?: WorkbookPort; asOf: string }) {
  const [units, setUnits] = useState<Map<string, string>>(new Map());
  const [outcome, setOutcome] = useState<Outcome>({ step: "none" });
  // The profile Settings saved in the workbook: in Excel, or the file picked in file mode.
  const session = useContext(SessionContext);
  const profile = useWorkbookProfile(session?.port ?? port, lang, (message) => setOutcome({ step: "failed", message }));
  const { entries, setEntries, readAll, submissions, cancel } = useSubmissionReading({ asOf, lang, profile });
  const settings = (): ReadSettings => ({ asOf, lang, profile: profile!.profile });

  useEffect(
    () => () => {
      if (outcome.step === "done" && outcome.download) URL.revokeObjectURL(outcome.download);
    },
    [outcome],
  );

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

  const run = async (inputs: RunInputs) => {
    setOutcome({ step: "running" });
    try {
      const subs = await submissions();
      if (!subs) return setOutcome({ step: "none" });
      const treasury = inputs.treasuryFile ? await readTreasury(inputs.treasuryFile, settings()) : null;
      const previous = await readSubmissions(inputs.previousFiles, settings());
      const { expected, briefing } = inputs;
      const result = await runConsolidation(subs, units, { ...settings(), expected, treasury, previous, briefing });
      setOutcome(await deliver(result, port));
    } catch (error) {
      setOutcome({ step: "failed", message: failureText(error, lang) });
    }
  };

  const reset = () => {
    cancel();
    setEntries([]);
    setUnits(new Map());
    setOutcome({ step: "none" });
  };

  const setUnit = (file: string, unit: string) => setUnits((prev) => new Map(prev).set(file, unit));
  const busy = !profile || entries.some((e) => e.reading) || outcome.step === "running";
  return { profile, entries, units, setUnit, outcome, pick, run, reset, busy };
}
