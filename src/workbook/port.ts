/**
 * The one interface the task pane and the ribbon commands talk to, whatever
 * holds the workbook: the open workbook in Excel (office/ adapter) or an
 * .xlsx file the user picked in a plain browser (file/ adapter). Everything
 * behind it moves data in and out of the engine; nothing behind it decides.
 */

import type { Grid } from "../engine/grid";
import type { HighlightPlan } from "../engine/highlight-types";
import type { AddinMetadata, MetadataRead } from "../engine/metadata";
import type { SheetSpec } from "../engine/sheet-spec";

export interface ReadProgress {
  /** Cells read so far and in all (known once the used ranges are known). */
  done: number;
  total: number;
  /** Where cells are not counted ahead (file mode streams the .xlsx): the sheet being read and its rows so far. */
  sheet?: string;
  rows?: number;
}

export interface WorkbookPort {
  readonly kind: "excel" | "file";
  /** What the last write could not do (a feature this Excel lacks, a sheet locked with a password), if any. */
  readonly notes?: readonly string[];
  /** The workbook's file name, when known: the report names it. */
  readonly name?: string;
  /**
   * Every sheet as a Grid (values, formulas, formats, merges, hidden
   * rows/columns), in the workbook's order; given `sheets`, only those of
   * them that exist (live checking re-reads just the edited sheets).
   */
  readGrids(onProgress?: (p: ReadProgress) => void, sheets?: readonly string[]): Promise<Grid[]>;
  /** The names of every sheet, in the workbook's order, without reading cells (Excel only). */
  sheetNames?(): Promise<string[]>;
  /** Replaces the add-in's highlights with these (the previous ones are cleared first). */
  applyHighlights(plan: HighlightPlan): Promise<void>;
  /** Removes the add-in's highlights; every value and format is as before they were applied. */
  clearHighlights(): Promise<void>;
  /** Takes the user to a cell (Excel: selects it; file mode: nothing to select). */
  selectCell(sheet: string, cell: string): Promise<void>;
  loadMetadata(): Promise<AddinMetadata | null>;
  /** The metadata as read, damaged or whole, so a view can say what a damaged part lost (loadMetadata keeps what reads). */
  metadataRead(): Promise<MetadataRead>;
  saveMetadata(meta: AddinMetadata): Promise<void>;
  /** Adds new sheets (never overwriting one); returns the names they were given. */
  addSheets(specs: SheetSpec[]): Promise<string[]>;
  /**
   * Live checking (Excel only; absent in file mode): calls `onEdit` once the
   * user pauses editing, once per edited sheet with the edited addresses
   * ("B9,K12:K14"). The add-in's own writes (highlights, metadata, new
   * sheets) and format-only changes are not reported. Resolves to a function
   * that stops watching.
   */
  watchEdits?(onEdit: (sheet: string, address: string) => void): Promise<() => Promise<void>>;
}
