/**
 * The monthly briefing as a document for the steering committee, one A4
 * portrait page: issuing agency and national motto, place and date, title;
 * key figures; per source what is still to disburse before its deadline, the
 * months left and what would lapse at each unit's pace so far (a projection,
 * see projection.ts); per unit the same; the units at risk with their one
 * main reason; the two charts; recipients and a signature block. Amounts
 * are exact đồng in the cells, shown in triệu (or tỷ) đồng by the format.
 */

import type { Profile } from "../profile";
import type { RuleId } from "../report-types";
import type { CellSpec, CellStyle, ChartSpec, SheetSpec } from "../sheet-spec";
import type { ConsolidateText } from "../text/consolidate";
import { formatDate, formatNumber, type Lang } from "../text/format";
import { ruleName } from "../text/rule-names";
import { rateOf } from "./consolidate";
import { outlook } from "./projection";
import {
  type Column,
  type MoneyScale,
  type Value,
  LINE_POINTS,
  TITLE,
  cellStyle,
  col,
  linesOf,
  placeTable,
} from "./sheet-layout";
import type { AtRiskLine, ConsolidateReport } from "./types";

export interface BriefingOptions {
  /** The issuing agency, top left; the Department of Planning and Investment when absent. */
  issuer?: string;
  /** The place of the date line ("Quảng Nam"); dots to fill by hand when absent. */
  place?: string;
  /** Amounts in triệu đồng (default) or tỷ đồng. */
  scale?: Extract<MoneyScale, "million" | "billion">;
}

/** Column widths A–H (characters): A4 portrait at about 105 characters. */
const WIDTHS = [22, 11, 14, 14, 12, 14, 9, 14];
const LAST = "H";

const CENTER_BOLD: CellStyle = { bold: true, horizontal: "center", wrap: true };
const CENTER_ITALIC: CellStyle = { italic: true, horizontal: "center" };
const SECTION: CellStyle = { bold: true };
const NOTE: CellStyle = { italic: true, wrap: true, vertical: "top", fontSize: 9 };

/** Rules from the gravest, to break ties when naming a unit's main reason. */
const GRAVITY: readonly RuleId[] = [
  "deadline-passed",
  "run-rate-insufficient",
  "actual-behind-plan",
  "plan-after-deadline",
  "plan-misses-checkpoint",
  "allocation-incomplete",
  "actual-exceeds-allocated",
  "plan-total-mismatch",
];

/** A unit's main reason: the rule its at-risk lines cite most, the gravest on a tie. */
export function mainReason(lines: readonly AtRiskLine[]): RuleId | null {
  const counts = new Map<RuleId, number>();
  for (const l of lines) for (const r of new Set(l.rules)) counts.set(r, (counts.get(r) ?? 0) + 1);
  const rank = (r: RuleId): number => {
    const i = GRAVITY.indexOf(r);
    return i < 0 ? GRAVITY.length : i;
  };
  return [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0]?.[0] ?? null;
}

/** What every section of the briefing reads: the report, its words, the money scale. */
interface Brief {
  r: ConsolidateReport;
  t: ConsolidateText;
  b: ConsolidateText["briefing"];
  lang: Lang;
  scale: Extract<MoneyScale, "million" | "billion">;
  unitWord: string;
  money: (header: string, width: number) => Column;
  rate: (header: string, width: number) => Column;
}

/** The page being laid out, top to bottom. */
interface Page {
  cells: CellSpec[];
  heights: Record<number, number>;
  merges: string[];
}

/** One text across columns `from`..`to` of a row. */
function line(p: Page, row: number, from: string, to: string, value: string, style: CellStyle): void {
  p.cells.push({ row, col: from.charCodeAt(0) - 64, value, style });
  if (from !== to) p.merges.push(`${from}${row}:${to}${row}`);
}

/** Heading: agency left, national motto right, then place and date; the title and the figures' date. */
function headingRows(p: Page, c: Brief, options: BriefingOptions): void {
  const { b, r, t } = c;
  line(p, 1, "A", "C", options.issuer?.trim() || b.agency, CENTER_BOLD);
  line(p, 1, "D", LAST, b.nation, CENTER_BOLD);
  line(p, 2, "D", LAST, b.motto, { ...CENTER_BOLD, fontSize: 11 });
  line(p, 3, "D", LAST, b.dateLine(options.place?.trim() || b.placeBlank, r.asOf), CENTER_ITALIC);
  const agencyLines = linesOf(options.issuer?.trim() || b.agency, WIDTHS[0] + WIDTHS[1] + WIDTHS[2], true);
  if (agencyLines > 1) p.heights[1] = agencyLines * LINE_POINTS;
  line(p, 5, "A", LAST, t.briefingTitle, TITLE);
  p.heights[5] = 2 * 18;
  line(p, 6, "A", LAST, t.figuresIn(r.asOf, c.unitWord), CENTER_ITALIC);
}

/** I. Key figures, label and value side by side, from `row`; returns the row after. */
function keyFigures(p: Page, c: Brief, top: number): number {
  const { r, t, unitWord, scale } = c;
  let row = top;
  line(p, row++, "A", LAST, c.b.sections.figures, SECTION);
  const count = (s: string): number => r.files.filter((f) => f.status === s).length;
  const accepted = count("accepted");
  const figures: [string, string | number, "money" | "rate" | "text"][] = [
    [t.withUnit(t.allocated, unitWord), r.grandTotal.allocated, "money"],
    [t.withUnit(t.plannedToDate, unitWord), r.grandTotal.plannedToDate, "money"],
    [t.withUnit(t.actualToDate, unitWord), r.grandTotal.actualToDate, "money"],
    [t.rate, rateOf(r.grandTotal) ?? 0, "rate"],
    [t.submitted, r.missingUnits ? `${accepted} / ${accepted + r.missingUnits.length}` : String(accepted), "text"],
  ];
  if (r.missingUnits && r.missingUnits.length > 0) figures.push([t.missing, r.missingUnits.join(", "), "text"]);
  if (count("rejected") > 0) figures.push([t.rejected, String(count("rejected")), "text"]);
  if (r.reconciliation) figures.push([t.differences, String(r.reconciliation.length), "text"]);
  for (const [label, value, kind] of figures) {
    line(p, row, "A", "C", label, cellStyle("text", false));
    p.cells.push({
      row,
      col: 4,
      value,
      style: { ...cellStyle(kind, true, scale), horizontal: kind === "text" ? "left" : "right" },
    });
    p.merges.push(`D${row}:${LAST}${row}`);
    if (kind === "text") {
      const n = linesOf(
        String(value),
        WIDTHS.slice(3).reduce((s, w) => s + w, 0),
        true,
      );
      if (n > 1) p.heights[row] = n * LINE_POINTS;
    }
    row++;
  }
  return row;
}

/** A section's title row and its table under it: the table's top row and the row after it. */
function sectionTable(
  p: Page,
  c: Brief,
  title: string,
  start: number,
  columns: Column[],
  rows: Value[][],
): { top: number; next: number } {
  line(p, start, "A", LAST, title, SECTION);
  const top = start + 1;
  return { top, next: placeTable(p.cells, p.heights, top, 1, columns, rows, { scale: c.scale }) };
}

/** II. By source, earliest deadline first: the table's top row and the row after it. */
function sourceSection(p: Page, c: Brief, sources: ReturnType<typeof outlook>["sources"], start: number) {
  const { t, b, money, rate } = c;
  return sectionTable(
    p,
    c,
    b.sections.sources,
    start,
    [
      col(t.source, WIDTHS[0]),
      col(t.deadline, WIDTHS[1]),
      money(t.allocated, WIDTHS[2]),
      money(t.actualToDate, WIDTHS[3]),
      rate(t.rate, WIDTHS[4]),
      money(b.remaining, WIDTHS[5]),
      col(t.withUnit(b.monthsLeft, t.units.months), WIDTHS[6], "int"),
      money(`${b.projectedLapse} (*)`, WIDTHS[7]),
    ],
    sources.map((s) => [
      t.sourceName(s.source),
      s.deadline ? formatDate(s.deadline) : null,
      s.allocated,
      s.actualToDate,
      rateOf(s),
      s.remaining,
      s.monthsLeft,
      s.projectedLapse,
    ]),
  );
}

/** Each unit's allocation, plan and actual to date, summed over its sources, in the report's order. */
function unitTotals(r: ConsolidateReport) {
  const byUnit = new Map<string, { allocated: number; actualToDate: number; plannedToDate: number }>();
  for (const x of r.totals) {
    const u = byUnit.get(x.unit) ?? { allocated: 0, actualToDate: 0, plannedToDate: 0 };
    u.allocated += x.allocated;
    u.actualToDate += x.actualToDate;
    u.plannedToDate += x.plannedToDate;
    byUnit.set(x.unit, u);
  }
  return [...byUnit];
}

/** III. By unit, and the projection's note under it: the table's top row and the row after the note. */
function unitSection(
  p: Page,
  c: Brief,
  units: ReturnType<typeof unitTotals>,
  atRiskBy: Map<string, AtRiskLine[]>,
  unitLapse: ReturnType<typeof outlook>["units"],
  start: number,
) {
  const { t, b, money, rate } = c;
  const { top, next: row } = sectionTable(
    p,
    c,
    b.sections.units,
    start,
    [
      col(t.unit, WIDTHS[0]),
      col(b.atRiskLines, WIDTHS[1], "int"),
      money(t.allocated, WIDTHS[2]),
      money(t.actualToDate, WIDTHS[3]),
      rate(t.rate, WIDTHS[4]),
      money(t.plannedToDate, WIDTHS[5]),
      rate(t.planRate, WIDTHS[6]),
      money(`${b.projectedLapse} (*)`, WIDTHS[7]),
    ],
    units.map(([unit, a]) => [
      unit,
      atRiskBy.get(unit)?.length ?? 0,
      a.allocated,
      a.actualToDate,
      rateOf(a),
      a.plannedToDate,
      a.allocated > 0 ? a.plannedToDate / a.allocated : null,
      unitLapse.find((u) => u.unit === unit)?.projectedLapse ?? 0,
    ]),
  );
  line(p, row, "A", LAST, b.projectionNote, NOTE);
  p.heights[row] = linesOf(b.projectionNote, WIDTHS.reduce((s, w) => s + w, 0) * 1.2) * 12;
  return { top, next: row + 2 };
}

/** IV. Units at risk, each with its one main reason; returns the row after. */
function atRiskSection(p: Page, c: Brief, atRiskBy: Map<string, AtRiskLine[]>, start: number): number {
  const { b } = c;
  let row = start;
  line(p, row++, "A", LAST, b.sections.atRisk, SECTION);
  const atRiskUnits = [...atRiskBy].sort((x, y) => y[1].length - x[1].length);
  if (atRiskUnits.length === 0) line(p, row++, "A", LAST, b.noneAtRisk, { wrap: true });
  for (const [unit, lines] of atRiskUnits) {
    const reason = mainReason(lines);
    const text = b.unitAtRisk(unit, formatNumber(lines.length, c.lang), reason ? ruleName(reason, c.lang) : "");
    line(p, row, "A", LAST, text, { wrap: true, vertical: "top" });
    const n = linesOf(
      text,
      WIDTHS.reduce((s, w) => s + w, 0),
    );
    if (n > 1) p.heights[row] = n * LINE_POINTS;
    row++;
  }
  return row;
}

const CHART_HEIGHT = 15;

/** The two charts side by side at `row`: rates by unit, rates by source (none for an empty table). */
function briefingCharts(
  t: ConsolidateText,
  row: number,
  unitTable: { top: number; n: number },
  sourceTable: { top: number; n: number },
): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const chart = (title: string, top: number, n: number, series: ChartSpec["series"], from: string, to: string) => {
    if (n === 0) return;
    charts.push({
      kind: "bar",
      title,
      from: `${from}${row}`,
      to: `${to}${row + CHART_HEIGHT}`,
      categories: `A${top + 1}:A${top + n}`,
      series,
      valueFormat: "0%",
    });
  };
  const u = unitTable;
  const s = sourceTable;
  chart(
    t.byUnit,
    u.top,
    u.n,
    [
      { name: t.rate, values: `E${u.top + 1}:E${u.top + u.n}` },
      { name: t.planRate, values: `G${u.top + 1}:G${u.top + u.n}` },
    ],
    "A",
    "D",
  );
  chart(t.bySource, s.top, s.n, [{ name: t.rate, values: `E${s.top + 1}:E${s.top + s.n}` }], "E", LAST);
  return charts;
}

/** Recipients left, signature right, from `top`; returns the block's last row. */
function signatureRows(p: Page, b: ConsolidateText["briefing"], top: number): number {
  line(p, top, "A", "C", b.recipients, { bold: true, italic: true });
  b.recipientList.forEach((text, i) => line(p, top + 1 + i, "A", "C", text, { fontSize: 9 }));
  line(p, top, "E", LAST, b.signer, CENTER_BOLD);
  line(p, top + 1, "E", LAST, b.signHint, CENTER_ITALIC);
  return top + 6;
}

export function briefingSheet(
  r: ConsolidateReport,
  t: ConsolidateText,
  profile: Profile,
  lang: Lang,
  options: BriefingOptions = {},
): SheetSpec {
  const scale = options.scale ?? "million";
  const unitWord = t.units[scale];
  const c: Brief = {
    r,
    t,
    b: t.briefing,
    lang,
    scale,
    unitWord,
    money: (header, width) => col(t.withUnit(header, unitWord), width, "money"),
    rate: (header, width) => col(t.withUnit(header, t.units.percent), width, "rate"),
  };
  const p: Page = { cells: [], heights: {}, merges: [] };
  headingRows(p, c, options);
  const afterFigures = keyFigures(p, c, 8);
  const { sources, units: unitLapse } = outlook(r.totals, profile, r.asOf);
  const sourceTable = sourceSection(p, c, sources, afterFigures + 1);
  const atRiskBy = new Map<string, AtRiskLine[]>();
  for (const l of r.atRisk) atRiskBy.set(l.unit, [...(atRiskBy.get(l.unit) ?? []), l]);
  const units = unitTotals(r);
  const unitTable = unitSection(p, c, units, atRiskBy, unitLapse, sourceTable.next + 1);
  const chartRow = atRiskSection(p, c, atRiskBy, unitTable.next) + 1;
  const charts = briefingCharts(
    t,
    chartRow,
    { top: unitTable.top, n: units.length },
    { top: sourceTable.top, n: sources.length },
  );
  const lastRow = signatureRows(p, c.b, charts.length > 0 ? chartRow + CHART_HEIGHT + 2 : chartRow);
  return {
    name: t.sheets.briefing,
    cells: p.cells,
    columnWidths: Object.fromEntries(WIDTHS.map((w, i) => [i + 1, w])),
    rowHeights: p.heights,
    merges: p.merges,
    charts,
    print: { paper: "A4", orientation: "portrait", fitToWidth: true, onePage: true, area: `A1:${LAST}${lastRow}` },
    tabColor: "1F4E79",
  };
}
