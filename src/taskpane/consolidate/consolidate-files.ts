/**
 * The Consolidate view's bridge to the file adapter and the engine, both
 * imported on first use so that neither weighs on the pane's start-up.
 * Each picked file is read, checked and reduced to its report at once; its
 * grids are not kept. Whatever goes wrong with one submission is that
 * file's rejection: it never stops the run.
 */

import type { ConsolidateReport, Submission } from "../../engine/consolidate/types";
import type { TreasuryFigures } from "../../engine/consolidate/treasury";
import type { SheetSpec } from "../../engine/sheet-spec";
import type { BriefingOptions } from "../../engine/consolidate/briefing";
import type { Profile } from "../../engine/profile";
import type { Lang } from "../../engine/text/format";
import { CONSOLIDATE_UI } from "../../i18n/ui-consolidate";
import { rejectedSubmission } from "../../engine/consolidate/submission";
import { failureText } from "../check/failure";
import { WORKER_DEADLINE_MS, WorkerFailure, readInWorker, workersAvailable } from "./submission-worker-client";

const engine = () => import(/* webpackChunkName: "consolidate-engine" */ "./consolidate-engine");

export interface ReadSettings {
  asOf: string;
  lang: Lang;
  /** The workbook's own profile, else the built-in one (`planProfile`). */
  profile: Profile;
}

function modifiedOf(file: File): string | null {
  return file.lastModified ? new Date(file.lastModified).toISOString() : null;
}

/**
 * One submission, never a rejection of the promise: a file that cannot be
 * read (changed or removed since it was picked, not a workbook, or one the
 * engine fails on) is rejected with its reason.
 */
export async function readSubmission(file: File, settings: ReadSettings): Promise<Submission> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // In a worker where there are workers: a file that overruns or kills it is its own rejection.
    if (workersAvailable()) return await readInWorker({ bytes, name: file.name, modified: modifiedOf(file), settings });
    const { readSubmissionFile } = await engine();
    return await readSubmissionFile(bytes, file.name, modifiedOf(file), settings);
  } catch (error) {
    const ui = CONSOLIDATE_UI[settings.lang];
    const reason =
      error instanceof WorkerFailure
        ? error.why === "time"
          ? ui.tooSlow(WORKER_DEADLINE_MS / 1000)
          : ui.readerDied
        : ui.unreadable(failureText(error, settings.lang));
    return rejectedSubmission(file.name, reason, modifiedOf(file));
  }
}

/** The files' submissions in order, each read as `readSubmission` reads it. */
export async function readSubmissions(files: readonly File[], settings: ReadSettings): Promise<Submission[]> {
  const out: Submission[] = [];
  for (const file of files) out.push(await readSubmission(file, settings));
  return out;
}

export async function readTreasury(file: File, settings: ReadSettings): Promise<TreasuryFigures> {
  const [{ readTreasuryFile }, bytes] = await Promise.all([engine(), file.arrayBuffer()]);
  return readTreasuryFile(new Uint8Array(bytes), file.name, settings);
}

export interface Consolidation {
  report: ConsolidateReport;
  sheets: SheetSpec[];
}

export async function runConsolidation(
  subs: Submission[],
  units: ReadonlyMap<string, string>,
  settings: ReadSettings & {
    expected: string;
    treasury: TreasuryFigures | null;
    previous: Submission[];
    briefing?: BriefingOptions;
  },
): Promise<Consolidation> {
  const { consolidate, consolidationSheets, parseExpectedUnits, withUnit } = await engine();
  const edited = subs.map((s) => (units.has(s.file) ? withUnit(s, units.get(s.file)!) : s));
  const expected = parseExpectedUnits(settings.expected);
  const report = consolidate(edited, {
    asOf: settings.asOf,
    profile: settings.profile,
    lang: settings.lang,
    expected: expected.length > 0 ? expected : undefined,
    treasury: settings.treasury ?? undefined,
    previous: settings.previous.length > 0 ? settings.previous : undefined,
  });
  return { report, sheets: consolidationSheets(report, settings.profile, settings.lang, settings.briefing) };
}

/** The consolidated workbook's bytes, charts included (file mode's download). */
export async function workbookBytes(sheets: SheetSpec[]): Promise<Uint8Array> {
  const { writeSheetSpecsWithCharts } = await import(
    /* webpackChunkName: "write-xlsx" */ "../../workbook/file/xlsx-charts"
  );
  return writeSheetSpecsWithCharts(sheets);
}
