/**
 * The Plan view's typed allocation list as the editor holds it: the
 * engine's TypedLines with an id each (for React keys and focus), and the
 * edits the user makes (add, remove, indent, outdent). Pure, so the
 * outline rules are tested without a browser; depths always stay what
 * depthLimits allows, so the engine never sees a line without a heading.
 */

import { depthLimits, type TypedField, type TypedLine } from "../../engine/template/typed";

export interface EditRow extends TypedLine {
  id: number;
}

/** Messages per row id and field, shown under the fields until they are edited. */
export type RowErrors = Map<number, Partial<Record<TypedField, string>>>;

/** Programme, project, sub-project headings and lines under them: four levels. */
export const MAX_DEPTH = 3;

/** Each row clamped to the depth the rows above allow (after a heading became a line, or was removed). */
function settle(rows: EditRow[]): EditRow[] {
  const limits = depthLimits(rows);
  return rows.map((r, i) => (r.depth > limits[i] ? { ...r, depth: limits[i] } : r));
}

/** The index just past row `i` and the rows nested under it. */
function subtreeEnd(rows: readonly EditRow[], i: number): number {
  let end = i + 1;
  if (rows[i].kind === "heading") while (end < rows.length && rows[end].depth > rows[i].depth) end++;
  return end;
}

/** A new empty line at the end, under the last heading (or beside the last line), with the last line's source. */
export function addRow(rows: readonly EditRow[], id: number, defaultSource: string): EditRow[] {
  const last = rows[rows.length - 1];
  const depth = last === undefined ? 0 : Math.min(MAX_DEPTH, last.kind === "heading" ? last.depth + 1 : last.depth);
  const source = [...rows].reverse().find((r) => r.kind === "item")?.source ?? defaultSource;
  const row: EditRow = { id, kind: "item", depth, name: "", code: "", owner: "", leader: "", source, amount: "" };
  return settle([...rows, row]);
}

/** Row `i` removed; what was nested under it moves up a level rather than being lost. */
export function removeRow(rows: readonly EditRow[], i: number): EditRow[] {
  const end = subtreeEnd(rows, i);
  return settle([
    ...rows.slice(0, i),
    ...rows.slice(i + 1, end).map((r) => ({ ...r, depth: r.depth - 1 })),
    ...rows.slice(end),
  ]);
}

/** A row may go one level deeper when the heading above can hold it and nothing under it passes the last level. */
export function canIndent(rows: readonly EditRow[], i: number): boolean {
  const deepest = Math.max(...rows.slice(i, subtreeEnd(rows, i)).map((r) => r.depth + (r.kind === "heading" ? 1 : 0)));
  return rows[i].depth < depthLimits(rows)[i] && deepest < MAX_DEPTH;
}

export function canOutdent(rows: readonly EditRow[], i: number): boolean {
  return rows[i].depth > 0;
}

/** Row `i` one level deeper (or shallower), with what is nested under it. */
export function shiftRow(rows: readonly EditRow[], i: number, by: 1 | -1): EditRow[] {
  if (by === 1 ? !canIndent(rows, i) : !canOutdent(rows, i)) return [...rows];
  const end = subtreeEnd(rows, i);
  return settle(rows.map((r, k) => (k >= i && k < end ? { ...r, depth: r.depth + by } : r)));
}

/** One field of row `i` changed; a heading made a line leaves what was under it beside it. */
export function updateRow(rows: readonly EditRow[], i: number, change: Partial<TypedLine>): EditRow[] {
  return settle(rows.map((r, k) => (k === i ? { ...r, ...change } : r)));
}
