/** Builds Grids in tests from rows of values, as a sheet would hold them. */

import type { CellValue, Grid } from "../../src/engine/grid";
import { parseRange } from "../../src/engine/grid";

export interface GridSpec {
  sheet?: string;
  /** rows[i] is sheet row i + 1; undefined or [] for a blank row. */
  rows: (CellValue[] | undefined)[];
  /** A1 ranges such as "A5:A6". */
  merges?: string[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  formulas?: Record<string, string>;
}

export function grid(spec: GridSpec): Grid {
  const g: Grid = {
    sheet: spec.sheet ?? "Sheet1",
    rows: spec.rows.map((r) =>
      r && r.length > 0 ? { values: r.map((v) => (v === undefined ? null : v)) } : undefined,
    ),
    merges: (spec.merges ?? []).map((m) => parseRange(m)!),
    hiddenColumns: spec.hiddenColumns ?? [],
  };
  for (const r of spec.hiddenRows ?? []) {
    g.rows[r - 1] = { values: g.rows[r - 1]?.values ?? [], hidden: true };
  }
  return g;
}
