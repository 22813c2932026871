/**
 * A plan table as a tree (total -> programme/section -> project -> sub-project
 * -> works), laid out on sheet rows, with group rows written as SUM formulas of
 * their children the way offices write them.
 */
import type ExcelJS from "exceljs";
import { a1, columnLetter } from "../../src/engine/grid";

export type Kind = "total" | "group" | "item";
/** A value as typed into an item cell: a number, some text, or a formula. */
export type Typed = number | string | { formula: string } | null;

export interface Node {
  kind: Kind;
  stt: string;
  label: string;
  code?: string;
  owner?: string;
  leader?: string;
  note?: string;
  /** Nesting depth: 0 total, 1 programme/section, 2 project, 3 sub-project, 4 works. */
  level: number;
  children: Node[];
  /** Item cells by column number (values already in the sheet's unit). */
  cells: Map<number, Typed>;
  /** How group formulas name their children: SUM(range), SUM(a,b,c) or a+b+c. */
  sumStyle?: "range" | "list" | "plus";
  hidden?: boolean;
  /** Leave an empty separator row after this node's block. */
  blankAfter?: boolean;
  /** Assigned by layout(). */
  row: number;
  /** Free-form data for the sample builder. */
  tag?: string;
}

export function node(kind: Kind, stt: string, label: string, level: number, extra: Partial<Node> = {}): Node {
  return { kind, stt, label, level, children: [], cells: new Map(), row: 0, ...extra };
}

/** Assign rows depth-first from startRow; returns the nodes in sheet order. Blank separators are skipped rows. */
export function layout(root: Node, startRow: number): Node[] {
  const flat: Node[] = [];
  let r = startRow;
  const walk = (n: Node) => {
    n.row = r++;
    flat.push(n);
    for (const c of n.children) walk(c);
    if (n.blankAfter) r++;
  };
  walk(root);
  return flat;
}

export function lastRow(flat: Node[]): number {
  return Math.max(...flat.map((n) => n.row));
}

/** Formula summing a group's children in column c, in the group's style. */
export function childSum(n: Node, c: number): string {
  const rows = n.children.map((k) => k.row);
  const L = columnLetter(c);
  if (rows.length === 1) return `${L}${rows[0]}`;
  const style = n.sumStyle ?? (n.children.every((k) => k.kind === "item") ? "range" : "list");
  if (style === "range") return `SUM(${L}${Math.min(...rows)}:${L}${Math.max(...rows)})`;
  if (style === "list") return `SUM(${rows.map((r) => `${L}${r}`).join(",")})`;
  return rows.map((r) => `${L}${r}`).join("+");
}

/**
 * Write every row: item cells as typed, group cells as child sums in sumCols
 * (unless override gives another formula or value for that group cell).
 */
export function writeAmounts(
  ws: ExcelJS.Worksheet,
  flat: Node[],
  sumCols: number[],
  override: (n: Node, c: number) => Typed | undefined = () => undefined,
): void {
  for (const n of flat) {
    if (n.kind === "item") {
      for (const [c, v] of n.cells) put(ws, n.row, c, v);
    } else {
      for (const c of sumCols) {
        const o = override(n, c);
        put(ws, n.row, c, o !== undefined ? o : { formula: childSum(n, c) });
      }
      for (const [c, v] of n.cells) put(ws, n.row, c, v);
    }
    if (n.hidden) ws.getRow(n.row).hidden = true;
  }
}

export function put(ws: ExcelJS.Worksheet, r: number, c: number, v: Typed): void {
  const cell = ws.getCell(r, c);
  if (v === null || v === undefined) return;
  if (typeof v === "object") cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
  else cell.value = v;
}

/** The columns a table's rows carry their text in; a table without an STT column has none. */
export interface TextColumns {
  stt?: number;
  label: number;
  code?: number;
  owner?: number;
  leader?: number;
}

/** Writes each row's STT, label, project code, investor and leader into the table's columns for them. */
export function writeText(ws: ExcelJS.Worksheet, flat: Node[], cols: TextColumns): void {
  for (const n of flat) {
    if (cols.stt !== undefined) ws.getCell(n.row, cols.stt).value = n.stt || null;
    ws.getCell(n.row, cols.label).value = n.label;
    for (const key of ["code", "owner", "leader"] as const) {
      const c = cols[key];
      const v = n[key];
      if (c !== undefined && v) ws.getCell(n.row, c).value = v;
    }
  }
}

export function cellOf(n: Node, c: number): string {
  return a1(n.row, c);
}

/** Depth-first search by label prefix; throws if absent (a typo in a sample is a bug). */
export function find(flat: Node[], labelStart: string, nth = 0): Node {
  const hits = flat.filter((n) => n.label.startsWith(labelStart));
  if (!hits[nth]) throw new Error(`no row starting with "${labelStart}"`);
  return hits[nth];
}
