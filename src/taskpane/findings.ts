import type { ReportFinding, Severity, ValidateReport } from "../engine/report-types";

export interface SheetFinding extends ReportFinding {
  sheet: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Every finding of a report's lines, most severe first and otherwise in
 * sheet order. A row that carries several sources gives one line per
 * source; a finding they share is listed once.
 */
export function listFindings(report: ValidateReport): SheetFinding[] {
  const seen = new Set<string>();
  const all: SheetFinding[] = [];
  for (const table of report.tables) {
    for (const finding of table.lines.flatMap((line) => line.findings)) {
      const key = [table.sheet, finding.cell, finding.rule, finding.message].join("\u0000");
      if (seen.has(key)) continue;
      seen.add(key);
      all.push({ ...finding, sheet: table.sheet });
    }
  }
  // Array.prototype.sort is stable: sheet and row order survive within a severity.
  return all.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
