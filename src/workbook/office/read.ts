/**
 * Reads every sheet's used range (or only the sheets named) into Grids in a
 * fixed number of syncs:
 *
 *   1. the sheets (names, visibility);
 *   2. each sheet's used range (position and size), with its merged areas
 *      and its visible cells;
 *   3. the cells, in row blocks of at most CELLS_PER_READ cells, all queued
 *      and fetched together; on Excel on the web, where one sync may carry
 *      5 MB, as many syncs as the payload needs (never one per block or
 *      row), a block halved when the web refuses it anyway.
 *
 * Hidden rows and columns come from the used range's visible cells
 * (getSpecialCells "Visible", ExcelApi 1.9): Excel answers with one address
 * listing the visible areas, whose size grows with the number of hidden
 * blocks, not with the rows. Whole-row `rowHidden` would need one range per
 * row, and a RangeView returns every visible row's cells. Without 1.9 the
 * Grids say nothing is hidden.
 *
 * Merged areas come from getMergedAreasOrNullObject (ExcelApi 1.13). Older
 * Excel has no way to list merges; the Grids then have none, and a header
 * spread over merged cells is read from its first cell only.
 */

import type { CellRange, Grid, GridRow } from "../../engine/grid";
import type { ReadProgress } from "../port";
import { WorkbookReadError } from "../file/read-error";
import { DEFAULT_READ_LIMITS } from "../file/read-xlsx";
import { parseAreas } from "./address";
import { CellBlock, addBlock } from "./cells";
import { OfficeHost, requireExcelApi } from "./host";
import { CELLS_PER_READ, READ_BYTES_PER_CELL, syncInBatches } from "./payload";

interface SheetRead {
  grid: Grid;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  visible: Excel.RangeAreas | null;
}

interface BlockRead {
  grid: Grid;
  top: number;
  left: number;
  rows: number;
  columns: number;
  range?: Excel.Range;
}

/** Rows seen in the visible areas, and the hidden ones of `used` that are not. */
function hiddenFrom(visible: CellRange[], used: CellRange): { rows: number[]; columns: number[] } {
  const rowsShown = new Set<number>();
  const colsShown = new Set<number>();
  for (const a of visible) {
    for (let r = a.top; r <= a.bottom; r++) rowsShown.add(r);
    for (let c = a.left; c <= a.right; c++) colsShown.add(c);
  }
  const rows: number[] = [];
  const columns: number[] = [];
  for (let r = used.top; r <= used.bottom; r++) if (!rowsShown.has(r)) rows.push(r);
  for (let c = used.left; c <= used.right; c++) if (!colsShown.has(c)) columns.push(c);
  return { rows, columns };
}

/** Queues, for each sheet, the loads of its used range, merged areas and visible cells (synced by the caller). */
function queueSheetReads(wanted: Excel.Worksheet[], withMerges: boolean, withHidden: boolean): SheetRead[] {
  return wanted.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    // Formatted cells count here: a merged title may reach past the last value.
    const formatted = ws.getUsedRangeOrNullObject(false);
    const merged = withMerges ? formatted.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    const visible = withHidden ? used.getSpecialCellsOrNullObject(Excel.SpecialCellType.visible) : null;
    visible?.load("address");
    const grid: Grid = {
      sheet: ws.name,
      sheetHidden: ws.visibility !== Excel.SheetVisibility.visible || undefined,
      rows: [],
      merges: [],
      hiddenColumns: [],
    };
    return { grid, used, merged, visible };
  });
}

/** From the loaded sheets: merges and hidden rows and columns into the grids, and the value blocks to read. */
function planBlocks(sheets: SheetRead[]): { blocks: BlockRead[]; total: number } {
  const blocks: BlockRead[] = [];
  let total = 0;
  for (const s of sheets) {
    if (s.merged && !s.merged.isNullObject) s.grid.merges = parseAreas(s.merged.address);
    if (s.used.isNullObject) continue;
    const top = s.used.rowIndex + 1;
    const left = s.used.columnIndex + 1;
    const { rowCount, columnCount } = s.used;
    total += rowCount * columnCount;
    if (total > DEFAULT_READ_LIMITS.maxCells) {
      throw new WorkbookReadError("too-large", `more than ${DEFAULT_READ_LIMITS.maxCells} cells`);
    }
    if (s.visible) {
      const usedArea = { top, left, bottom: top + rowCount - 1, right: left + columnCount - 1 };
      const shown = s.visible.isNullObject ? [] : parseAreas(s.visible.address);
      const hidden = hiddenFrom(shown, usedArea);
      s.grid.hiddenColumns = hidden.columns;
      for (const r of hidden.rows) s.grid.rows[r - 1] = { values: [], hidden: true };
    }
    const step = Math.max(1, Math.floor(CELLS_PER_READ / columnCount));
    for (let r = 0; r < rowCount; r += step) {
      blocks.push({ grid: s.grid, top: top + r, left, rows: Math.min(step, rowCount - r), columns: columnCount });
    }
  }
  return { blocks, total };
}

/** Reads the blocks' values into their grids, in batches that fit a request, reporting cells done. */
async function readBlocks(
  context: Excel.RequestContext,
  host: OfficeHost,
  worksheetOf: Map<string, Excel.Worksheet>,
  { blocks, total }: { blocks: BlockRead[]; total: number },
  onProgress?: (p: ReadProgress) => void,
): Promise<void> {
  let done = 0;
  onProgress?.({ done, total });
  await syncInBatches(context, blocks, {
    size: (b) => b.rows * b.columns * READ_BYTES_PER_CELL,
    budget: host.payloadBudget,
    queue: (b) => {
      b.range = worksheetOf.get(b.grid.sheet)!.getRangeByIndexes(b.top - 1, b.left - 1, b.rows, b.columns);
      b.range.load("values,valueTypes,formulas,numberFormat");
    },
    after: (b) => {
      addBlock(b.grid.rows as (GridRow | undefined)[], b.range as unknown as CellBlock, b.top, b.left);
      b.range = undefined;
      done += b.rows * b.columns;
      onProgress?.({ done, total });
    },
    // Rows whose texts outgrew the estimate: read in two halves.
    split: (b) => {
      if (b.rows < 2) return null;
      const half = Math.ceil(b.rows / 2);
      return [
        { ...b, rows: half, range: undefined },
        { ...b, top: b.top + half, rows: b.rows - half, range: undefined },
      ];
    },
  });
}

export async function readGrids(
  host: OfficeHost,
  context: Excel.RequestContext,
  onProgress?: (p: ReadProgress) => void,
  only?: readonly string[],
): Promise<Grid[]> {
  requireExcelApi(host, "read", "1.7");
  const withMerges = host.isSetSupported("ExcelApi", "1.13");
  const withHidden = host.isSetSupported("ExcelApi", "1.9");

  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();

  const wanted = only ? worksheets.items.filter((ws) => only.includes(ws.name)) : worksheets.items;
  const sheets = queueSheetReads(wanted, withMerges, withHidden);
  await context.sync();

  const plan = planBlocks(sheets);
  await readBlocks(context, host, new Map(worksheets.items.map((ws) => [ws.name, ws])), plan, onProgress);
  return sheets.map((s) => s.grid);
}
