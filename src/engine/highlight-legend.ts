/**
 * report + language -> the highlighted copy's legend sheet ("Chú giải"), as a
 * SheetSpec: what each colour means, then every finding with its sheet, its
 * cells (a link to the first), its line's status, severity, rule and message
 * (in the report's language, Vietnamese by default). The colour samples are
 * the marks themselves (conditional formats naming their mark, from
 * HIGHLIGHT_STYLES), so they look exactly like the marks and Clear removes
 * them with the rest.
 */

import { HIGHLIGHT_STYLES, type HighlightOptions, highlightFormula, highlightPlan } from "./highlight";
import type { HighlightPlan } from "./highlight-types";
import { type ReportFinding, type ValidateReport, findingCells } from "./report-types";
import type { CellSpec, SheetSpec } from "./sheet-spec";
import { reportFindings } from "./report-lines";
import { LEGEND_SHEET_TEXT, highlightLegend } from "./text/highlight";
import { type Lang, formatDate } from "./text/format";
import { SEVERITY_WORDS, STATUS_WORDS } from "./text/status-words";

/** A HYPERLINK formula to a cell of a sheet, shown as `shown` (quotes doubled, so a name cannot break out). */
function linkFormula(sheet: string, cell: string, shown: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  const text = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${text(target)},${text(shown)})`;
}

export function highlightLegendSheet(report: ValidateReport, lang: Lang): SheetSpec {
  const t = LEGEND_SHEET_TEXT[lang];
  const cells: CellSpec[] = [];
  const put = (row: number, col: number, value: string, bold = false) =>
    cells.push({ row, col, value, ...(bold ? { style: { bold: true } } : {}) });

  put(1, 1, t.title(report.file, formatDate(report.asOf)), true);
  put(2, 1, t.removable);
  put(4, 1, t.colours, true);
  const conditionalFormats: SheetSpec["conditionalFormats"] = [];
  let row = 5;
  for (const entry of highlightLegend(lang)) {
    put(row, 1, entry.label);
    const s = HIGHLIGHT_STYLES[entry.mark];
    conditionalFormats.push({
      range: `A${row}`,
      formula: highlightFormula(entry.mark),
      style: { fill: s.fill, fontColor: s.fontColor, bold: s.bold },
    });
    row++;
  }

  row++;
  put(row++, 1, t.findings, true);
  t.columns.forEach((c, i) => put(row, i + 1, c, true));
  row++;
  // Each finding once, as the pane lists it.
  for (const { sheet, line, finding: f } of reportFindings(report)) {
    put(row, 1, sheet);
    cells.push(cellOf(row, sheet, f));
    put(row, 3, STATUS_WORDS[lang][line.status]);
    put(row, 4, SEVERITY_WORDS[lang][f.severity]);
    put(row, 5, f.rule);
    put(row, 6, f.message);
    row++;
  }
  return {
    name: t.sheet,
    cells,
    columnWidths: { 1: 34, 2: 16, 3: 16, 4: 11, 5: 24, 6: 100 },
    conditionalFormats,
  };
}

/** The finding's cells, a link to the first; the line's row when it names no cell. */
function cellOf(row: number, sheet: string, f: ReportFinding): CellSpec {
  const all = findingCells(f);
  if (all.length === 0) return { row, col: 2, value: null };
  const shown = all.join(", ");
  return { row, col: 2, formula: linkFormula(sheet, all[0], shown), result: shown };
}

/** The report's highlights with their legend sheet: what every adapter applies and Clear removes. */
export function highlightPlanWithLegend(
  report: ValidateReport,
  lang: Lang,
  options: HighlightOptions = {},
): HighlightPlan {
  return { ...highlightPlan(report, options), legend: highlightLegendSheet(report, lang) };
}
