/**
 * PlanTable + Grid -> PlanLine[]: every data row read into lines (one per
 * capital source the row carries), amounts in integer đồng, with the
 * findings that reading alone can make (a cell that is not a number, a
 * formula error, a negative amount).
 */

import { Grid, a1, cellAt, isCellError, mergeIndex, shownValue } from "./grid";
import type { ColumnInfo, PlanTable } from "./detect";
import { HierarchyNode, buildHierarchy } from "./detect/hierarchy";
import { programmeOf, sourceOf } from "./detect/sources";
import { isAmountRole } from "./detect/columns";
import { readAmount } from "./money";
import type { LineKind, ProgrammeId, RuleId, Severity } from "./report-types";
import { cellText, normalize } from "./text";

export type MessageArgs = Record<string, string | number | null>;

/** A finding before it is put into words (i18n renders `args` in the user's language). */
export interface RawFinding {
  rule: RuleId;
  severity: Severity;
  cell: string | null;
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
  allocatedCell: string | null;
  /** Per period (months 1–12, or quarters 1–4 when the table has only quarters), đồng. */
  planned: number[];
  plannedCells: (string | null)[];
  /** Quarter cells when the table has months and quarters both. */
  quarters: number[] | null;
  quarterCells: (string | null)[] | null;
  actualToDate: number | null;
  actualCell: string | null;
  findings: RawFinding[];
  /** Some amount of this line could not be read. */
  unreadable: boolean;
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

export function readTableData(grid: Grid, table: PlanTable, fallbackSource: string): TableData {
  // A name, code or owner merged down over several rows (one row per source) belongs to each of them.
  const merges = mergeIndex(grid);
  const text = (row: number, col: number | undefined): string =>
    col === undefined ? "" : cellText(shownValue(grid, merges, row, col)).trim();
  const { columns } = table;
  const colOf = (role: string): number | undefined => columns.find((c) => c.role === role)?.col;
  const sttCol = colOf("stt");
  const labelCol = colOf("label");
  const codeCol = colOf("code");
  const ownerCol = colOf("owner");
  const leaderCol = colOf("leader");
  const sourceCol = colOf("source");
  const amountColumns = columns.filter((c) => isAmountRole(c.role) && c.role !== "amount");

  const nodes = buildHierarchy(
    table.dataRows.map((row) => ({
      row,
      stt: text(row, sttCol),
      label: text(row, labelCol),
      bare: (codeCol !== undefined || ownerCol !== undefined) && text(row, codeCol) === "" && text(row, ownerCol) === "",
    })),
    sttCol !== undefined,
  );

  const lines: PlanLine[] = [];
  const lineIndex = new Map<string, PlanLine>();
  const amounts = new Map<number, (number | null)[]>();
  const rowSource = new Map<number, { source: string; stated: boolean }>();
  const rowProgramme = new Map<number, ProgrammeId | null>();

  for (const node of nodes) {
    const row = node.row;
    const label = text(row, labelCol);
    const labelNorm = normalize(label);
    const parent = node.parentRow === null ? undefined : rowSource.get(node.parentRow);
    const stated =
      (sourceCol !== undefined ? sourceOf(normalize(text(row, sourceCol))) : null) ??
      (node.kind !== "item" ? sourceOf(labelNorm) : null) ??
      (parent?.stated ? parent.source : null) ??
      table.sheetSource ??
      table.titleSource;
    const src = stated !== null ? { source: stated, stated: true } : { source: fallbackSource, stated: false };
    rowSource.set(row, src);
    const programme =
      programmeOf(labelNorm) ?? (node.parentRow !== null ? rowProgramme.get(node.parentRow) ?? null : null) ?? table.programme;
    rowProgramme.set(row, programme);

    // Read every amount cell once.
    const values: (number | null)[] = [];
    const cellFindings: { col: ColumnInfo; finding: RawFinding }[] = [];
    for (const col of amountColumns) {
      const ref = a1(row, col.col);
      const r = readAmount(cellAt(grid, row, col.col), table.unit, table.notation);
      if (r.kind === "amount") {
        values.push(r.dong);
        if (r.dong < 0) cellFindings.push({ col, finding: { rule: "negative-amount", severity: "error", cell: ref, args: { amount: r.dong, unit: table.unit } } });
      } else if (r.kind === "empty") {
        values.push(null);
      } else {
        values.push(NaN);
        cellFindings.push({
          col,
          finding:
            r.kind === "error"
              ? { rule: "formula-error", severity: "error", cell: ref, args: { error: r.error } }
              : { rule: "not-a-number", severity: "error", cell: ref, args: { text: r.text } },
        });
      }
    }
    amounts.set(row, values);

    const effective = (c: ColumnInfo): string => c.source ?? src.source;
    const sources: string[] = [];
    amountColumns.forEach((c, i) => {
      if (values[i] !== null && !sources.includes(effective(c))) sources.push(effective(c));
    });
    if (sources.length === 0) sources.push(amountColumns.find((c) => c.source)?.source ?? src.source);

    const base = {
      row,
      kind: node.kind,
      parentRow: node.parentRow,
      level: node.level,
      breakdown: node.breakdown,
      hidden: grid.rows[row - 1]?.hidden === true,
      label,
      code: text(row, codeCol) || null,
      owner: text(row, ownerCol) || null,
      leader: text(row, leaderCol) || null,
      programme,
    };
    for (const source of sources) {
      const mine = (c: ColumnInfo): boolean => effective(c) === source;
      const line: PlanLine = {
        ...base,
        source,
        sourceStated: src.stated || amountColumns.some((c) => c.source === source),
        ...amountsFor(table, amountColumns, values, row, mine),
        findings: [],
        unreadable: false,
      };
      lines.push(line);
      lineIndex.set(`${row}|${source}`, line);
    }
    const first = lineIndex.get(`${row}|${sources[0]}`)!;
    for (const { col, finding } of cellFindings) {
      const owner = lineIndex.get(`${row}|${effective(col)}`) ?? first;
      owner.findings.push(finding);
      if (finding.rule !== "negative-amount") owner.unreadable = true;
    }
    for (const col of [labelCol, codeCol, ownerCol, leaderCol]) {
      const v = col === undefined ? null : cellAt(grid, row, col);
      if (col !== undefined && isCellError(v)) {
        first.findings.push({ rule: "formula-error", severity: "error", cell: a1(row, col), args: { error: v.error } });
      }
    }
  }

  return {
    table,
    lines,
    nodes,
    amountColumns,
    amounts,
    lineAt(row: number, col: number): PlanLine | undefined {
      const c = amountColumns.find((k) => k.col === col);
      const src = rowSource.get(row);
      if (!src) return undefined;
      return lineIndex.get(`${row}|${c?.source ?? src.source}`) ?? lines.find((l) => l.row === row);
    },
  };
}

type Amounts = Pick<
  PlanLine,
  "allocated" | "allocatedCell" | "planned" | "plannedCells" | "quarters" | "quarterCells" | "actualToDate" | "actualCell"
>;

/**
 * One figure from the columns that carry it: a total column when there is
 * one, else the sum of one split (NSTW + NSĐP, or ĐTPT + SN), never both
 * splits, which would count the money twice.
 */
function pick(cols: ColumnInfo[], valueOf: (c: ColumnInfo) => number | null): { value: number | null; cell: ColumnInfo | null } {
  if (cols.length === 0) return { value: null, cell: null };
  const total = cols.find((c) => c.part === "total" || c.part === null);
  if (total) return { value: valueOf(total), cell: total };
  const family = cols.some((c) => c.part === "nstw" || c.part === "nsdp") ? ["nstw", "nsdp"] : ["dtpt", "sn"];
  const parts = cols.filter((c) => family.includes(c.part ?? ""));
  let sum: number | null = null;
  for (const c of parts) {
    const v = valueOf(c);
    if (v !== null && !Number.isNaN(v)) sum = (sum ?? 0) + v;
  }
  return { value: sum, cell: parts[0] ?? null };
}

function amountsFor(
  table: PlanTable,
  amountColumns: ColumnInfo[],
  values: (number | null)[],
  row: number,
  mine: (c: ColumnInfo) => boolean,
): Amounts {
  const valueOf = (c: ColumnInfo): number | null => values[amountColumns.indexOf(c)];
  const finite = (v: number | null): number => (v === null || Number.isNaN(v) ? 0 : v);
  const ref = (c: ColumnInfo | null): string | null => (c ? a1(row, c.col) : null);
  const cols = amountColumns.filter(mine);

  const allocated = pick(cols.filter((c) => c.role === "allocated"), valueOf);
  const periods = table.granularity === "quarter" ? 4 : 12;
  const periodOf = (c: ColumnInfo): number | null => (periods === 4 ? c.quarter : c.month);
  const planned: number[] = [];
  const plannedCells: (string | null)[] = [];
  for (let p = 1; p <= periods; p++) {
    const got = pick(cols.filter((c) => c.role === "planned" && periodOf(c) === p), valueOf);
    planned.push(finite(got.value));
    plannedCells.push(ref(got.cell));
  }
  let quarters: number[] | null = null;
  let quarterCells: (string | null)[] | null = null;
  if (table.granularity === "month+quarter") {
    quarters = [];
    quarterCells = [];
    for (let q = 1; q <= 4; q++) {
      const got = pick(cols.filter((c) => c.role === "planned" && c.quarter === q), valueOf);
      quarters.push(finite(got.value));
      quarterCells.push(ref(got.cell));
    }
  }
  const actualCols = cols.filter((c) => c.role === "actual");
  const toDate = pick(actualCols.filter((c) => c.month === null && c.quarter === null), valueOf);
  let actualToDate = toDate.value;
  let actualCell = ref(toDate.cell);
  if (toDate.cell === null && actualCols.length > 0) {
    // Actuals by period only: the sum of the periods is the actual to date.
    const byPeriod = actualCols.filter((c) => (periods === 4 ? c.quarter !== null : c.month !== null));
    actualToDate = byPeriod.reduce<number | null>((s, c) => {
      const v = valueOf(c);
      return v === null || Number.isNaN(v) ? s : (s ?? 0) + v;
    }, null);
    actualCell = ref(byPeriod[0] ?? null);
  }
  return {
    allocated: finite(allocated.value),
    allocatedCell: ref(allocated.cell),
    planned,
    plannedCells,
    quarters,
    quarterCells,
    actualToDate: actualToDate === null || Number.isNaN(actualToDate) ? (actualCols.length > 0 ? 0 : null) : actualToDate,
    actualCell,
  };
}
