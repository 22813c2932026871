/**
 * The WorkbookPort of file mode: an .xlsx the user picked in a plain
 * browser, held as bytes and never changed. Highlights and new sheets go to
 * new files the user downloads; the add-in's metadata is read from the
 * file's custom XML part and kept in memory once changed.
 */

import type { Grid } from "../../engine/grid";
import type { HighlightPlan } from "../../engine/highlight-types";
import { type AddinMetadata, type MetadataRead, metadataOf } from "../../engine/metadata";
import type { SheetSpec } from "../../engine/sheet-spec";
import type { ReadProgress, WorkbookPort } from "../port";
import { readXlsx } from "./read-xlsx";
import { readMetadataPart } from "./custom-xml";

/** Renderers of new files, given by the pane so this module does not pull ExcelJS into its chunk. */
export interface FileWriters {
  /** A copy of the workbook with the plan's highlights. */
  highlightedCopy(bytes: Uint8Array, plan: HighlightPlan): Promise<Uint8Array>;
  /** A copy of the workbook with this metadata and one sheet added (the commitment stamp's copy). */
  stampedCopy?(bytes: Uint8Array, meta: AddinMetadata, sheet: SheetSpec): Promise<Uint8Array>;
}

export interface FileDownload {
  fileName: string;
  bytes: Uint8Array;
}

export class FileWorkbookPort implements WorkbookPort {
  readonly kind = "file";
  private plan: HighlightPlan | null = null;
  /** undefined until read from the file; once saved, what was saved. */
  private metadata: MetadataRead | undefined;

  constructor(
    readonly name: string,
    private readonly bytes: Uint8Array,
    private readonly writers: FileWriters,
  ) {}

  async readGrids(onProgress?: (p: ReadProgress) => void, sheets?: readonly string[]): Promise<Grid[]> {
    const grids = await readXlsx(this.bytes, this.name, {
      onProgress: onProgress && ((sheet, rows) => onProgress({ done: 0, total: 0, sheet, rows })),
    });
    return sheets ? grids.filter((g) => sheets.includes(g.sheet)) : grids;
  }

  async applyHighlights(plan: HighlightPlan): Promise<void> {
    this.plan = plan;
  }

  async clearHighlights(): Promise<void> {
    this.plan = null;
  }

  /** A file has no selection; the pane shows the cell itself. */
  async selectCell(): Promise<void> {}

  async loadMetadata(): Promise<AddinMetadata | null> {
    return metadataOf(await this.metadataRead());
  }

  async metadataRead(): Promise<MetadataRead> {
    if (this.metadata === undefined) this.metadata = await readMetadataPart(this.bytes);
    return this.metadata;
  }

  async saveMetadata(meta: AddinMetadata): Promise<void> {
    this.metadata = { kind: "read", meta };
  }

  /**
   * Plan and Consolidate, the views that add sheets, are offered only in
   * Excel (App's excelOnlyPort); the stamp in file mode writes stampedCopy.
   */
  async addSheets(): Promise<string[]> {
    throw new Error("New sheets are added only in Excel; file mode writes copies to download.");
  }

  /** A copy of the picked workbook with the metadata as saved and the sheet added, to download. */
  async stampedCopy(sheet: SheetSpec): Promise<FileDownload> {
    if (!this.writers.stampedCopy) throw new Error("A stamped copy cannot be written in file mode by this build.");
    const meta = (await this.loadMetadata()) ?? { version: 1 };
    const bytes = await this.writers.stampedCopy(this.bytes, meta, sheet);
    return { fileName: this.name.replace(/(\.xlsx)?$/i, " - da xac nhan.xlsx"), bytes };
  }

  /** Whether a check left highlights to download. */
  get highlighted(): boolean {
    return this.plan !== null && this.plan.ranges.length > 0;
  }

  /** A copy of the picked workbook with the current highlights; null when there are none. */
  async highlightedCopy(): Promise<FileDownload | null> {
    if (!this.plan || this.plan.ranges.length === 0) return null;
    const bytes = await this.writers.highlightedCopy(this.bytes, this.plan);
    return { fileName: this.name.replace(/(\.xlsx)?$/i, " - highlighted.xlsx"), bytes };
  }
}
