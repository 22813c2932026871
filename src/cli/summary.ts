/** The readable summary `validate` prints without --json. */

import type { ValidateReport } from "../engine/report-types";
import { planLines } from "../engine/report-lines";
import { CLI_TEXT } from "../i18n/cli";
import { Lang, formatDate, moneyUnitName } from "../engine/text/format";
import { ruleName } from "../engine/text/rule-names";

export function formatReport(report: ValidateReport, lang: Lang): string {
  const t = CLI_TEXT[lang];
  const out: string[] = [];
  out.push(`${report.file} — ${t.profile} ${report.profile}, ${t.asOf} ${formatDate(report.asOf)}`);
  for (const table of report.tables) {
    const header =
      table.headerRows.length > 1
        ? `${table.headerRows[0]}–${table.headerRows[table.headerRows.length - 1]}`
        : `${table.headerRows[0]}`;
    out.push("");
    out.push(
      `${t.table} "${table.sheet}": ${t.headerRows} ${header}, ${t.dataRows} ${table.firstDataRow}–${table.lastDataRow}, ` +
        `${moneyUnitName(table.unit, lang)}, ${t.granularity[table.granularity]}; ${planLines(table).length} ${t.lines}`,
    );
    for (const line of table.lines) {
      for (const f of line.findings) {
        const where = f.cell ?? `${line.row}`;
        out.push(
          `  ${where.padEnd(6)} ${f.severity === "error" ? "✖" : f.severity === "warning" ? "▲" : "ℹ"} ${ruleName(f.rule, lang)}: ${f.message}`,
        );
      }
    }
  }
  const s = report.summary;
  const statuses = (Object.keys(s.byStatus) as (keyof typeof s.byStatus)[])
    .filter((k) => s.byStatus[k] > 0)
    .map((k) => `${s.byStatus[k]} ${t.status[k]}`)
    .join(", ");
  out.push("");
  out.push(`${t.total}: ${s.lines} ${t.lines} (${statuses}); ${s.errors} ${t.errors}, ${s.warnings} ${t.warnings}`);
  return `${out.join("\n")}\n`;
}
