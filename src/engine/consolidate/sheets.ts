/**
 * The consolidated workbook as SheetSpecs: a one-page monthly briefing with
 * charts, the summary by unit, programme and source, the at-risk lines, the
 * submissions (accepted, duplicate, rejected, missing), and, when run with
 * them, the Treasury reconciliation and the plan slippage. The file writer
 * and the Office.js adapter render these the same way.
 *
 * Text copied from submitted workbooks (names, labels, codes) goes in as a
 * cell value, which renderers always write as text: a label "=HYPERLINK(…)"
 * stays a label.
 */

import { columnLetter } from "../grid";
import type { Profile } from "../profile";
import { deadlineOf } from "../profile";
import type { CellSpec, CellStyle, ChartSpec, SheetSpec } from "../sheet-spec";
import { CONSOLIDATE_TEXT, type ConsolidateText } from "../../i18n/consolidate";
import { formatDate, type Lang } from "../../i18n/format";
import { rateOf } from "./consolidate";
import type {
  Amounts,
  AtRiskLine,
  ConsolidatedFile,
  ConsolidateReport,
  ReconciliationDifference,
  SlippageLine,
  UnitTotal,
} from "./types";

type Kind = "text" | "money" | "rate" | "int";
type Value = string | number | null;

interface Column {
  header: string;
  width: number;
  kind: Kind;
}

const FORMATS: Record<Kind, string | undefined> = { text: undefined, money: "#,##0", rate: "0.0%", int: "0" };
const TITLE: CellStyle = { bold: true, fontSize: 13, horizontal: "center" };
const SUBTITLE: CellStyle = { italic: true, horizontal: "center" };
const HEADER: CellStyle = {
  bold: true,
  border: true,
  fill: "DDEBF7",
  horizontal: "center",
  vertical: "middle",
  wrap: true,
};

function cellStyle(kind: Kind, bold: boolean): CellStyle {
  const s: CellStyle = { border: true, vertical: "top" };
  if (kind === "text") s.wrap = true;
  const fmt = FORMATS[kind];
  if (fmt) s.numberFormat = fmt;
  if (bold) s.bold = true;
  return s;
}

/** A header row and its data rows at (top, left); returns the row after the table. */
function placeTable(
  cells: CellSpec[],
  top: number,
  left: number,
  columns: Column[],
  rows: Value[][],
  boldRows: ReadonlySet<number> = new Set(),
): number {
  columns.forEach((c, i) => cells.push({ row: top, col: left + i, value: c.header, style: HEADER }));
  rows.forEach((values, r) => {
    columns.forEach((c, i) =>
      cells.push({
        row: top + 1 + r,
        col: left + i,
        value: values[i] ?? null,
        style: cellStyle(c.kind, boldRows.has(r)),
      }),
    );
  });
  return top + 1 + rows.length;
}

/** Title, subtitle, one table: the shape of every list sheet. */
function listSheet(
  name: string,
  title: string,
  subtitle: string,
  columns: Column[],
  rows: Value[][],
  boldRows?: ReadonlySet<number>,
): SheetSpec {
  const cells: CellSpec[] = [];
  const last = columnLetter(columns.length);
  cells.push({ row: 1, col: 1, value: title, style: TITLE }, { row: 2, col: 1, value: subtitle, style: SUBTITLE });
  placeTable(cells, 4, 1, columns, rows, boldRows);
  return {
    name,
    cells,
    columnWidths: Object.fromEntries(columns.map((c, i) => [i + 1, c.width])),
    rowHeights: { 4: 32 },
    merges: [`A1:${last}1`, `A2:${last}2`],
    freeze: { rows: 4, columns: 0 },
    print: { paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: [4, 4] },
  };
}

const col = (header: string, width: number, kind: Kind = "text"): Column => ({ header, width, kind });

function amountColumns(t: ConsolidateText): Column[] {
  return [
    col(t.allocated, 17, "money"),
    col(t.plannedTotal, 17, "money"),
    col(t.plannedToDate, 17, "money"),
    col(t.actualToDate, 17, "money"),
    col(t.rate, 11, "rate"),
    col(t.planRate, 11, "rate"),
  ];
}

function amountValues(a: Amounts): Value[] {
  return [
    a.allocated,
    a.plannedTotal,
    a.plannedToDate,
    a.actualToDate,
    rateOf(a),
    a.allocated > 0 ? a.plannedToDate / a.allocated : null,
  ];
}

function sumOf(list: readonly Amounts[]): Amounts {
  const s: Amounts = { allocated: 0, plannedTotal: 0, actualToDate: 0, plannedToDate: 0 };
  for (const a of list) {
    s.allocated += a.allocated;
    s.plannedTotal += a.plannedTotal;
    s.actualToDate += a.actualToDate;
    s.plannedToDate += a.plannedToDate;
  }
  return s;
}

/** Units in the order of the totals, each with its rows. */
function byUnit(totals: readonly UnitTotal[]): Map<string, UnitTotal[]> {
  const m = new Map<string, UnitTotal[]>();
  for (const t of totals) m.set(t.unit, [...(m.get(t.unit) ?? []), t]);
  return m;
}

function summarySheet(r: ConsolidateReport, t: ConsolidateText): SheetSpec {
  const rows: Value[][] = [];
  const bold = new Set<number>();
  let n = 0;
  for (const [unit, list] of byUnit(r.totals)) {
    bold.add(rows.length);
    rows.push([String(++n), unit, t.unitTotal, null, ...amountValues(sumOf(list))]);
    for (const x of list) {
      rows.push([
        null,
        null,
        x.programme ? t.programmes[x.programme] : t.allProgrammes,
        t.sourceName(x.source),
        ...amountValues(x),
      ]);
    }
  }
  bold.add(rows.length);
  rows.push([null, t.total, null, null, ...amountValues(r.grandTotal)]);
  const columns = [col(t.stt, 6), col(t.unit, 28), col(t.programme, 26), col(t.source, 22), ...amountColumns(t)];
  return listSheet(t.sheets.summary, t.title, t.asOf(r.asOf), columns, rows, bold);
}

/** A column of a numbered list and how to read its value off one item. */
interface Field<T> extends Column {
  value: (item: T) => Value;
}

const field = <T>(header: string, width: number, value: (item: T) => Value, kind: Kind = "text"): Field<T> => ({
  header,
  width,
  kind,
  value,
});

/** A list sheet of items numbered from 1 (the STT column), one row each. */
function numberedListSheet<T>(
  t: ConsolidateText,
  sheet: string,
  title: string,
  asOf: string,
  fields: Field<T>[],
  items: readonly T[],
): SheetSpec {
  const columns = [col(t.stt, 6), ...fields];
  const rows = items.map((item, i): Value[] => [String(i + 1), ...fields.map((f) => f.value(item))]);
  return listSheet(sheet, title, t.asOf(asOf), columns, rows);
}

/** A plan line listed by unit, name, code and source, and pointed at in its submission (file, sheet, row). */
type ListedLine = Pick<AtRiskLine & SlippageLine, "unit" | "label" | "code" | "source" | "file" | "sheet" | "row">;

function lineFields<T extends ListedLine>(t: ConsolidateText, labelWidth: number): Field<T>[] {
  return [
    field(t.unit, 22, (l) => l.unit),
    field(t.label, labelWidth, (l) => l.label),
    field(t.code, 11, (l) => l.code),
    field(t.source, 20, (l) => t.sourceName(l.source)),
  ];
}

function whereFields<T extends ListedLine>(t: ConsolidateText): Field<T>[] {
  return [field(t.file, 24, (l) => l.file), field(t.sheet, 16, (l) => l.sheet), field(t.row, 7, (l) => l.row, "int")];
}

function atRiskSheet(r: ConsolidateReport, t: ConsolidateText): SheetSpec {
  return numberedListSheet<AtRiskLine>(
    t,
    t.sheets.atRisk,
    t.atRiskTitle,
    r.asOf,
    [
      ...lineFields(t, 36),
      field(t.deadline, 11, (l) => (l.deadline ? formatDate(l.deadline) : null)),
      field(t.allocated, 16, (l) => l.allocated, "money"),
      field(t.actualToDate, 16, (l) => l.actualToDate, "money"),
      field(t.status, 12, (l) => t.lineStatus[l.status]),
      field(t.rules, 24, (l) => l.rules.join(", ")),
      ...whereFields(t),
    ],
    r.atRisk,
  );
}

function filesSheet(r: ConsolidateReport, t: ConsolidateText): SheetSpec {
  const spec = numberedListSheet<ConsolidatedFile>(
    t,
    t.sheets.files,
    t.filesTitle,
    r.asOf,
    [
      field(t.file, 34, (f) => f.file),
      field(t.unit, 28, (f) => f.unit),
      field(t.status, 14, (f) => t.fileStatus[f.status]),
      field(t.reason, 48, (f) => (f.keptFile ? t.keptInstead(f.keptFile) : f.reason)),
      field(t.lines, 9, (f) => f.lines, "int"),
      field(t.errors, 9, (f) => f.errors, "int"),
    ],
    r.files,
  );
  let row = 4 + r.files.length + 2;
  const listed = (title: string, names: string[]): void => {
    spec.cells.push({ row: row++, col: 2, value: title, style: { bold: true } });
    for (const name of names.length > 0 ? names : [t.none]) spec.cells.push({ row: row++, col: 2, value: name });
    row++;
  };
  if (r.missingUnits) listed(t.missingTitle, r.missingUnits);
  // Said apart from the file list too: these units' money is missing from every total.
  if (r.unexpectedUnits && r.unexpectedUnits.length > 0) listed(t.unexpectedTitle, r.unexpectedUnits);
  return spec;
}

function reconciliationSheet(r: ConsolidateReport, t: ConsolidateText): SheetSpec {
  return numberedListSheet<ReconciliationDifference>(
    t,
    t.sheets.reconciliation,
    t.reconciliationTitle,
    r.asOf,
    [
      field(t.unit, 26, (d) => d.unit),
      field(t.code, 12, (d) => d.code),
      field(t.source, 20, (d) => (d.source ? t.sourceName(d.source) : null)),
      field(t.field, 22, (d) => t.fields[d.field]),
      field(t.workbook, 17, (d) => d.workbook, "money"),
      field(t.treasury, 17, (d) => d.treasury, "money"),
      field(t.difference, 17, (d) => d.difference, "money"),
      field(t.note, 30, (d) => (d.missingIn ? t.missingIn[d.missingIn] : null)),
    ],
    r.reconciliation ?? [],
  );
}

function slippageSheet(r: ConsolidateReport, t: ConsolidateText): SheetSpec {
  return numberedListSheet<SlippageLine>(
    t,
    t.sheets.slippage,
    t.slippageTitle,
    r.asOf,
    [
      ...lineFields(t, 34),
      field(t.change, 30, (s) => t.changes[s.change]),
      field(t.previous, 16, (s) => s.previous, "money"),
      field(t.current, 16, (s) => s.current, "money"),
      field(t.month, 7, (s) => s.month, "int"),
      ...whereFields(t),
    ],
    r.slippage ?? [],
  );
}

/** The one-page briefing: key figures, rate by unit and by source (against deadlines), two charts. */
function briefingSheet(r: ConsolidateReport, t: ConsolidateText, profile: Profile): SheetSpec {
  const cells: CellSpec[] = [];
  cells.push(
    { row: 1, col: 1, value: t.briefingTitle, style: TITLE },
    { row: 2, col: 1, value: t.asOf(r.asOf), style: SUBTITLE },
  );
  const count = (s: string): number => r.files.filter((f) => f.status === s).length;
  const figures: [string, Value, Kind][] = [
    [t.allocated, r.grandTotal.allocated, "money"],
    [t.plannedToDate, r.grandTotal.plannedToDate, "money"],
    [t.actualToDate, r.grandTotal.actualToDate, "money"],
    [t.rate, rateOf(r.grandTotal), "rate"],
    [
      t.submitted,
      r.missingUnits ? `${count("accepted")} / ${count("accepted") + r.missingUnits.length}` : count("accepted"),
      "int",
    ],
    [t.missing, r.missingUnits ? r.missingUnits.join(", ") || t.none : null, "text"],
    [t.rejected, count("rejected"), "int"],
    [t.duplicates, count("duplicate"), "int"],
    [t.atRiskCount, r.atRisk.length, "int"],
  ];
  if (r.reconciliation) figures.push([t.differences, r.reconciliation.length, "int"]);
  if (r.slippage) figures.push([t.slippageCount, r.slippage.length, "int"]);
  cells.push({ row: 4, col: 1, value: t.keyFigures, style: { bold: true } });
  let row = 5;
  const merges = ["A1:H1", "A2:H2"];
  for (const [label, value, kind] of figures) {
    if (value === null) continue;
    cells.push({ row, col: 1, value: label, style: cellStyle("text", false) });
    cells.push({
      row,
      col: 4,
      value,
      style: { ...cellStyle(kind, true), horizontal: kind === "text" ? "left" : "right" },
    });
    merges.push(`A${row}:C${row}`, `D${row}:H${row}`);
    row++;
  }

  // Rates by unit.
  row += 1;
  const unitTop = row;
  const units = [...byUnit(r.totals)].map(([unit, list]) => [unit, sumOf(list)] as const);
  const rateCols = [
    col(t.allocated, 16, "money"),
    col(t.actualToDate, 16, "money"),
    col(t.rate, 11, "rate"),
    col(t.planRate, 11, "rate"),
  ];
  row = placeTable(
    cells,
    unitTop,
    1,
    [col(t.unit, 12), col("", 10), ...rateCols],
    units.map(([unit, a]) => [
      unit,
      null,
      a.allocated,
      a.actualToDate,
      rateOf(a),
      a.allocated > 0 ? a.plannedToDate / a.allocated : null,
    ]),
  );
  for (let k = unitTop; k < row; k++) merges.push(`A${k}:B${k}`);

  // Rates by source, with each source's deadline.
  row += 1;
  const sourceTop = row;
  const sources = new Map<string, UnitTotal[]>();
  for (const x of r.totals) sources.set(x.source, [...(sources.get(x.source) ?? []), x]);
  const sourceRows = [...sources]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, list]) => {
      const a = sumOf(list);
      const deadline = deadlineOf(profile, source);
      return [
        deadline ? `${t.sourceName(source)} (${formatDate(deadline)})` : t.sourceName(source),
        null,
        a.allocated,
        a.actualToDate,
        rateOf(a),
        a.allocated > 0 ? a.plannedToDate / a.allocated : null,
      ];
    });
  row = placeTable(cells, sourceTop, 1, [col(`${t.source} (${t.deadline})`, 12), col("", 10), ...rateCols], sourceRows);
  for (let k = sourceTop; k < row; k++) merges.push(`A${k}:B${k}`);

  // Both charts full width, one under the other: category names stay readable and the page stays one.
  const charts: ChartSpec[] = [];
  let chartTop = row + 1;
  const rateChart = (title: string, top: number, count: number): void => {
    if (count === 0) return;
    const height = Math.max(10, count * 2 + 5);
    charts.push({
      kind: "bar",
      title,
      from: `A${chartTop}`,
      to: `H${chartTop + height}`,
      categories: `A${top + 1}:A${top + count}`,
      series: [
        { name: t.rate, values: `E${top + 1}:E${top + count}` },
        { name: t.planRate, values: `F${top + 1}:F${top + count}` },
      ],
      valueFormat: "0%",
    });
    chartTop += height + 2;
  };
  rateChart(t.byUnit, unitTop, units.length);
  rateChart(t.bySource, sourceTop, sourceRows.length);
  return {
    name: t.sheets.briefing,
    cells,
    columnWidths: { 1: 14, 2: 14, 3: 16, 4: 16, 5: 11, 6: 11, 7: 8, 8: 8 },
    rowHeights: { [unitTop]: 30, [sourceTop]: 30 },
    merges,
    charts,
    print: { paper: "A4", orientation: "portrait", fitToWidth: true },
    tabColor: "1F4E79",
  };
}

/** Every sheet of the consolidated workbook, briefing first. */
export function consolidationSheets(r: ConsolidateReport, profile: Profile, lang: Lang): SheetSpec[] {
  const t = CONSOLIDATE_TEXT[lang];
  const sheets = [briefingSheet(r, t, profile), summarySheet(r, t), atRiskSheet(r, t), filesSheet(r, t)];
  if (r.reconciliation) sheets.push(reconciliationSheet(r, t));
  if (r.slippage) sheets.push(slippageSheet(r, t));
  return sheets;
}
