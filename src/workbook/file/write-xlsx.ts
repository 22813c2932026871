/**
 * SheetSpecs -> a new .xlsx file (ExcelJS), in Node and in the browser.
 * Everything the spec says is rendered and nothing is left to ExcelJS's
 * defaults. Formulas carry their cached results (the spec's, else computed
 * by sheet-eval) because readers that do not recalculate, ours included, see
 * only those; Excel recalculates on opening anyway. The add-in's metadata
 * goes in as a custom XML part (custom-xml.ts).
 */

import ExcelJS from "exceljs";
import type { AddinMetadata } from "../../engine/metadata";
import { evaluateSheet } from "../../engine/sheet-eval";
import {
  type CellSpec,
  type CellStyle,
  type ConditionalFormatSpec,
  type DataValidationSpec,
  type SheetSpec,
  uniqueSheetName,
} from "../../engine/sheet-spec";
import { a1 } from "../../engine/grid";
import { withMetadata } from "./custom-xml";

export interface WriteOptions {
  metadata?: AddinMetadata;
  /** The workbook's author property; "ntp-disburse" when absent. */
  creator?: string;
  /** Workbook created/modified time; fixed by tests and scripts that need the same bytes. */
  created?: Date;
}

const PAPER_SIZE = { A3: 8, A4: 9 } as const;

function argb(rgb: string): string {
  return `FF${rgb.replace(/^#/, "").toUpperCase()}`;
}

function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = { name: "Times New Roman", size: s.fontSize ?? 11 };
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontColor) font.color = { argb: argb(s.fontColor) };
  style.font = font;
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.horizontal || s.vertical || s.wrap) {
    style.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap };
  }
  if (s.numberFormat) style.numFmt = s.numberFormat;
  if (s.locked === false) style.protection = { locked: false };
  return style;
}

/** One ExcelJS style object per distinct CellStyle, shared by every cell that has it. */
function styleCache(): (s: CellStyle | undefined) => Partial<ExcelJS.Style> {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  const plain = excelStyle({});
  return (s) => {
    if (!s) return plain;
    const key = JSON.stringify(s);
    let style = cache.get(key);
    if (!style) {
      style = excelStyle(s);
      cache.set(key, style);
    }
    return style;
  };
}

function cellValue(c: CellSpec, computed: Map<string, string | number | boolean>): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    const result = c.result ?? computed.get(a1(c.row, c.col));
    return (result === undefined ? { formula: c.formula } : { formula: c.formula, result }) as ExcelJS.CellFormulaValue;
  }
  // A string stays text even when it starts with "=": ExcelJS writes strings as strings.
  return c.value ?? null;
}

/** ExcelJS keeps range-wide validations in `dataValidations`, which its type declarations leave out. */
function validations(ws: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
}

function addValidations(ws: ExcelJS.Worksheet, specs: DataValidationSpec[]): void {
  for (const v of specs) {
    const formulae =
      v.kind === "list"
        ? [`"${(v.list ?? []).join(",")}"`]
        : v.kind === "custom"
          ? [v.formula ?? "TRUE"]
          : [v.min ?? -1e15, v.max ?? 1e15];
    validations(ws).add(v.range, {
      type: v.kind,
      ...(v.kind === "decimal" || v.kind === "whole" ? { operator: "between" as const } : {}),
      formulae,
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: v.errorStyle,
      errorTitle: v.errorTitle,
      error: v.error,
      showInputMessage: v.prompt !== undefined,
      prompt: v.prompt,
    });
  }
}

function addConditionalFormats(ws: ExcelJS.Worksheet, specs: ConditionalFormatSpec[]): void {
  specs.forEach((cf, i) => {
    const s: Partial<ExcelJS.Style> = {};
    if (cf.style.fill) s.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } };
    if (cf.style.fontColor || cf.style.bold) {
      s.font = { bold: cf.style.bold, color: cf.style.fontColor ? { argb: argb(cf.style.fontColor) } : undefined };
    }
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", formulae: [cf.formula], style: s, priority: i + 1 }],
    });
  });
}

function pageSetup(ws: ExcelJS.Worksheet, print: NonNullable<SheetSpec["print"]>): Partial<ExcelJS.PageSetup> {
  return {
    ...ws.pageSetup,
    paperSize: PAPER_SIZE[print.paper] as ExcelJS.PaperSize,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: print.onePage ? 1 : 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(print.repeatRows ? { printTitlesRow: `${print.repeatRows[0]}:${print.repeatRows[1]}` } : {}),
    ...(print.area ? { printArea: print.area } : {}),
  };
}

async function renderSheet(
  wb: ExcelJS.Workbook,
  spec: SheetSpec,
  name: string,
  style: (s: CellStyle | undefined) => Partial<ExcelJS.Style>,
) {
  const ws = wb.addWorksheet(name, {
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    views: spec.freeze
      ? [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows, showGridLines: true }]
      : [{ showGridLines: true }],
  });
  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) ws.getColumn(Number(col)).width = width;
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  const computed = evaluateSheet(spec);
  for (const c of spec.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = cellValue(c, computed);
    cell.style = style(c.style);
  }
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  addValidations(ws, spec.validations ?? []);
  addConditionalFormats(ws, spec.conditionalFormats ?? []);
  if (spec.print) ws.pageSetup = pageSetup(ws, spec.print);
  if (spec.protection) {
    await ws.protect(spec.protection.password ?? "", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

/** The .xlsx bytes of a new workbook holding these sheets, in order (names made unique). */
export async function writeSheetSpecs(specs: SheetSpec[], options: WriteOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = options.creator ?? "ntp-disburse";
  wb.lastModifiedBy = wb.creator;
  const when = options.created ?? new Date();
  wb.created = when;
  wb.modified = when;
  wb.calcProperties.fullCalcOnLoad = true;
  const style = styleCache();
  const names: string[] = [];
  for (const spec of specs) {
    const name = uniqueSheetName(spec.name, names);
    names.push(name);
    await renderSheet(wb, spec, name, style);
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return options.metadata ? withMetadata(bytes, options.metadata) : bytes;
}
