/**
 * Renders SheetSpecs (engine/sheet-spec) into new sheets of the open
 * workbook, never touching an existing one. Everything is queued as small
 * operations with an estimated size and synced in as few batches as the
 * payload allows (one on the desktop), so a 50,000-line template costs the
 * same handful of syncs as a small one.
 *
 * Cells are written through `formulas` in row blocks; a string is written
 * with Excel's text prefix (') so text that looks like a formula, a number
 * or a date stays text. Styles are applied per rectangle of equal style, not
 * per cell.
 */

import type { CellSpec, CellStyle, ChartSpec, DataValidationSpec, SheetSpec } from "../../engine/sheet-spec";
import { uniqueSheetName } from "../../engine/sheet-spec";
import { officeText } from "../../i18n/office";
import type { Lang } from "../../engine/text/format";
import { OfficeHost, requireExcelApi } from "./host";
import { CELLS_PER_READ, SizedOp, jsonBytes, syncOps } from "./payload";

/** Fixed cost of one queued call in the request, besides its data. */
const OP_BYTES = 150;

/** Characters of width (Calibri 11: 7 px a digit plus 5 px padding) to points (Office.js widths). */
export function widthToPoints(chars: number): number {
  return (Math.trunc(chars * 7 + 5) * 72) / 96;
}

function cellInput(c: CellSpec): string | number | boolean | null {
  if (c.formula !== undefined) return `=${c.formula}`;
  if (typeof c.value === "string") return `'${c.value}`;
  return c.value ?? null;
}

const styleKey = (s: CellStyle | undefined): string => (s ? JSON.stringify(s) : "");

/** Rectangles of cells sharing one style: runs along each row, stacked while the rows below repeat them. */
export function styleRectangles(
  cells: CellSpec[],
): { top: number; left: number; bottom: number; right: number; style: CellStyle }[] {
  const byRow = new Map<number, CellSpec[]>();
  for (const c of cells) if (c.style) (byRow.get(c.row) ?? byRow.set(c.row, []).get(c.row)!).push(c);
  const open = new Map<string, { top: number; left: number; bottom: number; right: number; style: CellStyle }>();
  const done: { top: number; left: number; bottom: number; right: number; style: CellStyle }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const sorted = byRow.get(row)!.sort((a, b) => a.col - b.col);
    const runs: { left: number; right: number; key: string; style: CellStyle }[] = [];
    for (const c of sorted) {
      const key = styleKey(c.style);
      const last = runs[runs.length - 1];
      if (last && last.key === key && last.right === c.col - 1) last.right = c.col;
      else runs.push({ left: c.col, right: c.col, key, style: c.style! });
    }
    const next = new Map<string, { top: number; left: number; bottom: number; right: number; style: CellStyle }>();
    for (const run of runs) {
      const id = `${run.left}:${run.right}:${run.key}`;
      const rect = open.get(id);
      if (rect && rect.bottom === row - 1) {
        rect.bottom = row;
        open.delete(id);
        next.set(id, rect);
      } else next.set(id, { top: row, left: run.left, bottom: row, right: run.right, style: run.style });
    }
    done.push(...open.values());
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  done.push(...open.values());
  return done;
}

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor) f.font.color = `#${style.fontColor}`;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.horizontal)
    f.horizontalAlignment = { left: "Left", center: "Center", right: "Right" }[style.horizontal] as "Left";
  if (style.vertical) f.verticalAlignment = { top: "Top", middle: "Center", bottom: "Bottom" }[style.vertical] as "Top";
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.locked !== undefined) f.protection.locked = style.locked;
  if (style.border) {
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
    for (const edge of edges) {
      if ((edge === "InsideHorizontal" && rows < 2) || (edge === "InsideVertical" && cols < 2)) continue;
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
    }
  }
  if (style.numberFormat) range.numberFormat = Array.from({ length: rows }, () => Array(cols).fill(style.numberFormat));
}

function validationRule(v: DataValidationSpec): Excel.DataValidationRule {
  if (v.kind === "list") return { list: { inCellDropDown: true, source: (v.list ?? []).join(",") } };
  if (v.kind === "custom") return { custom: { formula: `=${v.formula ?? "TRUE"}` } };
  const basic: Excel.BasicDataValidation =
    v.min !== undefined && v.max !== undefined
      ? { formula1: v.min, formula2: v.max, operator: "Between" }
      : v.max !== undefined
        ? { formula1: v.max, operator: "LessThanOrEqualTo" }
        : { formula1: v.min ?? -9.99e307, operator: "GreaterThanOrEqualTo" };
  return v.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
}

/** Row blocks [start, end) of the grid, each under CELLS_PER_READ cells and `budget` bytes of JSON. */
function rowBlocks(grid: unknown[][], budget: number): [number, number][] {
  const width = grid[0]?.length ?? 1;
  const blocks: [number, number][] = [];
  let [start, bytes] = [0, 0];
  grid.forEach((row, r) => {
    const b = jsonBytes(row);
    if (r > start && ((r - start + 1) * width > CELLS_PER_READ || bytes + b > budget)) {
      blocks.push([start, r]);
      [start, bytes] = [r, 0];
    }
    bytes += b;
  });
  if (grid.length > start) blocks.push([start, grid.length]);
  return blocks;
}

/** A range of the sheet by 1-based corners, from a fresh worksheet proxy. */
type RangeAt = (top: number, left: number, bottom: number, right: number) => Excel.Range;

/** Cells, in row blocks of the bounding box, each small enough for one request. */
function cellOps(spec: SheetSpec, at: RangeAt, budget: number): SizedOp[] {
  if (spec.cells.length === 0) return [];
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (const c of spec.cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  const width = right - left + 1;
  const grid: (string | number | boolean | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array(width).fill(null),
  );
  for (const c of spec.cells) grid[c.row - top][c.col - left] = cellInput(c);
  return rowBlocks(grid, budget / 2).map(([r, end]): SizedOp => {
    const block = grid.slice(r, end);
    // A null entry leaves its cell untouched: the sheet is new, so empty.
    return {
      bytes: OP_BYTES + jsonBytes(block),
      run: () => (at(top + r, left, top + r + block.length - 1, right).formulas = block),
    };
  });
}

function styleOps(spec: SheetSpec, at: RangeAt, budget: number): SizedOp[] {
  const ops: SizedOp[] = [];
  for (const rect of styleRectangles(spec.cells)) {
    const cols = rect.right - rect.left + 1;
    // A number format is sent once per cell: a tall rectangle goes in row slices that each fit a request.
    const perRow = rect.style.numberFormat ? cols * (rect.style.numberFormat.length + 3) : 0;
    const slice = perRow > 0 ? Math.max(1, Math.floor(budget / 2 / perRow)) : Infinity;
    for (let top = rect.top; top <= rect.bottom; top += slice) {
      const bottom = Math.min(rect.bottom, top + slice - 1);
      const rows = bottom - top + 1;
      ops.push({
        bytes: OP_BYTES * 4 + rows * perRow,
        run: () => applyStyle(at(top, rect.left, bottom, rect.right), rect.style, rows, cols),
      });
    }
  }
  return ops;
}

/** Column widths, row heights, merges and frozen panes. */
function shapeOps(ws: () => Excel.Worksheet, spec: SheetSpec, at: RangeAt): SizedOp[] {
  const ops: SizedOp[] = [];
  for (const [col, chars] of Object.entries(spec.columnWidths ?? {})) {
    ops.push({
      bytes: OP_BYTES,
      run: () => (at(1, Number(col), 1, Number(col)).getEntireColumn().format.columnWidth = widthToPoints(chars)),
    });
  }
  for (const [row, points] of Object.entries(spec.rowHeights ?? {})) {
    ops.push({
      bytes: OP_BYTES,
      run: () => (at(Number(row), 1, Number(row), 1).getEntireRow().format.rowHeight = points),
    });
  }
  for (const m of spec.merges ?? []) ops.push({ bytes: OP_BYTES, run: () => ws().getRange(m).merge(false) });
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    const { rows, columns } = spec.freeze;
    ops.push({
      bytes: OP_BYTES,
      run: () => {
        const panes = ws().freezePanes;
        if (rows > 0 && columns > 0) panes.freezeAt(at(1, 1, rows, columns));
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(columns);
      },
    });
  }
  return ops;
}

/** Data validations and conditional formats. */
function ruleOps(ws: () => Excel.Worksheet, spec: SheetSpec): SizedOp[] {
  const validations = (spec.validations ?? []).map((v): SizedOp => ({
    bytes: OP_BYTES * 2 + jsonBytes(v),
    run: () => {
      const dv = ws().getRange(v.range).dataValidation;
      dv.rule = validationRule(v);
      dv.errorAlert = {
        showAlert: true,
        style: v.errorStyle === "stop" ? "Stop" : "Warning",
        title: v.errorTitle ?? "",
        message: v.error ?? "",
      };
      if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt };
    },
  }));
  const formats = (spec.conditionalFormats ?? []).map((cfSpec): SizedOp => ({
    bytes: OP_BYTES * 2 + jsonBytes(cfSpec),
    run: () => {
      const cf = ws().getRange(cfSpec.range).conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = `=${cfSpec.formula}`;
      if (cfSpec.style.fill) cf.custom.format.fill.color = `#${cfSpec.style.fill}`;
      if (cfSpec.style.fontColor) cf.custom.format.font.color = `#${cfSpec.style.fontColor}`;
      if (cfSpec.style.bold !== undefined) cf.custom.format.font.bold = cfSpec.style.bold;
    },
  }));
  return [...validations, ...formats];
}

/** The Excel that renders, and the notes (in the user's language) of what it could not render. */
interface Renderer {
  host: OfficeHost;
  notes: string[];
  lang: Lang;
}

/** Page setup, or a note when this Excel cannot set it. */
function printOps(ws: () => Excel.Worksheet, spec: SheetSpec, { host, notes, lang }: Renderer): SizedOp[] {
  const print = spec.print;
  if (!print) return [];
  if (!host.isSetSupported("ExcelApi", "1.9")) {
    notes.push(officeText.noteSkipped("pageLayout", "ExcelApi", "1.9", lang));
    return [];
  }
  return [
    {
      bytes: OP_BYTES * 2,
      run: () => {
        const layout = ws().pageLayout;
        layout.paperSize = print.paper === "A3" ? Excel.PaperType.a3 : Excel.PaperType.a4;
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: print.onePage ? 1 : 0 };
        if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows[0]}:$${print.repeatRows[1]}`);
        if (print.area) layout.setPrintArea(print.area);
      },
    },
  ];
}

function chartOp(ws: () => Excel.Worksheet, chart: ChartSpec): SizedOp {
  return {
    bytes: OP_BYTES * (3 + chart.series.length * 3),
    run: () => {
      const type = { bar: "BarClustered", column: "ColumnClustered", line: "Line" }[chart.kind] as "Line";
      const sheet = ws();
      const [first, ...rest] = chart.series;
      const c = sheet.charts.add(type, sheet.getRange(first?.values ?? chart.categories), "Columns");
      c.title.text = chart.title;
      c.setPosition(chart.from, chart.to);
      if (first) {
        const s = c.series.getItemAt(0);
        s.name = first.name;
        s.setXAxisValues(sheet.getRange(chart.categories));
      }
      for (const extra of rest) {
        const s = c.series.add(extra.name);
        s.setValues(sheet.getRange(extra.values));
        s.setXAxisValues(sheet.getRange(chart.categories));
      }
      if (chart.valueFormat) c.axes.valueAxis.numberFormat = chart.valueFormat;
    },
  };
}

/**
 * The operations that render a spec into the sheet `ws()` gives. Each makes
 * its proxies when run, from a fresh worksheet proxy, so a batch the web
 * refused can be queued again.
 */
function sheetOps(ws: () => Excel.Worksheet, spec: SheetSpec, renderer: Renderer): SizedOp[] {
  const budget = renderer.host.payloadBudget;
  const at: RangeAt = (top, left, bottom, right) =>
    ws().getRangeByIndexes(top - 1, left - 1, bottom - top + 1, right - left + 1);
  const ops: SizedOp[] = [
    ...cellOps(spec, at, budget),
    ...styleOps(spec, at, budget),
    ...shapeOps(ws, spec, at),
    ...ruleOps(ws, spec),
    ...printOps(ws, spec, renderer),
    ...(spec.charts ?? []).map((chart) => chartOp(ws, chart)),
  ];
  if (spec.tabColor) ops.push({ bytes: OP_BYTES, run: () => (ws().tabColor = `#${spec.tabColor}`) });
  // Last: protection must follow every write to the sheet.
  if (spec.protection) {
    const password = spec.protection.password;
    ops.push({ bytes: OP_BYTES, run: () => ws().protection.protect(undefined, password) });
  }
  return ops;
}

/** Adds the sheets; returns the names given. `notes` collects what this Excel could not render. */
export async function addSheets(
  host: OfficeHost,
  context: Excel.RequestContext,
  specs: SheetSpec[],
  notes: string[],
  lang: Lang,
): Promise<string[]> {
  requireExcelApi(host, "addSheets", "1.8");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const taken = worksheets.items.map((w) => w.name);
  const names: string[] = [];
  const ops: SizedOp[] = [];
  for (const spec of specs) {
    const name = uniqueSheetName(spec.name, taken);
    taken.push(name);
    names.push(name);
    // The sheet is added before any of its own operations, in the same or an earlier sync.
    ops.push({ bytes: OP_BYTES, run: () => worksheets.add(name) });
    ops.push(...sheetOps(() => worksheets.getItem(name), spec, { host, notes, lang }));
  }
  await syncOps(context, ops, host.payloadBudget);
  return names;
}
