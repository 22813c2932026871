/**
 * Reads every sheet of an .xlsx file into Grids, in Node and in the browser.
 *
 * Why not ExcelJS's own readers: its in-memory reader needs about six times
 * the memory of the streaming pass on large plans, and its streaming reader
 * drops what detection needs (merged ranges, hidden rows and columns, the
 * error value of a formula). This reader streams each part through the same
 * SAX parser ExcelJS uses (saxes), keeps only what a Grid holds, and enforces
 * the documented limits (README, "Limits").
 */

import { SaxesParser, SaxesTagPlain } from "saxes";
import type { CellRange, CellValue, Grid, GridRow } from "../../engine/grid";
import { parseRange } from "../../engine/grid";
import { WorkbookReadError } from "./read-error";
import { DEFAULT_INFLATE_LIMITS, InflateLimits, ZipArchive, isEncryptedPackage, sniff } from "./zip";
import { excelSerialToIso, isDateFormat, builtinFormat } from "./number-format";
import { shiftFormula } from "./shared-formula";

export interface ReadLimits extends InflateLimits {
  /** Non-empty cells in the whole workbook. */
  maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  ...DEFAULT_INFLATE_LIMITS,
  maxCells: 5_000_000,
};

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Called between pieces of work so a browser can repaint and show progress. */
  onProgress?: (sheet: string, rowsRead: number) => void;
}

const MAX_COLUMNS = 16384;
const MAX_ROWS = 1048576;

/** The column of a cell reference ("AB12" -> 28), read by hand: it runs for every cell. */
function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else break;
  }
  return col;
}

function localName(tag: string): string {
  const i = tag.indexOf(":");
  return i < 0 ? tag : tag.slice(i + 1);
}

/** Parses an XML part with a callback per open/close tag and per text run. */
async function parsePart(
  zip: ZipArchive,
  name: string,
  handlers: {
    open: (tag: string, attrs: Record<string, string>) => void;
    close?: (tag: string) => void;
    text?: (text: string) => void;
  },
  pause?: () => Promise<void>,
): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on("opentag", (node: SaxesTagPlain) =>
    handlers.open(localName(node.name), node.attributes as Record<string, string>),
  );
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (node: SaxesTagPlain) => close(localName(node.name)));
  }
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  let failure: Error | null = null;
  parser.on("error", (e: Error) => {
    failure = failure ?? e;
  });
  const decoder = new TextDecoder("utf-8");
  await zip.inflate(
    name,
    (chunk) => {
      if (!failure) parser.write(decoder.decode(chunk, { stream: true }));
    },
    pause,
  );
  if (!failure) parser.write(decoder.decode());
  if (!failure) parser.close();
  if (failure) throw new WorkbookReadError("corrupt", `${name}: ${(failure as Error).message.split("\n")[0]}`);
}

interface SheetRef {
  name: string;
  path: string;
  hidden: boolean;
}

/** The workbook's sheets (name, part, hidden) and date system; highlight-xlsx places its marks with it. */
export async function readWorkbookParts(zip: ZipArchive): Promise<{ sheets: SheetRef[]; date1904: boolean }> {
  const rels = new Map<string, string>();
  const relsPath = zip.find("xl/_rels/workbook.xml.rels");
  if (!relsPath) throw new WorkbookReadError("corrupt", "missing xl/_rels/workbook.xml.rels");
  await parsePart(zip, relsPath, {
    open: (tag, a) => {
      if (tag === "Relationship" && a.Id && a.Target) rels.set(a.Id, a.Target);
    },
  });
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await parsePart(zip, zip.find("xl/workbook.xml")!, {
    open: (tag, a) => {
      if (tag === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (tag !== "sheet") return;
      const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
      const target = rid ? rels.get(rid) : undefined;
      if (!target || !/worksheets\//i.test(target)) return; // chart sheets and dialogs hold no table
      const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
      sheets.push({
        name: a.name ?? path,
        path: zip.find(path) ?? path,
        hidden: a.state === "hidden" || a.state === "veryHidden",
      });
    },
  });
  return { sheets, date1904 };
}

async function readSharedStrings(zip: ZipArchive, pause: () => Promise<void>): Promise<string[]> {
  const path = zip.find("xl/sharedStrings.xml");
  if (!path) return [];
  const strings: string[] = [];
  let current = "";
  let inT = false;
  let inPhonetic = false;
  await parsePart(
    zip,
    path,
    {
      open: (tag) => {
        if (tag === "si") current = "";
        else if (tag === "t") inT = true;
        else if (tag === "rPh") inPhonetic = true;
      },
      close: (tag) => {
        if (tag === "si") strings.push(current);
        else if (tag === "t") inT = false;
        else if (tag === "rPh") inPhonetic = false;
      },
      text: (t) => {
        if (inT && !inPhonetic) current += t;
      },
    },
    pause,
  );
  return strings;
}

/** Style index -> number format code, for the styles that have one. */
async function readStyles(zip: ZipArchive): Promise<(string | undefined)[]> {
  const path = zip.find("xl/styles.xml");
  if (!path) return [];
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let inCellXfs = false;
  await parsePart(zip, path, {
    open: (tag, a) => {
      if (tag === "numFmt" && a.numFmtId) custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (tag === "cellXfs") inCellXfs = true;
      else if (tag === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        formats.push(id === 0 ? undefined : (custom.get(id) ?? builtinFormat(id)));
      }
    },
    close: (tag) => {
      if (tag === "cellXfs") inCellXfs = false;
    },
  });
  return formats;
}

interface SheetContext {
  strings: string[];
  styles: (string | undefined)[];
  date1904: boolean;
  cellBudget: { left: number; max: number };
}

async function readSheet(
  zip: ZipArchive,
  ref: SheetRef,
  ctx: SheetContext,
  pause: () => Promise<void>,
  onProgress?: (sheet: string, rows: number) => void,
): Promise<Grid> {
  const rows: (GridRow | undefined)[] = [];
  const merges: CellRange[] = [];
  const hiddenColumns: number[] = [];
  const sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();

  let row: GridRow | null = null;
  let rowNo = 0;
  let colNo = 0;
  let cellType = "";
  let cellStyle = 0;
  let text: "v" | "f" | "t" | null = null;
  let v = "";
  let f = "";
  let isText = "";
  let fAttrs: Record<string, string> | null = null;
  let inCell = false;

  const finishCell = (): void => {
    if (!row) return;
    let value: CellValue = null;
    const format = cellStyle ? ctx.styles[cellStyle] : undefined;
    switch (cellType) {
      case "s":
        value = ctx.strings[Number(v)] ?? null;
        break;
      case "inlineStr":
        value = isText;
        break;
      case "str":
        value = v;
        break;
      case "e":
        value = { error: v.trim() };
        break;
      case "b":
        value = v.trim() === "1" || v.trim() === "true";
        break;
      case "d":
        value = v ? { date: v.slice(0, 10) } : null;
        break;
      default:
        if (v.trim() !== "") {
          const n = Number(v);
          if (Number.isNaN(n)) value = v;
          else if (format && isDateFormat(format)) value = { date: excelSerialToIso(n, ctx.date1904) };
          else value = n;
        }
    }
    let formula: string | undefined;
    if (fAttrs) {
      const si = fAttrs.si;
      if (fAttrs.t === "shared" && si !== undefined) {
        if (f.trim() !== "") sharedFormulas.set(si, { formula: f, row: rowNo, col: colNo });
        else {
          const master = sharedFormulas.get(si);
          if (master) formula = shiftFormula(master.formula, rowNo - master.row, colNo - master.col);
        }
      }
      if (formula === undefined && f.trim() !== "") formula = f;
    }
    if (value === "") value = null;
    if (value === null && formula === undefined) return;
    if (--ctx.cellBudget.left < 0) {
      throw new WorkbookReadError("too-large", `more than ${ctx.cellBudget.max} cells`);
    }
    if (colNo > MAX_COLUMNS) return;
    row.values[colNo - 1] = value;
    if (formula !== undefined) (row.formulas ??= [])[colNo - 1] = formula;
    if (format) (row.numFmts ??= [])[colNo - 1] = format;
  };

  await parsePart(
    zip,
    ref.path,
    {
      open: (tag, a) => {
        switch (tag) {
          case "row": {
            rowNo = a.r ? Number(a.r) : rowNo + 1;
            if (!(rowNo >= 1 && rowNo <= MAX_ROWS))
              throw new WorkbookReadError("corrupt", `${ref.name}: bad row number`);
            colNo = 0;
            row = { values: [] };
            if (a.hidden === "1" || a.hidden === "true") row.hidden = true;
            break;
          }
          case "c": {
            inCell = true;
            colNo = a.r ? columnOfRef(a.r) || colNo + 1 : colNo + 1;
            cellType = a.t ?? "n";
            cellStyle = a.s ? Number(a.s) : 0;
            v = "";
            f = "";
            isText = "";
            fAttrs = null;
            break;
          }
          case "v":
            if (inCell) text = "v";
            break;
          case "f":
            if (inCell) {
              text = "f";
              fAttrs = a;
            }
            break;
          case "t":
            if (inCell) text = "t";
            break;
          case "col":
            if (a.hidden === "1" || a.hidden === "true") {
              const min = Number(a.min);
              const max = Math.min(Number(a.max), MAX_COLUMNS);
              for (let c = min; c <= max; c++) hiddenColumns.push(c);
            }
            break;
          case "mergeCell": {
            const m = a.ref ? parseRange(a.ref) : null;
            if (m) merges.push(m);
            break;
          }
        }
      },
      close: (tag) => {
        switch (tag) {
          case "c":
            finishCell();
            inCell = false;
            break;
          case "v":
          case "f":
          case "t":
            text = null;
            break;
          case "row":
            if (row && (row.values.length > 0 || row.hidden)) rows[rowNo - 1] = row;
            row = null;
            if (onProgress && rowNo % 5000 === 0) onProgress(ref.name, rowNo);
            break;
        }
      },
      text: (t) => {
        if (text === "v") v += t;
        else if (text === "f") f += t;
        else if (text === "t") isText += t;
      },
    },
    pause,
  );
  return { sheet: ref.name, sheetHidden: ref.hidden || undefined, rows, merges, hiddenColumns };
}

/** Reads all worksheets of an .xlsx held in memory. Throws WorkbookReadError. */
export async function readXlsx(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<Grid[]> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const kind = sniff(bytes);
  if (kind === "empty") throw new WorkbookReadError("empty");
  if (kind === "cfb") throw new WorkbookReadError(isEncryptedPackage(bytes) ? "encrypted" : "xls");
  if (kind !== "zip") throw new WorkbookReadError(/\.xls$/i.test(fileName) ? "xls" : "not-xlsx");
  const zip = new ZipArchive(bytes, limits);
  if (!zip.find("xl/workbook.xml")) {
    throw new WorkbookReadError(zip.has("content.xml") ? "ods" : "not-xlsx");
  }
  // Yield to the event loop now and then: a browser repaints, Node loses nothing.
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
  const { sheets, date1904 } = await readWorkbookParts(zip);
  const strings = await readSharedStrings(zip, pause);
  const styles = await readStyles(zip);
  const ctx: SheetContext = { strings, styles, date1904, cellBudget: { left: limits.maxCells, max: limits.maxCells } };
  const grids: Grid[] = [];
  for (const ref of sheets) {
    if (!zip.has(ref.path)) throw new WorkbookReadError("corrupt", `missing sheet ${ref.name}`);
    grids.push(await readSheet(zip, ref, ctx, pause, options.onProgress));
  }
  return grids;
}
