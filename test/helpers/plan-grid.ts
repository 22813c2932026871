/**
 * A unit's submitted plan as a Grid, from amounts in đồng: title rows naming
 * the unit, a monthly plan header, one row per item and the date line under
 * the table. Tests use it to know every amount a consolidation must add up.
 */

import type { CellValue, Grid } from "../../src/engine/grid";
import { readSubmission } from "../../src/engine/consolidate/submission";
import type { Submission } from "../../src/engine/consolidate/types";
import { validateWorkbook } from "../../src/engine/validate";
import { CONSOLIDATE_TEXT } from "../../src/engine/text/consolidate";
import { grid } from "./grid";

export interface PlanItem {
  label: string;
  code?: string;
  /** đồng, multiples of 1,000 (the sheet is in triệu đồng with three decimals). */
  planned: number[];
  actual: number;
}

export interface PlanSheet {
  /** As the title row writes it, e.g. "UBND HUYỆN NAM TRÀ MY". */
  title: string;
  /** A whole title block cell by cell, in place of `title`'s one row. */
  titleRows?: CellValue[][];
  items: PlanItem[];
  /** The date line's day, e.g. [5, 6, 2024]. */
  dated?: [number, number, number];
  sheet?: string;
  actualAsOf?: string;
  /** The plan year the headers name; 2024 unless given. */
  year?: number;
  /** The allocation column's header, naming the source; "Kế hoạch vốn năm <year>" unless given. */
  allocationHeader?: string;
}

const million = (dong: number): number => dong / 1e6;

export function planGrid(spec: PlanSheet): Grid {
  const year = spec.year ?? 2024;
  const rows: (CellValue[] | undefined)[] = [
    ...(spec.titleRows ?? [[spec.title]]),
    [`KẾ HOẠCH GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM ${year}`],
    ["ĐVT: triệu đồng"],
    [
      "STT",
      "Tên dự án, công trình",
      "Mã dự án",
      spec.allocationHeader ?? `Kế hoạch vốn năm ${year}`,
      ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
      `Giải ngân đến ${spec.actualAsOf ?? `31/5/${year}`}`,
    ],
  ];
  spec.items.forEach((item, i) => {
    const allocated = item.planned.reduce((s, v) => s + v, 0);
    rows.push([
      String(i + 1),
      item.label,
      item.code ?? null,
      million(allocated),
      ...item.planned.map(million),
      million(item.actual),
    ]);
  });
  rows.push(undefined);
  if (spec.dated) rows.push([`ngày ${spec.dated[0]} tháng ${spec.dated[1]} năm ${spec.dated[2]}`]);
  rows.push(["Người lập biểu", null, null, "Thủ trưởng đơn vị"]);
  return grid({ sheet: spec.sheet ?? `KH ${year}`, rows });
}

/** Twelve months of plan, the given ones first and the rest zero. */
export const months = (...v: number[]): number[] => [...v, ...Array<number>(12 - v.length).fill(0)];

export const item = (label: string, planned: number[], actual: number, code?: string): PlanItem => ({
  label,
  planned,
  actual,
  code,
});

/** A file as the consolidation gets it: validated as of `asOf`, unit and date noted. */
export function submit(
  file: string,
  grids: Grid[],
  options: { modified?: string | null; asOf?: string } = {},
): Submission {
  const report = validateWorkbook(grids, { file, asOf: options.asOf ?? "2024-05-31", lang: "vi" });
  return readSubmission(grids, report, options.modified ?? null, CONSOLIDATE_TEXT.vi);
}
