/** A Grid written as an .xlsx file (values and merged ranges), for end-to-end tests on generated workbooks. */

import type { Grid } from "../../src/engine/grid";
import { columnLetter, isCellDate, isCellError } from "../../src/engine/grid";
import type { CellSpec } from "../../src/engine/sheet-spec";
import { writeSheetSpecs } from "../../src/workbook/file/write-xlsx";

export function gridXlsx(grids: Grid[]): Promise<Uint8Array> {
  return writeSheetSpecs(
    grids.map((g) => {
      const cells: CellSpec[] = [];
      g.rows.forEach((r, i) =>
        r?.values.forEach((v, c) => {
          if (v === null || v === undefined || isCellError(v) || isCellDate(v)) return;
          cells.push({ row: i + 1, col: c + 1, value: v });
        }),
      );
      const merges = g.merges.map((m) => `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`);
      return { name: g.sheet, cells, merges };
    }),
  );
}
