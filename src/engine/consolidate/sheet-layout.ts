/**
 * How the consolidated workbook's sheets lay out a table: columns of a kind
 * (text, money, rate, count), each header carrying its unit, cell styles, and
 * row heights estimated from the text so that wrapped cells print whole
 * instead of over the next row. Every sheet module (sheets.ts, briefing.ts,
 * and any sheet added later) builds its tables with these.
 */

import type { CellSpec, CellStyle } from "../sheet-spec";

export type Kind = "text" | "money" | "rate" | "int";
export type Value = string | number | null;

export interface Column {
  header: string;
  /** Width in characters. */
  width: number;
  kind: Kind;
}

/** How money is shown: the cell keeps exact đồng, the format scales it (Excel's trailing commas divide by 1000). */
export type MoneyScale = "vnd" | "million" | "billion";

export const MONEY_FORMAT: Record<MoneyScale, string> = {
  vnd: "#,##0",
  million: "#,##0,,",
  billion: "#,##0.00,,,",
};

export const TITLE: CellStyle = { bold: true, fontSize: 13, horizontal: "center", wrap: true };
export const SUBTITLE: CellStyle = { italic: true, horizontal: "center" };
export const HEADER: CellStyle = {
  bold: true,
  border: true,
  fill: "DDEBF7",
  horizontal: "center",
  vertical: "middle",
  wrap: true,
};

/** Points per printed line of 11-point text. */
export const LINE_POINTS = 15;

export function cellStyle(kind: Kind, bold: boolean, scale: MoneyScale = "vnd"): CellStyle {
  const s: CellStyle = { border: true, vertical: "top" };
  if (kind === "text") s.wrap = true;
  const fmt = kind === "money" ? MONEY_FORMAT[scale] : kind === "rate" ? "0.0%" : kind === "int" ? "0" : undefined;
  if (fmt) s.numberFormat = fmt;
  if (bold) s.bold = true;
  return s;
}

export const col = (header: string, width: number, kind: Kind = "text"): Column => ({ header, width, kind });

/**
 * Lines a text takes in a column `width` characters wide: each paragraph
 * broken at words, as Excel and LibreOffice wrap. Bold text is wider, so it
 * gets a tenth less room; a width is counted in "0" digits, which are wider
 * than the average letter, so that roughly evens out for plain text.
 */
export function linesOf(text: string, width: number, bold = false): number {
  const room = Math.max(1, Math.floor(width * (bold ? 0.9 : 1)) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= room) line = need;
      else {
        if (line > 0) lines++;
        lines += Math.floor(Math.max(0, word.length - 1) / room);
        line = word.length % room || room;
      }
    }
  }
  return lines;
}

/** The height a row needs for its tallest wrapped cell, in points; null when one line does. */
export function rowHeightFor(texts: readonly { text: string; width: number; bold?: boolean }[]): number | null {
  const lines = Math.max(1, ...texts.map((c) => linesOf(c.text, c.width, c.bold)));
  return lines > 1 ? lines * LINE_POINTS : null;
}

/**
 * A header row and its data rows at (top, left), with row heights for wrapped
 * text added to `heights`; returns the row after the table.
 */
export function placeTable(
  cells: CellSpec[],
  heights: Record<number, number>,
  top: number,
  left: number,
  columns: Column[],
  rows: Value[][],
  options: { boldRows?: ReadonlySet<number>; scale?: MoneyScale; headerWidths?: number[] } = {},
): number {
  const widths = options.headerWidths ?? columns.map((c) => c.width);
  columns.forEach((c, i) => cells.push({ row: top, col: left + i, value: c.header, style: HEADER }));
  heights[top] = Math.max(2, ...columns.map((c, i) => linesOf(c.header, widths[i]))) * LINE_POINTS;
  rows.forEach((values, r) => {
    const bold = options.boldRows?.has(r) ?? false;
    columns.forEach((c, i) =>
      cells.push({
        row: top + 1 + r,
        col: left + i,
        value: values[i] ?? null,
        style: cellStyle(c.kind, bold, options.scale),
      }),
    );
    const height = rowHeightFor(
      columns.flatMap((c, i) =>
        c.kind === "text" && typeof values[i] === "string" ? [{ text: values[i], width: widths[i], bold }] : [],
      ),
    );
    if (height !== null) heights[top + 1 + r] = height;
  });
  return top + 1 + rows.length;
}
