/**
 * Many submissions -> one consolidation: which files count (accepted,
 * duplicate, rejected), totals per unit × programme × source exact to the
 * đồng, missing units, the at-risk lines of every unit, and, when given,
 * the Treasury reconciliation and the slippage since the previous month.
 */

import type { Profile } from "../profile";
import type { ValidateReport } from "../report-types";
import { REPORT_VERSION } from "../report-types";
import { TOOL } from "../version";
import type { Lang } from "../text/format";
import { CONSOLIDATE_TEXT } from "../text/consolidate";
import { codeKey, reconcile, type TreasuryFigures } from "./treasury";
import { slippage } from "./slippage";
import { itemLines, plannedToDate } from "./periods";
import type {
  Accepted,
  Amounts,
  AtRiskLine,
  ConsolidateReport,
  ConsolidatedFile,
  ReadSubmission,
  Submission,
  UnitTotal,
} from "./types";
import { sameReportingUnit } from "./reporting-unit";
import { resultsByLeader } from "../leaders";
import { collectConcerns } from "../concerns/collect";
import { DEFAULT_ANSWERERS } from "../concerns/answerers";

export interface ConsolidateOptions {
  asOf: string;
  profile: Profile;
  lang: Lang;
  /** Units that should have submitted (--expected). */
  expected?: string[];
  treasury?: TreasuryFigures;
  /** Last month's submissions (--previous). */
  previous?: Submission[];
}

const AT_RISK = new Set(["at-risk", "lapsed"]);

/** The latest day a report's actuals are stated at, for telling which of two submissions is newer. */
function actualsDay(report: ValidateReport): string {
  return report.tables.reduce((d, t) => (t.actualAsOf && t.actualAsOf > d ? t.actualAsOf : d), "");
}

/** A submission that can be counted: read, with a plan table, and naming its unit. */
type Countable = ReadSubmission & { unit: string };

const countable = (s: Submission): s is Countable => s.report !== null && s.unit !== null;

/** Newer first: the workbook's own date, then the day its actuals are at, then the file's time. */
function newerFirst(a: Countable, b: Countable): number {
  const keys = (s: Countable): string[] => [s.dated ?? "", actualsDay(s.report), s.modified ?? ""];
  const ka = keys(a);
  const kb = keys(b);
  for (let i = 0; i < ka.length; i++) {
    // A day only decides when both files state one.
    if (ka[i] !== "" && kb[i] !== "" && ka[i] !== kb[i]) return ka[i] > kb[i] ? -1 : 1;
  }
  return 0;
}

/**
 * What a submission reports on: its programme × source pairs with item lines and its project codes.
 * Two files of one unit overlap when they share any of these: a resubmission, not another programme's workbook.
 */
function coverage(report: ValidateReport): Set<string> {
  const keys = new Set<string>();
  for (const { line } of itemLines(report)) {
    keys.add(`pair\u0000${line.programme ?? ""}\u0000${line.source}`);
    if (line.code) keys.add(`code\u0000${codeKey(line.code)}`);
  }
  return keys;
}

const overlaps = (a: Set<string>, b: Set<string>): boolean => [...a].some((k) => b.has(k));

/**
 * Splits submissions into the accepted and the rest, each with its status. Within a unit, newest
 * first, a file is accepted unless it overlaps one already accepted, of which it is then a duplicate:
 * a district sending one workbook per programme has each counted. With an expected list, a unit not
 * on it is rejected, its reason saying so: its money stays out until the list or the file is put right.
 */
function pickSubmissions(
  subs: readonly Submission[],
  lang: Lang,
  expected?: readonly string[],
): { accepted: Accepted[]; files: ConsolidatedFile[] } {
  const unexpected = (s: Countable): boolean =>
    expected !== undefined && !expected.some((e) => sameReportingUnit(s.unit, e));
  const groups: Countable[][] = [];
  for (const s of subs) {
    if (!countable(s) || unexpected(s)) continue;
    const group = groups.find((g) => sameReportingUnit(g[0].unit, s.unit));
    if (group) group.push(s);
    else groups.push([s]);
  }
  const kept = new Map<Submission, Countable>();
  for (const g of groups) {
    const keepers: { sub: Countable; covers: Set<string> }[] = [];
    for (const s of [...g].sort(newerFirst)) {
      const covers = coverage(s.report);
      const keeper = keepers.find((k) => overlaps(k.covers, covers));
      if (keeper) kept.set(s, keeper.sub);
      else {
        keepers.push({ sub: s, covers });
        kept.set(s, s);
      }
    }
  }
  const files = subs.map((s): ConsolidatedFile => {
    const keeper = kept.get(s);
    const status = !keeper ? "rejected" : keeper === s ? "accepted" : "duplicate";
    const notExpected = countable(s) && unexpected(s);
    return {
      file: s.file,
      unit: s.unit,
      status,
      reason: notExpected ? CONSOLIDATE_TEXT[lang].notExpected(s.unit) : s.reason,
      lines: s.report?.summary.lines ?? 0,
      errors: (s.report?.summary.errors ?? 0) + (s.report?.stamp?.finding ? 1 : 0),
      unitFrom: s.unitFrom,
      dated: s.dated,
      keptFile: keeper && keeper !== s ? keeper.file : null,
      rejectedAs: notExpected ? "not-expected" : s.report === null ? (s.rejectedAs ?? null) : null,
      ...(s.report?.stamp ? { stamp: s.report.stamp } : {}),
    };
  });
  const accepted = subs.flatMap((s): Accepted[] => {
    const keeper = kept.get(s);
    return keeper === s ? [{ unit: keeper.unit, file: keeper.file, report: keeper.report, year: keeper.year }] : [];
  });
  return { accepted, files };
}

const zero = (): Amounts => ({ allocated: 0, plannedTotal: 0, actualToDate: 0, plannedToDate: 0 });

function add(to: Amounts, a: Amounts): void {
  to.allocated += a.allocated;
  to.plannedTotal += a.plannedTotal;
  to.actualToDate += a.actualToDate;
  to.plannedToDate += a.plannedToDate;
}

export function rateOf(a: Pick<Amounts, "allocated" | "actualToDate">): number | null {
  return a.allocated > 0 ? a.actualToDate / a.allocated : null;
}

function totalsOf(accepted: readonly Accepted[], runYear: number, asOf: string): UnitTotal[] {
  const totals = new Map<string, UnitTotal>();
  for (const a of accepted) {
    const year = a.year ?? runYear;
    for (const { table, line } of itemLines(a.report)) {
      const key = `${a.unit}\u0000${line.programme ?? ""}\u0000${line.source}`;
      let t = totals.get(key);
      if (!t) {
        t = { unit: a.unit, programme: line.programme, source: line.source, ...zero(), rate: null };
        totals.set(key, t);
      }
      add(t, {
        allocated: line.allocated,
        plannedTotal: line.plannedTotal,
        actualToDate: line.actualToDate ?? 0,
        plannedToDate: plannedToDate(line, table, year, asOf),
      });
    }
  }
  const list = [...totals.values()];
  for (const t of list) t.rate = rateOf(t);
  const order = (t: UnitTotal): string => `${t.unit}\u0000${t.programme ?? "~"}\u0000${t.source}`;
  return list.sort((a, b) => order(a).localeCompare(order(b), "vi"));
}

function atRiskOf(accepted: readonly Accepted[]): AtRiskLine[] {
  const out: AtRiskLine[] = [];
  for (const a of accepted) {
    for (const { table, line } of itemLines(a.report)) {
      if (!AT_RISK.has(line.status)) continue;
      out.push({
        file: a.file,
        sheet: table.sheet,
        row: line.row,
        label: line.label,
        source: line.source,
        status: line.status,
        rules: [...new Set(line.findings.map((f) => f.rule))],
        unit: a.unit,
        code: line.code,
        deadline: line.deadline,
        allocated: line.allocated,
        actualToDate: line.actualToDate,
      });
    }
  }
  return out;
}

export function consolidate(subs: readonly Submission[], options: ConsolidateOptions): ConsolidateReport {
  const { accepted, files } = pickSubmissions(subs, options.lang, options.expected);
  const totals = totalsOf(accepted, options.profile.year, options.asOf);
  const grandTotal = zero();
  for (const t of totals) add(grandTotal, t);
  const report: ConsolidateReport = {
    reportVersion: REPORT_VERSION,
    tool: { ...TOOL },
    asOf: options.asOf,
    profile: options.profile.id,
    files,
    totals,
    grandTotal,
    atRisk: atRiskOf(accepted),
    leaders: resultsByLeader(accepted.map((a) => ({ ...a, year: a.year ?? options.profile.year }))),
    concerns: collectConcerns(accepted, options.profile.answerers ?? DEFAULT_ANSWERERS),
    lang: options.lang,
  };
  if (options.expected) {
    report.missingUnits = options.expected.filter((e) => !accepted.some((a) => sameReportingUnit(a.unit, e)));
    report.unexpectedUnits = [
      ...new Set(
        files.filter((f) => f.rejectedAs === "not-expected").flatMap((f) => (f.unit === null ? [] : [f.unit])),
      ),
    ];
  }
  if (options.treasury) report.reconciliation = reconcile(accepted, options.treasury);
  if (options.previous)
    report.slippage = slippage(
      pickSubmissions(options.previous, options.lang).accepted,
      accepted,
      options.profile.year,
    );
  return report;
}
