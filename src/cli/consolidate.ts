/**
 * `ntp-disburse consolidate FILE.xlsx... | DIR`: reads every submission (a
 * progress line per file on stderr), consolidates them, and prints the
 * report (--json) or a summary; --out writes the consolidated workbook.
 * A bad submission is listed as rejected and never stops the run; only the
 * inputs the user names once (--expected, --treasury) stop it when unusable.
 */

import { readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { consolidate } from "../engine/consolidate/consolidate";
import { parseExpectedUnits } from "../engine/consolidate/expected";
import { decodeText } from "../workbook/file/decode-text";
import { consolidationSheets } from "../engine/consolidate/sheets";
import type { ConsolidateReport, Submission } from "../engine/consolidate/types";
import type { Profile } from "../engine/profile";
import { CONSOLIDATE_TEXT } from "../engine/text/consolidate";
import { type Lang, formatDate, formatNumber } from "../engine/text/format";
import { readTreasuryFile } from "../workbook/file/read-submission";
import { SubmissionPool } from "./submission-pool";
import type { SubmissionResult, SubmissionRunOptions } from "./submission-task";
import { stampLine } from "./accountability-text";
import { readXlsx } from "../workbook/file/read-xlsx";
import { WorkbookReadError } from "../workbook/file/read-error";
import { writeSheetSpecsWithCharts } from "../workbook/file/xlsx-charts";
import { writeJson } from "../engine/report-json";
import {
  type CliText,
  type Io,
  InputError,
  UsageError,
  asOfDay,
  loadProfile,
  readInput,
  checkOutput,
  checkXlsxName,
  writeOutput,
} from "./common";
import { type CommandArgs, SHARED_OPTIONS } from "./options";

export const CONSOLIDATE_OPTIONS = {
  expected: { type: "string" },
  treasury: { type: "string" },
  previous: { type: "string" },
  ...SHARED_OPTIONS,
  json: { type: "boolean" },
  issuer: { type: "string" },
  place: { type: "string" },
  scale: { type: "string" },
} as const;

export type ConsolidateArgs = CommandArgs<typeof CONSOLIDATE_OPTIONS>;

/** Office's lock files ("~$plan.xlsx") and hidden files are not submissions. */
const isSubmissionName = (name: string): boolean => !name.startsWith(".") && !name.startsWith("~$");

/** The files named, a directory standing for the files in it (sorted, not recursive). */
function inputFiles(args: string[], t: CliText): string[] {
  const out: string[] = [];
  for (const a of args) {
    let dir = false;
    try {
      dir = statSync(a).isDirectory();
    } catch {
      // A missing file is reported as that file's rejection.
    }
    if (!dir) {
      out.push(a);
      continue;
    }
    const names = readdirSync(a, { withFileTypes: true })
      .filter((e) => e.isFile() && isSubmissionName(e.name))
      .map((e) => e.name)
      .sort((x, y) => x.localeCompare(y));
    if (names.length === 0) throw new InputError(a, t.emptyDir);
    out.push(...names.map((n) => join(a, n)));
  }
  return out;
}

/**
 * Every file's submission, read in the pool's workers, in the order of the files; a progress line per file
 * on stderr, in that order too, as soon as the files before it are done.
 */
async function readAll(
  files: string[],
  options: SubmissionRunOptions,
  io: Io,
  t: CliText,
  label: string,
): Promise<Submission[]> {
  const pool = new SubmissionPool(files.length);
  const done: (SubmissionResult | undefined)[] = [];
  let said = 0;
  const sayDone = (): void => {
    for (; said < files.length && done[said]; said++) {
      const { sub, notes } = done[said]!;
      for (const note of notes) io.stderr(note);
      const what = sub.report
        ? `${sub.unit} (${sub.report.summary.lines} ${t.lines})`
        : `${t.rejectedFile}: ${sub.reason}`;
      io.stderr(`${label}[${said + 1}/${files.length}] ${basename(files[said])}: ${what}\n`);
    }
  };
  try {
    const results = await Promise.all(
      files.map(async (file, i) => {
        done[i] = await pool.read({ file, options });
        sayDone();
        return done[i]!.sub;
      }),
    );
    return results;
  } finally {
    await pool.close();
  }
}

async function expectedUnits(file: string, t: CliText): Promise<string[]> {
  const bytes = readInput(file, t);
  if (!/\.xlsx$/i.test(file)) return parseExpectedUnits(decodeText(bytes).text);
  // A sheet: the first column's texts, first sheet.
  const [grid] = await readXlsx(bytes, file);
  const lines = (grid?.rows ?? []).map((r) => (typeof r?.values[0] === "string" ? r.values[0] : ""));
  return parseExpectedUnits(lines.join("\n"));
}

async function treasuryOf(file: string, options: { asOf: string; profile: Profile; lang: Lang }, t: CliText) {
  try {
    return await readTreasuryFile(readInput(file, t), basename(file), options);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new InputError(file, e.reason(options.lang));
    throw e;
  }
}

function summary(r: ConsolidateReport, lang: Lang, t: CliText): string {
  const c = CONSOLIDATE_TEXT[lang];
  const pct = (x: number | null): string => (x === null ? "–" : `${formatNumber(x * 100, lang, 1)}%`);
  const money = (x: number): string => formatNumber(x, lang);
  const out: string[] = [`${c.title} — ${t.asOf} ${formatDate(r.asOf)}`, ""];
  for (const f of r.files) {
    out.push(
      `  ${c.fileStatus[f.status].padEnd(14)} ${f.file}${f.unit ? ` — ${f.unit}` : ""}${f.reason ? `: ${f.reason}` : f.keptFile ? `: ${c.keptInstead(f.keptFile)}` : ""}`,
    );
    if (f.stamp && (f.stamp.state !== "none" || f.stamp.finding))
      out.push(`  ${"".padEnd(14)} ${stampLine(f.stamp, lang)}`);
  }
  out.push("");
  const units = new Map<string, { allocated: number; actualToDate: number }>();
  for (const x of r.totals) {
    const u = units.get(x.unit) ?? { allocated: 0, actualToDate: 0 };
    u.allocated += x.allocated;
    u.actualToDate += x.actualToDate;
    units.set(x.unit, u);
  }
  for (const [unit, a] of units)
    out.push(
      `  ${unit.padEnd(36)} ${c.allocated} ${money(a.allocated)} đ, ${c.actualToDate} ${money(a.actualToDate)} đ (${pct(a.allocated ? a.actualToDate / a.allocated : null)})`,
    );
  const g = r.grandTotal;
  out.push(
    `  ${c.total.padEnd(36)} ${c.allocated} ${money(g.allocated)} đ, ${c.actualToDate} ${money(g.actualToDate)} đ (${pct(g.allocated ? g.actualToDate / g.allocated : null)})`,
  );
  out.push("");
  if (r.missingUnits) out.push(`${c.missing}: ${r.missingUnits.join(", ") || c.none}`);
  if (r.unexpectedUnits?.length) out.push(`${c.unexpectedTitle}: ${r.unexpectedUnits.join(", ")}`);
  out.push(`${c.atRiskCount}: ${r.atRisk.length}`);
  if (r.reconciliation) out.push(`${c.differences}: ${r.reconciliation.length}`);
  if (r.slippage) out.push(`${c.sheets.slippage}: ${r.slippage.length}`);
  return `${out.join("\n")}\n`;
}

export async function runConsolidate(
  { files, values }: ConsolidateArgs,
  io: Io,
  lang: Lang,
  t: CliText,
): Promise<number> {
  if (files.length === 0) throw new UsageError(t.needFiles);
  const asOf = asOfDay(values["as-of"], io, t);
  checkXlsxName(values.out, t);
  const scale = values.scale ?? "million";
  if (scale !== "million" && scale !== "billion") throw new UsageError(t.badScale);
  const briefing = { issuer: values.issuer, place: values.place, scale } as const;
  const profile = loadProfile(values.profile, t);
  const options: SubmissionRunOptions = { asOf, profile, lang, profileGiven: values.profile !== undefined };
  const inputs = inputFiles(files, t);
  const previousFiles = values.previous ? inputFiles([values.previous], t) : [];
  const named = [...inputs, ...previousFiles, values.expected, values.treasury].filter((f): f is string => !!f);
  if (values.out) checkOutput(values.out, named, t);
  const expected = values.expected ? await expectedUnits(values.expected, t) : undefined;
  const treasury = values.treasury ? await treasuryOf(values.treasury, options, t) : undefined;
  if (values.treasury && treasury?.lines.length === 0) throw new InputError(values.treasury, t.noTreasuryLines);
  const previous = values.previous ? await readAll(previousFiles, options, io, t, `${t.previousLabel} `) : undefined;
  const subs = await readAll(inputs, options, io, t, "");
  const report = consolidate(subs, { asOf, profile, lang, expected, treasury, previous });
  // Said on stderr even with --json: money left out of the totals must not go unnoticed.
  for (const f of report.files)
    if (f.rejectedAs === "not-expected") io.stderr(`ntp-disburse: ${f.file}: ${f.reason}\n`);
  const anyAccepted = report.files.some((f) => f.status === "accepted");
  // A workbook of zeros would look like a consolidation; with nothing accepted there is none to write.
  if (values.out && anyAccepted) {
    writeOutput(
      values.out,
      await writeSheetSpecsWithCharts(consolidationSheets(report, profile, lang, briefing)),
      named,
      t,
    );
    io.stderr(`${t.wrote}: ${values.out}\n`);
  }
  if (values.json) writeJson(report, io.stdout);
  else io.stdout(summary(report, lang, t));
  if (!anyAccepted) {
    io.stderr(`ntp-disburse: ${t.nothingAccepted}\n`);
    return 2;
  }
  return report.files.some((f) => f.status === "accepted" && f.errors > 0) ? 1 : 0;
}
