/**
 * Reading a report's lines and findings the same way everywhere (command
 * line, pane, legend sheet): plain functions of the report, light enough for
 * the pane's start-up chunk.
 */

import type { ReportFinding, ReportLine, ReportTable, ValidateReport } from "./report-types";

/**
 * Every finding of a report with its sheet and line, in sheet and row order. A
 * row that carries several sources gives one line per source; a finding they
 * share is listed once.
 */
export function reportFindings(report: ValidateReport): { sheet: string; line: ReportLine; finding: ReportFinding }[] {
  const seen = new Set<string>();
  const all: { sheet: string; line: ReportLine; finding: ReportFinding }[] = [];
  for (const table of report.tables) {
    for (const line of table.lines) {
      for (const finding of line.findings) {
        const key = [table.sheet, finding.cell, finding.rule, finding.message].join("\u0000");
        if (seen.has(key)) continue;
        seen.add(key);
        all.push({ sheet: table.sheet, line, finding });
      }
    }
  }
  return all;
}

/** Lines of plan are works and contents: the lines every count of lines counts, never total or heading rows. */
export function planLines(table: Pick<ReportTable, "lines">): ReportLine[] {
  return table.lines.filter((l) => l.kind === "item");
}
