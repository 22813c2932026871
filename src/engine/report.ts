/**
 * The JSON report of docs/report-format.md, built from tables as read
 * and checked. Messages are put into words here, in the report's language.
 */

import { columnLetter } from "./grid";
import type { ColumnInfo, PlanTable } from "./detect";
import type { PlanLine, RawFinding, TableData } from "./lines";
import type { LineStatus, ReportColumns, ReportFinding, ReportLine, ReportTable, ValidateReport } from "./report-types";
import { REPORT_VERSION } from "./report-types";
import { Lang } from "./text/format";
import { renderMessage } from "./text/messages";
import { TOOL } from "./version";
import { type Profile, deadlineOf } from "./profile";
import { statusOf } from "./status";
import { planLines } from "./report-lines";

/** The key a column's source is listed under: its own, or "*" where each row names it. */
function sourceKey(c: ColumnInfo, table: PlanTable): string {
  return c.source ?? table.defaultSource ?? "*";
}

function reportColumns(table: PlanTable): ReportColumns {
  const out: ReportColumns = { allocated: {}, planned: {}, actual: {} };
  const one = (role: string): string | undefined => {
    const c = table.columns.find((k) => k.role === role);
    return c ? columnLetter(c.col) : undefined;
  };
  const single: [keyof ReportColumns, string][] = [
    ["stt", "stt"],
    ["label", "label"],
    ["code", "code"],
    ["owner", "owner"],
    ["leader", "leader"],
    ["source", "source"],
    ["note", "note"],
    ["obstacle", "obstacle"],
    ["recommendation", "recommendation"],
    ["unitCode", "unit-code"],
    ["area", "area"],
    ["planYear", "plan-year"],
  ];
  for (const [key, role] of single) {
    const l = one(role);
    if (l) (out as unknown as Record<string, string>)[key] = l;
  }
  for (const c of table.columns) {
    const key = sourceKey(c, table);
    const letter = columnLetter(c.col);
    if (c.role === "allocated") {
      if (c.part === null || c.part === "total") out.allocated[key] ??= letter;
      else ((out.allocatedParts ??= {})[key] ??= []).push(letter);
    } else if (c.role === "planned") {
      const byMonth = table.granularity !== "quarter";
      if (byMonth ? c.month !== null : c.quarter !== null) {
        (out.planned[key] ??= {})[String(byMonth ? c.month : c.quarter)] ??= letter;
      } else if (c.quarter !== null) {
        ((out.quarters ??= {})[key] ??= {})[String(c.quarter)] ??= letter;
      }
    } else if (c.role === "actual" && c.month === null && c.quarter === null) {
      out.actual[key] ??= letter;
    }
  }
  return out;
}

function finding(f: PlanLine["findings"][number], table: PlanTable, lang: Lang): ReportFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    cell: f.cell,
    message: renderMessage(f.rule, f.args, table.unit, lang),
    cells: f.cells ?? (f.cell === null ? [] : [f.cell]),
  };
}

function reportLine(
  line: PlanLine,
  t: TableData,
  profile: Profile,
  lang: Lang,
  carried: RawFinding[] = [],
): ReportLine {
  const findings = [...line.findings, ...carried];
  return {
    row: line.row,
    kind: line.kind,
    parentRow: line.parentRow,
    label: line.label,
    code: line.code,
    source: line.source,
    deadline: deadlineOf(profile, line.source),
    allocated: line.allocated,
    planned: line.planned,
    plannedTotal: line.planned.reduce((s, v) => s + v, 0),
    actualToDate: line.actualToDate,
    status: statusOf({ findings, unreadable: line.unreadable }),
    findings: findings.map((f) => finding(f, t.table, lang)),
    programme: line.programme,
    owner: line.owner,
    leader: line.leader,
    hidden: line.hidden,
    ...(line.concerns?.obstacle ? { obstacle: line.concerns.obstacle } : {}),
    ...(line.concerns?.recommendation ? { recommendation: line.concerns.recommendation } : {}),
  };
}

/**
 * The lines a table reports, each with the findings it carries for lines
 * that are not reported: no finding is dropped. A "Trong đó" breakdown row
 * details its parent and is not a line of its own, so what a rule found on
 * it is reported on the nearest reported line: the parent's line of the same
 * source (or its first), else the closest line above, else below. A table
 * of breakdown rows only reports them as they are.
 */
function reportedLines(t: TableData): { line: PlanLine; carried: RawFinding[] }[] {
  const shown = t.lines.filter((l) => !l.breakdown);
  if (shown.length === 0) return t.lines.map((line) => ({ line, carried: [] }));
  const carried = new Map<PlanLine, RawFinding[]>(shown.map((l) => [l, []]));
  for (const stray of t.lines) {
    if (!stray.breakdown || stray.findings.length === 0) continue;
    const ofParent = shown.filter((l) => l.row === stray.parentRow);
    const target =
      ofParent.find((l) => l.source === stray.source) ??
      ofParent[0] ??
      shown.filter((l) => l.row < stray.row).pop() ??
      shown.find((l) => l.row > stray.row)!;
    carried.get(target)!.push(...stray.findings);
  }
  return shown.map((line) => ({ line, carried: carried.get(line)! }));
}

function reportTable(t: TableData, profile: Profile, lang: Lang): ReportTable {
  const { table } = t;
  const confidence: Record<string, number> = { unit: table.unitConfidence };
  for (const c of table.columns) {
    if (c.role === "other") continue;
    const key = c.role;
    confidence[key] = Math.min(confidence[key] ?? 1, c.confidence);
  }
  return {
    sheet: table.sheet,
    headerRows: table.headerRows,
    firstDataRow: table.firstDataRow,
    lastDataRow: table.lastDataRow,
    unit: table.unit,
    granularity: table.granularity,
    columns: reportColumns(table),
    lines: reportedLines(t).map(({ line, carried }) => reportLine(line, t, profile, lang, carried)),
    confidence,
    actualAsOf: table.actualAsOf,
    titleLines: table.titleLines,
    titleCells: table.titleCells,
  };
}

export function buildReport(
  file: string,
  profile: Profile,
  asOf: string,
  tables: TableData[],
  lang: Lang,
): ValidateReport {
  const reported = tables.map((t) => reportTable(t, profile, lang));
  const byStatus: Record<LineStatus, number> = { ok: 0, watch: 0, "at-risk": 0, lapsed: 0, invalid: 0 };
  let lines = 0;
  let errors = 0;
  let warnings = 0;
  for (const t of reported) {
    for (const l of planLines(t)) {
      lines++;
      byStatus[l.status]++;
    }
    for (const l of t.lines) {
      for (const f of l.findings) {
        if (f.severity === "error") errors++;
        else if (f.severity === "warning") warnings++;
      }
    }
  }
  return {
    reportVersion: REPORT_VERSION,
    tool: { ...TOOL },
    file,
    profile: profile.id,
    asOf,
    tables: reported,
    summary: { lines, byStatus, errors, warnings },
    lang,
  };
}
