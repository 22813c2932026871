/**
 * The Check view's data, as pure functions of a report: findings grouped by
 * sheet and line and filtered by severity and rule, and lines counted by
 * source and status. Tested in mocha; the components only render them.
 */

import type { LineStatus, ReportFinding, RuleId, Severity, ValidateReport } from "../../engine/report-types";
import { reportFindings } from "../../engine/report-lines";

export interface SheetFinding extends ReportFinding {
  sheet: string;
  /** The plan line's row and label the finding is about. */
  row: number;
  label: string;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Every finding of a report's lines in sheet and row order, each once (reportFindings). */
export function listFindings(report: ValidateReport): SheetFinding[] {
  return reportFindings(report).map(({ sheet, line, finding }) => ({
    ...finding,
    sheet,
    row: line.row,
    label: line.label,
  }));
}

export interface FindingFilter {
  /** Severities shown; all when empty. */
  severities: readonly Severity[];
  /** Rules shown; all when empty. */
  rules: readonly RuleId[];
}

export const NO_FILTER: FindingFilter = { severities: [], rules: [] };

export function filterFindings(findings: readonly SheetFinding[], filter: FindingFilter): SheetFinding[] {
  return findings.filter(
    (f) =>
      (filter.severities.length === 0 || filter.severities.includes(f.severity)) &&
      (filter.rules.length === 0 || filter.rules.includes(f.rule)),
  );
}

export interface LineGroup {
  row: number;
  label: string;
  /** Most severe first. */
  findings: SheetFinding[];
}

export interface SheetGroup {
  sheet: string;
  lines: LineGroup[];
  count: number;
}

/** Findings by sheet (in workbook order), then by line (in row order), most severe first within a line. */
export function groupFindings(findings: readonly SheetFinding[]): SheetGroup[] {
  const sheets = new Map<string, Map<number, LineGroup>>();
  for (const f of findings) {
    let lines = sheets.get(f.sheet);
    if (!lines) sheets.set(f.sheet, (lines = new Map()));
    let line = lines.get(f.row);
    if (!line) lines.set(f.row, (line = { row: f.row, label: f.label, findings: [] }));
    line.findings.push(f);
  }
  return [...sheets].map(([sheet, lines]) => {
    const sorted = [...lines.values()].sort((a, b) => a.row - b.row);
    // Array.prototype.sort is stable: cell order survives within a severity.
    for (const l of sorted) l.findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    return { sheet, lines: sorted, count: sorted.reduce((n, l) => n + l.findings.length, 0) };
  });
}

/** How many findings each rule and each severity has, for the filter's choices (rules most frequent first). */
export function findingCounts(findings: readonly SheetFinding[]): {
  severities: [Severity, number][];
  rules: [RuleId, number][];
} {
  const bySeverity = new Map<Severity, number>();
  const byRule = new Map<RuleId, number>();
  for (const f of findings) {
    bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  }
  return {
    severities: SEVERITIES.filter((s) => bySeverity.has(s)).map((s) => [s, bySeverity.get(s)!]),
    rules: [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}

export interface SourceSummary {
  source: string;
  lines: number;
  byStatus: Record<LineStatus, number>;
}

/** Project lines (not group or total rows) counted by capital source and status, sources in first-seen order. */
export function summaryBySource(report: ValidateReport): SourceSummary[] {
  const out = new Map<string, SourceSummary>();
  for (const table of report.tables) {
    for (const line of table.lines) {
      if (line.kind !== "item") continue;
      let s = out.get(line.source);
      if (!s) {
        s = { source: line.source, lines: 0, byStatus: { ok: 0, watch: 0, "at-risk": 0, lapsed: 0, invalid: 0 } };
        out.set(line.source, s);
      }
      s.lines++;
      s.byStatus[line.status]++;
    }
  }
  return [...out.values()];
}

/** The findings a filter keeps, grouped; at most `max` of them are grouped (the rest are counted, not rendered). */
export function shownFindings(
  findings: readonly SheetFinding[],
  filter: FindingFilter,
  max: number,
): { groups: SheetGroup[]; shown: number } {
  const kept = filterFindings(findings, filter);
  return { groups: groupFindings(kept.slice(0, max)), shown: Math.min(kept.length, max) };
}
