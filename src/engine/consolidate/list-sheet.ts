/**
 * The shape of every list sheet of the consolidated workbook (title,
 * subtitle, an optional "how to read" line, one table) and the fields a list
 * is described by. Its own module so that every sheet module can build on it
 * without importing the others.
 */

import { columnLetter } from "../grid";
import type { CellSpec, SheetSpec } from "../sheet-spec";
import { type Column, type Kind, type Value, LINE_POINTS, SUBTITLE, TITLE, linesOf, placeTable } from "./sheet-layout";

/**
 * Title, subtitle, an optional "how to read" line, one table: the shape of
 * every list sheet. Rows are as tall as their wrapped text; the table is the
 * print area, its header repeated on every page.
 */
export function listSheet(
  name: string,
  title: string,
  subtitle: string,
  columns: Column[],
  rows: Value[][],
  options: { boldRows?: ReadonlySet<number>; howTo?: string } = {},
): SheetSpec {
  const cells: CellSpec[] = [];
  const heights: Record<number, number> = {};
  const last = columnLetter(columns.length);
  const merges = [`A1:${last}1`, `A2:${last}2`];
  cells.push({ row: 1, col: 1, value: title, style: TITLE }, { row: 2, col: 1, value: subtitle, style: SUBTITLE });
  if (options.howTo) {
    cells.push({ row: 3, col: 1, value: options.howTo, style: { italic: true, wrap: true, vertical: "top" } });
    merges.push(`A3:${last}3`);
    const width = columns.reduce((s, c) => s + c.width, 0);
    heights[3] = linesOf(options.howTo, width) * LINE_POINTS;
  }
  const end = placeTable(cells, heights, 4, 1, columns, rows, { boldRows: options.boldRows });
  return {
    name,
    cells,
    columnWidths: Object.fromEntries(columns.map((c, i) => [i + 1, c.width])),
    rowHeights: heights,
    merges,
    freeze: { rows: 4, columns: 0 },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: [4, 4],
      area: `A1:${last}${Math.max(4, end - 1)}`,
    },
  };
}

/** A column of a numbered list and how to read its value off one item. */
export interface Field<T> extends Column {
  value: (item: T) => Value;
}

export const field = <T>(header: string, width: number, value: (item: T) => Value, kind: Kind = "text"): Field<T> => ({
  header,
  width,
  kind,
  value,
});
