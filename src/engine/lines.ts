/**
 * PlanTable + Grid -> PlanLine[]: every data row read into lines (one per
 * capital source the row carries), amounts in integer đồng, with the
 * findings that reading alone can make (a cell that is not a number, a
 * formula error, a negative amount).
 */

import { Grid, SheetView, a1, cellAt, isCellError, sheetView, shownValue } from "./grid";
import type { ColumnInfo, PlanTable } from "./detect";
import { HierarchyNode, buildHierarchy } from "./detect/hierarchy";
import { programmeOf, sourceInPlanYear, sourceOf } from "./detect/sources";
import { isAmountRole } from "./detect/columns";
import { isUnallocatedLabel } from "./detect/vocabulary";
import { readAmount } from "./money";
import type { LineKind, ProgrammeId, RuleId, Severity } from "./report-types";
import { cellText, normalize } from "./text";
import { type LineConcerns, lineConcerns } from "./concerns/read";

export type MessageArgs = Record<string, string | number | null>;

/** A finding before it is put into words (i18n renders `args` in the user's language). */
export interface RawFinding {
  rule: RuleId;
  severity: Severity;
  cell: string | null;
  /** Every cell at issue, `cell` first, when there are more than one (money in several months after a deadline). */
  cells?: string[];
  args: MessageArgs;
}

export interface PlanLine {
  row: number;
  kind: LineKind;
  parentRow: number | null;
  level: number;
  /** "Trong đó: …" rows detail their parent and are not added into sums. */
  breakdown: boolean;
  hidden: boolean;
  label: string;
  code: string | null;
  owner: string | null;
  leader: string | null;
  source: string;
  /** False when no header, cell, label or sheet name said the source and the profile's plan year was assumed. */
  sourceStated: boolean;
  programme: ProgrammeId | null;
  allocated: number;
  /** Per period (months 1–12, or quarters 1–4 when the table has only quarters), đồng. */
  planned: number[];
  /** Quarters when the table has months and quarters both. */
  quarters: number[] | null;
  actualToDate: number | null;
  /** Which columns hold this line's figures (shared by all lines of the same source). */
  fields: FieldColumns;
  findings: RawFinding[];
  /** Some amount of this line could not be read. */
  unreadable: boolean;
  /** The line holds capital not yet allocated to projects ("Vốn chưa phân bổ"). */
  unallocated: boolean;
  /** Obstacles and recommendations written on the line, if any. */
  concerns?: LineConcerns;
}

/** The columns one figure is read from: a total column, or the parts of one split added up. */
export interface ColumnPick {
  total: ColumnInfo | null;
  parts: ColumnInfo[];
}

export interface FieldColumns {
  allocated: ColumnPick;
  periods: ColumnPick[];
  quarters: ColumnPick[] | null;
  /** Actual to date, or the actual periods when the table has only those. */
  actual: ColumnPick | null;
  actualPeriods: ColumnInfo[];
}

/** Amounts of one table as read: per row, per amount column, đồng (null when blank, NaN when unreadable). */
export interface TableData {
  table: PlanTable;
  lines: PlanLine[];
  nodes: HierarchyNode[];
  amountColumns: ColumnInfo[];
  amounts: Map<number, (number | null)[]>;
  /** The line that owns a cell: the row's line for the column's source. */
  lineAt(row: number, col: number): PlanLine | undefined;
}

/** The cell a line's figure stands in (the total column, or the first part), for findings. */
export function pickCell(row: number, pick: ColumnPick | null | undefined): string | null {
  const c = pick ? (pick.total ?? pick.parts[0]) : undefined;
  return c ? a1(row, c.col) : null;
}

/** Every cell a line's figure stands in: the total column, or each part added up. */
export function pickCells(row: number, pick: ColumnPick | null | undefined): string[] {
  if (!pick) return [];
  return (pick.total ? [pick.total] : pick.parts).map((c) => a1(row, c.col));
}

/**
 * One figure's columns among those of a source: a total column when there
 * is one, else one split (NSTW + NSĐP, or ĐTPT + SN), never both splits,
 * which would count the money twice.
 */
function pickOf(cols: ColumnInfo[]): ColumnPick {
  const total = cols.find((c) => c.part === "total" || c.part === null) ?? null;
  if (total) return { total, parts: [] };
  const family = cols.some((c) => c.part === "nstw" || c.part === "nsdp") ? ["nstw", "nsdp"] : ["dtpt", "sn"];
  return { total: null, parts: cols.filter((c) => family.includes(c.part ?? "")) };
}

function fieldColumns(table: PlanTable, cols: ColumnInfo[]): FieldColumns {
  const byQuarter = table.granularity === "quarter";
  const periodOf = (c: ColumnInfo): number | null => (byQuarter ? c.quarter : c.month);
  const planned = cols.filter((c) => c.role === "planned");
  const actual = cols.filter((c) => c.role === "actual");
  const toDate = actual.filter((c) => c.month === null && c.quarter === null);
  return {
    allocated: pickOf(cols.filter((c) => c.role === "allocated")),
    periods: Array.from({ length: byQuarter ? 4 : 12 }, (_, i) => pickOf(planned.filter((c) => periodOf(c) === i + 1))),
    quarters:
      table.granularity === "month+quarter"
        ? Array.from({ length: 4 }, (_, i) => pickOf(planned.filter((c) => c.quarter === i + 1 && c.month === null)))
        : null,
    actual: toDate.length > 0 ? pickOf(toDate) : null,
    actualPeriods: toDate.length > 0 ? [] : actual.filter((c) => periodOf(c) !== null),
  };
}

/** The columns of a table's text roles (undefined where the table has none). */
interface RoleColumns {
  stt?: number;
  label?: number;
  code?: number;
  owner?: number;
  leader?: number;
  source?: number;
  concerns: readonly [number | undefined, number | undefined, number | undefined];
}

function roleColumns(columns: ColumnInfo[]): RoleColumns {
  const colOf = (role: string): number | undefined => columns.find((c) => c.role === role)?.col;
  return {
    stt: colOf("stt"),
    label: colOf("label"),
    code: colOf("code"),
    owner: colOf("owner"),
    leader: colOf("leader"),
    source: colOf("source"),
    concerns: [colOf("obstacle"), colOf("recommendation"), colOf("note")],
  };
}

/** Which source each amount column holds for a row of a given source, and each source's field columns. */
interface SourcePlan {
  order: string[];
  sourceOfColumn: string[];
  fields: Map<string, FieldColumns>;
}

/** Which columns hold which source's figures depends only on the row's own source: planned once per source. */
function sourcePlans(table: PlanTable, amountColumns: ColumnInfo[]): (rowSource: string) => SourcePlan {
  const plans = new Map<string, SourcePlan>();
  return (rowSrc) => {
    let plan = plans.get(rowSrc);
    if (!plan) {
      const sourceOfColumn = amountColumns.map((c) => c.source ?? rowSrc);
      const order = [...new Set(sourceOfColumn)];
      const fields = new Map(
        order.map((s) => [
          s,
          fieldColumns(
            table,
            amountColumns.filter((_, i) => sourceOfColumn[i] === s),
          ),
        ]),
      );
      plan = { order, sourceOfColumn, fields };
      plans.set(rowSrc, plan);
    }
    return plan;
  };
}

/** What a row takes from its own cells or, failing them, from its parent: its source and programme. */
interface Inherited {
  source: string;
  /** False when the source is the fallback (nothing said it). */
  stated: boolean;
  programme: ProgrammeId | null;
}

interface Reading {
  grid: Grid;
  table: PlanTable;
  fallbackSource: string;
  text: (row: number, col: number | undefined) => string;
  cols: RoleColumns;
  amountColumns: ColumnInfo[];
  indexOf: Map<ColumnInfo, number>;
  namedSources: Set<string>;
  /** The plan's year, which the fallback source names: earlier years' capital in it is carried over. */
  planYear: number | null;
  planFor: (rowSource: string) => SourcePlan;
}

/** A row's source: its source cell, a heading's label, the parent's stated source, the table's, the fallback. */
function inheritRow(r: Reading, node: HierarchyNode, labelNorm: string, parent: Inherited | undefined): Inherited {
  const { table } = r;
  const named =
    (r.cols.source !== undefined ? sourceOf(normalize(r.text(node.row, r.cols.source))) : null) ??
    (node.kind !== "item" ? sourceOf(labelNorm) : null);
  const stated =
    (named !== null && r.planYear !== null ? sourceInPlanYear(named, r.planYear) : named) ??
    (parent?.stated ? parent.source : null) ??
    table.defaultSource;
  const programme =
    programmeOf(labelNorm) ?? (node.parentRow !== null ? (parent?.programme ?? null) : null) ?? table.programme;
  return stated !== null
    ? { source: stated, stated: true, programme }
    : { source: r.fallbackSource, stated: false, programme };
}

interface CellFinding {
  /** The amount column's index. */
  index: number;
  finding: RawFinding;
}

/** Every amount cell of a row read once: values, findings, and which sources the row has figures for. */
function readRowAmounts(r: Reading, row: number, plan: SourcePlan) {
  const values: (number | null)[] = new Array(r.amountColumns.length);
  const cellFindings: CellFinding[] = [];
  const present = new Set<string>();
  r.amountColumns.forEach((col, i) => {
    const read = readAmount(cellAt(r.grid, row, col.col), r.table.unit, r.table.notation);
    if (read.kind === "empty") {
      values[i] = null;
      return;
    }
    present.add(plan.sourceOfColumn[i]);
    const cell = a1(row, col.col);
    if (read.kind === "amount") {
      values[i] = read.dong;
      if (read.dong < 0) {
        cellFindings.push({
          index: i,
          finding: { rule: "negative-amount", severity: "error", cell, args: { amount: read.dong } },
        });
      }
      return;
    }
    values[i] = NaN;
    cellFindings.push({
      index: i,
      finding:
        read.kind === "error"
          ? { rule: "formula-error", severity: "error", cell, args: { error: read.error } }
          : { rule: "not-a-number", severity: "error", cell, args: { text: read.text } },
    });
  });
  return { values, cellFindings, present };
}

/** The row's lines, one per source it has figures for (or its own source when it has none). */
function rowLinesOf(
  r: Reading,
  node: HierarchyNode,
  label: string,
  labelNorm: string,
  own: Inherited,
  amounts: { values: (number | null)[]; present: Set<string> },
  plan: SourcePlan,
): PlanLine[] {
  const { row } = node;
  const sources = plan.order.filter((s) => amounts.present.has(s));
  if (sources.length === 0) sources.push(r.amountColumns.find((c) => c.source)?.source ?? own.source);
  const code = r.text(row, r.cols.code) || null;
  const owner = r.text(row, r.cols.owner) || null;
  const leader = r.text(row, r.cols.leader) || null;
  const hidden = r.grid.rows[row - 1]?.hidden === true;
  const concerns = lineConcerns(...(r.cols.concerns.map((c) => r.text(row, c)) as [string, string, string]));
  return sources.map((source): PlanLine => {
    const fields = plan.fields.get(source) ?? fieldColumns(r.table, []);
    return {
      row,
      kind: node.kind,
      parentRow: node.parentRow,
      level: node.level,
      breakdown: node.breakdown,
      hidden,
      label,
      code,
      owner,
      leader,
      source,
      sourceStated: own.stated || r.namedSources.has(source),
      programme: own.programme,
      ...figures(fields, amounts.values, r.indexOf),
      fields,
      findings: [],
      unreadable: false,
      unallocated: isUnallocatedLabel(labelNorm),
      ...(concerns ? { concerns } : {}),
    };
  });
}

/** A cell's finding to the line of the cell's source; formula errors in the row's texts to its first line. */
function attachFindings(r: Reading, row: number, rowLines: PlanLine[], cellFindings: CellFinding[], plan: SourcePlan) {
  for (const { index, finding } of cellFindings) {
    const owner = rowLines.find((l) => l.source === plan.sourceOfColumn[index]) ?? rowLines[0];
    owner.findings.push(finding);
    if (finding.rule !== "negative-amount") owner.unreadable = true;
  }
  for (const col of [r.cols.label, r.cols.code, r.cols.owner, r.cols.leader]) {
    const v = col === undefined ? null : cellAt(r.grid, row, col);
    if (col !== undefined && isCellError(v)) {
      rowLines[0].findings.push({
        rule: "formula-error",
        severity: "error",
        cell: a1(row, col),
        args: { error: v.error },
      });
    }
  }
}

/** The rows' labels (as shown and normalized) and their outline, from STT, label, code and owner. */
function rowOutline(r: Reading): { labels: string[]; labelNorms: string[]; nodes: HierarchyNode[] } {
  const { cols, text, table } = r;
  const labels = table.dataRows.map((row) => text(row, cols.label));
  const labelNorms = labels.map(normalize);
  const nodes = buildHierarchy(
    table.dataRows.map((row, i) => ({
      row,
      stt: text(row, cols.stt),
      labelNorm: labelNorms[i],
      bare:
        (cols.code !== undefined || cols.owner !== undefined) &&
        text(row, cols.code) === "" &&
        text(row, cols.owner) === "",
      code: text(row, cols.code),
    })),
    cols.stt !== undefined,
  );
  return { labels, labelNorms, nodes };
}

function reading(grid: Grid, table: PlanTable, fallbackSource: string, merges: SheetView["merges"]): Reading {
  const amountColumns = table.columns.filter((c) => isAmountRole(c.role) && c.role !== "amount");
  return {
    grid,
    table,
    fallbackSource,
    // A name, code or owner merged down over several rows (one row per source) belongs to each of them.
    text: (row, col) => (col === undefined ? "" : cellText(shownValue(grid, merges, row, col)).trim()),
    cols: roleColumns(table.columns),
    amountColumns,
    indexOf: new Map(amountColumns.map((c, i) => [c, i])),
    namedSources: new Set(amountColumns.filter((c) => c.source).map((c) => c.source!)),
    planYear: Number(/^plan-(\d{4})$/.exec(fallbackSource)?.[1] ?? NaN) || null,
    planFor: sourcePlans(table, amountColumns),
  };
}

export function readTableData(
  grid: Grid,
  table: PlanTable,
  fallbackSource: string,
  { merges }: SheetView = sheetView(grid),
): TableData {
  const r = reading(grid, table, fallbackSource, merges);
  const { amountColumns } = r;
  const { labels, labelNorms, nodes } = rowOutline(r);
  const lines: PlanLine[] = [];
  const linesOfRow = new Map<number, PlanLine[]>();
  const amounts = new Map<number, (number | null)[]>();
  const inherited = new Map<number, Inherited>();
  nodes.forEach((node, n) => {
    const parent = node.parentRow === null ? undefined : inherited.get(node.parentRow);
    const own = inheritRow(r, node, labelNorms[n], parent);
    inherited.set(node.row, own);
    const plan = r.planFor(own.source);
    const read = readRowAmounts(r, node.row, plan);
    amounts.set(node.row, read.values);
    const rowLines = rowLinesOf(r, node, labels[n], labelNorms[n], own, read, plan);
    attachFindings(r, node.row, rowLines, read.cellFindings, plan);
    lines.push(...rowLines);
    linesOfRow.set(node.row, rowLines);
  });

  return {
    table,
    lines,
    nodes,
    amountColumns,
    amounts,
    lineAt(row: number, col: number): PlanLine | undefined {
      const rowLines = linesOfRow.get(row);
      const src = inherited.get(row);
      if (!rowLines || !src) return undefined;
      const c = amountColumns.find((k) => k.col === col);
      const source = c?.source ?? src.source;
      return rowLines.find((l) => l.source === source) ?? rowLines[0];
    },
  };
}

/** The line's figures from the row's values, through its source's columns. */
function figures(
  fields: FieldColumns,
  values: (number | null)[],
  indexOf: Map<ColumnInfo, number>,
): Pick<PlanLine, "allocated" | "planned" | "quarters" | "actualToDate"> {
  const value = (c: ColumnInfo): number | null => values[indexOf.get(c)!];
  const read = (p: ColumnPick): number | null => {
    if (p.total) return finite(value(p.total));
    let sum: number | null = null;
    for (const c of p.parts) {
      const v = value(c);
      if (v !== null && !Number.isNaN(v)) sum = (sum ?? 0) + v;
    }
    return sum;
  };
  let actualToDate: number | null = null;
  if (fields.actual) actualToDate = read(fields.actual) ?? 0;
  else if (fields.actualPeriods.length > 0) {
    // Actuals by period only: their sum is the actual to date.
    actualToDate = fields.actualPeriods.reduce((s, c) => s + (finite(value(c)) ?? 0), 0);
  }
  return {
    allocated: read(fields.allocated) ?? 0,
    planned: fields.periods.map((p) => read(p) ?? 0),
    quarters: fields.quarters ? fields.quarters.map((p) => read(p) ?? 0) : null,
    actualToDate,
  };
}

function finite(v: number | null): number | null {
  return v === null || Number.isNaN(v) ? null : v;
}
