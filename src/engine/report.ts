/**
 * The JSON report of docs/report-format.md, built from tables as read
 * and checked. Messages are put into words here, in the report's language.
 */

import { columnLetter } from "./grid";
import type { ColumnInfo, PlanTable } from "./detect";
import type { PlanLine, TableData } from "./lines";
import type { LineStatus, ReportColumns, ReportFinding, ReportLine, ReportTable, ValidateReport } from "./report-types";
import { REPORT_VERSION } from "./report-types";
import { Lang } from "../i18n/format";
import { renderMessage } from "../i18n/messages";
import { TOOL } from "./version";
import { type Profile, deadlineOf } from "./profile";
import { statusOf } from "./status";

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
  return { rule: f.rule, severity: f.severity, cell: f.cell, message: renderMessage(f.rule, f.args, table.unit, lang) };
}

function reportLine(line: PlanLine, t: TableData, profile: Profile, lang: Lang): ReportLine {
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
    status: statusOf(line),
    findings: line.findings.map((f) => finding(f, t.table, lang)),
    programme: line.programme,
    owner: line.owner,
    leader: line.leader,
    hidden: line.hidden,
  };
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
    lines: t.lines.filter((l) => !l.breakdown).map((l) => reportLine(l, t, profile, lang)),
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
    for (const l of t.lines) {
      lines++;
      byStatus[l.status]++;
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
