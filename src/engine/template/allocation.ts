/**
 * The allocation list a plan template is made from: programmes, projects,
 * sub-projects and contents with the capital allocated to each per source,
 * their owner and responsible leader. Read from an allocation decision's
 * annex as units receive it, whatever its layout, by the same detection as
 * plan tables (an annex is a plan table without period columns), or typed in.
 */

import type { Grid } from "../grid";
import { parseA1, sheetView } from "../grid";
import { detectTables } from "../detect";
import type { ColumnInfo } from "../detect";
import { readTableData, type PlanLine, type TableData } from "../lines";
import type { Part } from "../detect/vocabulary";
import type { ProgrammeId, MoneyUnit } from "../report-types";

/** The capital of one line from one source, integer đồng. Splits are given when the annex gives them. */
export interface SourceAllocation {
  source: string;
  allocated: number;
  /** Central budget (NSTW) and local counterpart (NSĐP) shares. */
  nstw?: number;
  nsdp?: number;
  /** Investment (chi đầu tư phát triển) and recurrent (chi sự nghiệp) shares. */
  investment?: number;
  recurrent?: number;
}

export interface AllocationItem {
  /** The headings above the line, outermost first: programme, project, sub-project. */
  path: string[];
  /** The sub-project or content the plan is made for. */
  label: string;
  code: string | null;
  owner: string | null;
  leader: string | null;
  sources: SourceAllocation[];
}

export interface AllocationList {
  items: AllocationItem[];
  /** The unit amounts were written in; the template keeps it. */
  unit: MoneyUnit;
  programme: ProgrammeId | null;
  /** Where the list came from (sheet names), for messages. */
  sheets: string[];
}

export type SplitKey = "nstw" | "nsdp" | "investment" | "recurrent";

export const SPLIT_KEYS: readonly SplitKey[] = ["nstw", "nsdp", "investment", "recurrent"];

const SPLIT_OF_PART: Partial<Record<Exclude<Part, null>, SplitKey>> = {
  nstw: "nstw",
  nsdp: "nsdp",
  dtpt: "investment",
  sn: "recurrent",
};

/** Why a list cannot be used; `cells` names the amounts that could not be read. */
export class AllocationError extends Error {
  constructor(
    readonly reason: "no-table" | "no-rows" | "bad-amounts",
    readonly cells: string[] = [],
  ) {
    super(reason);
    this.name = "AllocationError";
  }
}

/** The headings above a line: its parents' labels, outermost first (the total row is not one). */
function pathOf(line: PlanLine, byRow: Map<number, PlanLine>): string[] {
  const path: string[] = [];
  for (let p = line.parentRow; p !== null;) {
    const parent = byRow.get(p);
    if (!parent) break;
    if (parent.kind !== "total") path.unshift(parent.label);
    p = parent.parentRow;
  }
  return path;
}

/** The split shares of a line's allocation, from the annex's split columns of its source. */
function splitsOf(data: TableData, line: PlanLine): Partial<Record<SplitKey, number>> {
  const splits: Partial<Record<SplitKey, number>> = {};
  const values = data.amounts.get(line.row) ?? [];
  data.amountColumns.forEach((c: ColumnInfo, i) => {
    const key = c.role === "allocated" && c.part ? SPLIT_OF_PART[c.part] : undefined;
    const v = values[i];
    if (!key || (c.source ?? line.source) !== line.source || v === null || v === undefined || Number.isNaN(v)) return;
    splits[key] = (splits[key] ?? 0) + v;
  });
  return splits;
}

/**
 * The allocation list in a workbook's sheets (or a CSV's one Grid): every
 * item line with capital, grouped by row, under its headings. Throws
 * AllocationError when no table is found, no line holds capital, or an
 * allocated amount cannot be read or is negative.
 */
export function allocationFromGrids(grids: Grid[], year: number): AllocationList {
  const items: AllocationItem[] = [];
  const bad: string[] = [];
  const sheets: string[] = [];
  let unit: MoneyUnit | null = null;
  let programme: ProgrammeId | null = null;
  let tables = 0;
  for (const grid of grids) {
    const view = sheetView(grid);
    for (const table of detectTables(grid, { year }, view)) {
      tables++;
      const data = readTableData(grid, table, `plan-${year}`, view);
      const byRow = new Map<number, PlanLine>();
      for (const line of data.lines) if (!byRow.has(line.row)) byRow.set(line.row, line);
      const itemsOfRow = new Map<number, AllocationItem>();
      // Only the allocated capital is taken from the list: a word in a month column of a plan is not its concern.
      const allocatedCols = new Set(table.columns.filter((c) => c.role === "allocated").map((c) => c.col));
      const isAllocated = (cell: string): boolean => allocatedCols.has(parseA1(cell)?.col ?? 0);
      for (const line of data.lines) {
        for (const f of line.findings)
          if (f.cell && line.kind === "item" && isAllocated(f.cell)) bad.push(`${grid.sheet}!${f.cell}`);
        if (line.kind !== "item" || line.breakdown || line.unallocated || line.unreadable) continue;
        if (line.allocated <= 0) continue;
        let item = itemsOfRow.get(line.row);
        if (!item) {
          item = {
            path: pathOf(line, byRow),
            label: line.label,
            code: line.code,
            owner: line.owner,
            leader: line.leader,
            sources: [],
          };
          itemsOfRow.set(line.row, item);
          items.push(item);
        }
        item.sources.push({ source: line.source, allocated: line.allocated, ...splitsOf(data, line) });
        unit ??= table.unit;
        programme ??= line.programme;
      }
      if (!sheets.includes(grid.sheet)) sheets.push(grid.sheet);
    }
  }
  if (tables === 0) throw new AllocationError("no-table");
  if (bad.length > 0) throw new AllocationError("bad-amounts", bad);
  if (items.length === 0) throw new AllocationError("no-rows");
  return { items: mergeSameLine(items), unit: unit ?? "million-vnd", programme, sheets };
}

/**
 * One item per line and its sources: an annex with a "Nguồn vốn" column
 * gives a row per source of the same content, which are one item here.
 */
export function mergeSameLine(items: AllocationItem[]): AllocationItem[] {
  const out: AllocationItem[] = [];
  const index = new Map<string, AllocationItem>();
  for (const item of items) {
    const key = JSON.stringify([item.path, item.label, item.code]);
    const same = index.get(key);
    if (same && item.sources.every((s) => !same.sources.some((k) => k.source === s.source))) {
      same.sources.push(...item.sources);
      same.owner ??= item.owner;
      same.leader ??= item.leader;
      continue;
    }
    index.set(key, item);
    out.push(item);
  }
  return out;
}
