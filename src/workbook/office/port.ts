/**
 * The WorkbookPort of the open workbook in Excel: the only code that calls
 * Excel.run. Each method is one Excel.run with a fixed number of syncs (see
 * read.ts, highlights.ts, sheets.ts), Office errors surface as
 * ExcelAddinError with their code, and a missing requirement set as a plain
 * "needs a newer Excel" ExcelAddinError.
 */

import type { Grid } from "../../engine/grid";
import type { HighlightPlan } from "../../engine/highlight-types";
import type { AddinMetadata, MetadataRead } from "../../engine/metadata";
import type { SheetSpec } from "../../engine/sheet-spec";
import type { Lang } from "../../engine/text/format";
import type { ReadProgress, WorkbookPort } from "../port";
import type { Timers } from "./debounce";
import { applyHighlights, clearHighlights } from "./highlights";
import { officeText } from "../../i18n/office";
import { OfficeHost, officeHost, requireExcelApi, runExcel } from "./host";
import { loadMetadata, readMetadataPart, saveMetadata } from "./metadata";
import { readGrids } from "./read";
import { addSheets } from "./sheets";
import { removeLegendSheet, replaceLegendSheet } from "./legend-sheet";
import { OwnWrites, type WrittenArea, watchEdits } from "./watch";

export interface OfficePortOptions {
  /** The Office host; the running add-in's by default (tests hand in a mock). */
  host?: OfficeHost;
  /** Language of notes (features this Excel lacks); Vietnamese by default. */
  lang?: () => Lang;
  /** Quiet time before an edit is reported (live checking). */
  watchDelayMs?: number;
  timers?: Timers;
  now?: () => number;
}

/** What applyHighlights records in the metadata, under the key "highlights". */
export interface HighlightRecord {
  at: string;
  sheets: { sheet: string; mark: string; ranges: number; formats: number }[];
  /** Sheets not highlighted: protected with a password. */
  locked: string[];
  /** The legend sheet added with the marks, which Clear deletes. */
  legend?: string;
}

export class OfficeWorkbookPort implements WorkbookPort {
  readonly kind = "excel";
  /**
   * What the last addSheets could not render in this Excel (e.g. print setup
   * before ExcelApi 1.9), or the sheets the last highlighting could not touch.
   */
  notes: string[] = [];
  private readonly host: OfficeHost;
  private readonly own: OwnWrites;
  /** The ranges the last highlighting marked: where clearing it changes formats. */
  private highlighted: WrittenArea[] = [];

  constructor(private readonly options: OfficePortOptions = {}) {
    this.host = options.host ?? officeHost();
    this.own = new OwnWrites();
  }

  private get lang(): Lang {
    return this.options.lang?.() ?? "vi";
  }

  readGrids(onProgress?: (p: ReadProgress) => void, sheets?: readonly string[]): Promise<Grid[]> {
    return runExcel(this.host, (ctx) => readGrids(this.host, ctx, onProgress, sheets));
  }

  sheetNames(): Promise<string[]> {
    return runExcel(this.host, async (ctx) => {
      requireExcelApi(this.host, "read", "1.7");
      const worksheets = ctx.workbook.worksheets;
      worksheets.load("items/name");
      await ctx.sync();
      return worksheets.items.map((w) => w.name);
    });
  }

  applyHighlights(plan: HighlightPlan): Promise<void> {
    const marked = plan.ranges.map((r) => ({ sheet: r.sheet, address: r.range }));
    const touched = [...this.highlighted, ...marked];
    return this.own.during(
      () =>
        runExcel(this.host, async (ctx) => {
          const applied = await applyHighlights(this.host, ctx, plan);
          this.notes = this.lockedNotes(applied.locked);
          const meta = (await loadMetadata(this.host, ctx)) ?? { version: 1 };
          const before = (meta.highlights as HighlightRecord | undefined)?.legend;
          const legend = await replaceLegendSheet(this.host, ctx, before, plan.legend, this.notes, this.lang);
          const at = new Date(this.options.now?.() ?? Date.now()).toISOString();
          const record: HighlightRecord = { at, ...applied, ...(legend === undefined ? {} : { legend }) };
          await saveMetadata(this.host, ctx, { ...meta, highlights: record });
          this.highlighted = marked;
        }),
      () => touched,
    );
  }

  clearHighlights(): Promise<void> {
    const touched = this.highlighted;
    return this.own.during(
      () =>
        runExcel(this.host, async (ctx) => {
          const { locked } = await clearHighlights(this.host, ctx);
          this.notes = this.lockedNotes(locked);
          const meta = await loadMetadata(this.host, ctx);
          await removeLegendSheet(ctx, (meta?.highlights as HighlightRecord | undefined)?.legend);
          if (meta && "highlights" in meta) {
            const rest: AddinMetadata = { ...meta };
            delete rest.highlights;
            await saveMetadata(this.host, ctx, rest);
          }
          this.highlighted = [];
        }),
      () => touched,
    );
  }

  private lockedNotes(locked: string[]): string[] {
    return locked.length > 0 ? [officeText.highlightsLocked(locked, this.lang)] : [];
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return runExcel(this.host, async (ctx) => {
      requireExcelApi(this.host, "select", "1.1");
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  loadMetadata(): Promise<AddinMetadata | null> {
    return runExcel(this.host, (ctx) => loadMetadata(this.host, ctx));
  }

  metadataRead(): Promise<MetadataRead> {
    return runExcel(this.host, (ctx) => readMetadataPart(this.host, ctx));
  }

  saveMetadata(meta: AddinMetadata): Promise<void> {
    return this.own.during(() => runExcel(this.host, (ctx) => saveMetadata(this.host, ctx, meta)));
  }

  addSheets(specs: SheetSpec[]): Promise<string[]> {
    const notes: string[] = [];
    return this.own.during(
      async () => {
        const names = await runExcel(this.host, (ctx) => addSheets(this.host, ctx, specs, notes, this.lang));
        this.notes = notes;
        return names;
      },
      (names) => names.map((sheet) => ({ sheet, address: null })),
    );
  }

  watchEdits(onEdit: (sheet: string, address: string) => void): Promise<() => Promise<void>> {
    return watchEdits(this.host, this.own, onEdit, {
      delayMs: this.options.watchDelayMs ?? 1500,
      timers: this.options.timers,
    });
  }
}
