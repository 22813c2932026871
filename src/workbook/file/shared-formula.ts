/**
 * Excel stores a formula filled down or across once ("shared") and leaves the
 * other cells empty; each of them means the master formula with its relative
 * references moved by the cell's offset.
 */

import { columnLetter, columnNumber } from "../../engine/grid";

const REFERENCE = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  // Text inside quotes (strings, quoted sheet names) is left alone.
  return formula
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (whole, colAbs: string, col: string, rowAbs: string, row: string, at: number, all: string) => {
              if (at > 0 && /[A-Za-z_.]/.test(all[at - 1])) return whole; // part of a name or function
              const c = colAbs ? columnNumber(col) : columnNumber(col) + dCol;
              const r = rowAbs ? Number(row) : Number(row) + dRow;
              if (c < 1 || r < 1) return "#REF!";
              return `${colAbs}${columnLetter(c)}${rowAbs}${r}`;
            },
          ),
    )
    .join("");
}
