/**
 * SheetSpec: a sheet to create, as plain data. The engine builds these
 * (plan templates, consolidation summaries, the briefing); the shells render
 * them: the file adapter into a new .xlsx, the Office.js adapter into new
 * sheets of the open workbook. Both must render the same spec the same way,
 * so everything a generated sheet needs is said here and nothing is left to
 * either renderer's defaults.
 *
 * Rows and columns are 1-based, like the sheet the user sees.
 */

/** A cell style. Renderers cache identical styles; keep them few and shared. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; the renderer's default (11) when absent. */
  fontSize?: number;
  /** RGB hex without '#', e.g. "FFF2CC". */
  fill?: string;
  fontColor?: string;
  /** Thin border on all four sides. */
  border?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Excel number format code, e.g. "#,##0" or "0.0%". */
  numberFormat?: string;
  /** False for input cells: they stay editable when the sheet is protected. */
  locked?: boolean;
}

export interface CellSpec {
  row: number;
  col: number;
  /**
   * A constant. A string is always written as text, even when it looks like
   * a formula ("=…"): text copied from a user's workbook must never run.
   */
  value?: string | number | boolean | null;
  /** A formula without the leading '=', in A1 notation and English function names. */
  formula?: string;
  /**
   * The formula's value when the spec was built, written as the cached
   * result so that readers which do not recalculate (ours, viewers, previews)
   * see it. Renderers that recalculate (Excel) may ignore it; the file
   * writer computes it (sheet-eval) when it is absent.
   */
  result?: string | number | boolean;
  style?: CellStyle;
}

export interface DataValidationSpec {
  /** A1 range, e.g. "F7:Q40". */
  range: string;
  kind: "decimal" | "whole" | "list" | "custom";
  /** For decimal/whole: the bounds (either may be absent). */
  min?: number;
  max?: number;
  /** For list: the allowed values. */
  list?: string[];
  /** For custom: a formula (no '=') relative to the range's top-left cell. */
  formula?: string;
  /** "stop" refuses the entry; "warning" lets the user keep it after a warning. */
  errorStyle: "stop" | "warning";
  errorTitle?: string;
  error?: string;
  prompt?: string;
}

export interface ConditionalFormatSpec {
  /** A1 range the rule applies to. */
  range: string;
  /** A formula (no '=') relative to the range's top-left cell; the style applies where it is true. */
  formula: string;
  style: Pick<CellStyle, "fill" | "fontColor" | "bold">;
}

export interface ChartSpec {
  kind: "bar" | "column" | "line";
  title: string;
  /** Where the chart sits: top-left and bottom-right cells (A1). */
  from: string;
  to: string;
  /** A1 range on this sheet holding the category labels. */
  categories: string;
  series: { name: string; values: string }[];
  /** Axis number format, e.g. "0%". */
  valueFormat?: string;
}

export interface SheetSpec {
  /** Wanted name; renderers make it unique ("KH giải ngân (2)") and never overwrite a sheet. */
  name: string;
  cells: CellSpec[];
  /** Width in characters, by column number. */
  columnWidths?: Record<number, number>;
  /** Height in points, by row number. */
  rowHeights?: Record<number, number>;
  /** A1 ranges, e.g. "A5:A6". */
  merges?: string[];
  /** Rows above and columns left of the split stay in view. */
  freeze?: { rows: number; columns: number };
  validations?: DataValidationSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  /** Protect the sheet (unlocked cells stay editable); no password unless one is given. */
  protection?: { password?: string };
  print?: {
    paper: "A3" | "A4";
    orientation: "landscape" | "portrait";
    fitToWidth: boolean;
    /** First and last sheet row repeated at the top of each printed page. */
    repeatRows?: [number, number];
    /** A1 range printed (e.g. "A1:L40"); the used range when absent. */
    area?: string;
    /** Fitted to one page tall as well as wide (a briefing that must stay one page). */
    onePage?: boolean;
  };
  charts?: ChartSpec[];
  tabColor?: string;
}

/** A name no existing sheet has: "Name", else "Name (2)", "Name (3)", … within Excel's 31 characters. */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase()));
  // Excel refuses these characters, a leading or trailing apostrophe, and an empty name.
  const edges = /^['\s]+|['\s]+$/g;
  const clean =
    wanted
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(edges, "")
      .slice(0, 31)
      .replace(edges, "") || "Sheet";
  if (!taken.has(clean.toLocaleLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}
