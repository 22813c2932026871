/**
 * HighlightPlan: which ranges of the user's workbook get which mark, as plain
 * data. engine/highlight builds it from a report; the Office.js adapter
 * applies it to the open workbook and the file adapter to a copy of the
 * .xlsx. A plan says nothing about how a mark is made removable: each
 * adapter applies marks so that "Clear highlights" restores the workbook
 * exactly (values are never written).
 */

import type { SheetSpec } from "./sheet-spec";

/** Whole plan lines by status, and the single cells findings point at. */
export type HighlightMark =
  "line-invalid" | "line-lapsed" | "line-at-risk" | "line-watch" | "cell-error" | "cell-warning";

export interface HighlightRange {
  sheet: string;
  /** A1 range, e.g. "B9:Y9" (a line across its table) or "K39" (one cell). */
  range: string;
  mark: HighlightMark;
}

export interface HighlightPlan {
  ranges: HighlightRange[];
  /**
   * The legend sheet ("Chú giải") added beside the marks and removed with them by Clear;
   * none when absent (engine/highlight-legend builds it).
   */
  legend?: SheetSpec;
}
