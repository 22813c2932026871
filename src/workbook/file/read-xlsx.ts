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

import type { CellRange, CellValue, Grid, GridRow } from "../../engine/grid";
import { parseRange } from "../../engine/grid";
import { WorkbookReadError } from "./read-error";
import { DEFAULT_INFLATE_LIMITS, InflateLimits, ZipArchive, isEncryptedPackage, sniff } from "./zip";
import { excelSerialToIso, isDateFormat, builtinFormat } from "./number-format";
import { shiftFormula } from "./shared-formula";
import { XmlAttrs, XmlHandler, XmlScanner, decodeUtf8, parseNumber } from "./xml-bytes";

/**
 * The reading budget (README, "Limits"). Besides these, the reader's cost
 * follows the cells that hold something: column properties, hidden columns
 * and merges are kept as the ranges the file writes, never expanded cell by
 * cell beyond the used columns.
 */
export interface ReadLimits extends InflateLimits {
  /** Non-empty cells in the whole workbook. */
  maxCells: number;
  /** Merged ranges in the whole workbook. */
  maxMerges: number;
  /** Wall-clock milliseconds for reading the parts. */
  maxMillis: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  ...DEFAULT_INFLATE_LIMITS,
  maxCells: 5_000_000,
  maxMerges: 1_000_000,
  maxMillis: 60_000,
};

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Called between pieces of work so a browser can repaint and show progress. */
  onProgress?: (sheet: string, rowsRead: number) => void;
}

const MAX_COLUMNS = 16384;
const MAX_ROWS = 1048576;

/** The time budget: checked once per inflated piece, so it costs nothing per cell. */
class Deadline {
  private readonly end: number;
  constructor(private readonly millis: number) {
    this.end = Date.now() + millis;
  }
  check(): void {
    if (Date.now() > this.end)
      throw new WorkbookReadError("too-large", `reading took more than ${this.millis / 1000} s`);
  }
}

/** Scans one XML part of the package with `handler`, within the time budget when one is given. */
async function parsePart(
  zip: ZipArchive,
  name: string,
  handler: XmlHandler,
  pause?: () => Promise<void>,
  deadline?: Deadline,
): Promise<void> {
  const scanner = new XmlScanner(handler, name);
  await zip.inflate(
    name,
    (chunk) => {
      deadline?.check();
      scanner.write(chunk);
    },
    pause,
  );
  scanner.end();
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
    open: (tag, attrs) => {
      if (tag !== "Relationship") return;
      const a = attrs.record();
      if (a.Id && a.Target) rels.set(a.Id, a.Target);
    },
  });
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await parsePart(zip, zip.find("xl/workbook.xml")!, {
    open: (tag, attrs) => {
      if (tag === "workbookPr") {
        const d = attrs.get("date1904");
        date1904 = d === "1" || d === "true";
      }
      if (tag !== "sheet") return;
      const a = attrs.record();
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

/**
 * Collects the text of <t> elements (a rich-text run's too) outside
 * phonetic runs (<rPh>): the text of one shared string or inline string.
 */
class TextCollector {
  private depthT = 0;
  private inPhonetic = 0;
  text = "";

  open(tag: string): boolean {
    if (tag === "t") this.depthT++;
    else if (tag === "rPh") this.inPhonetic++;
    else return false;
    return true;
  }

  close(tag: string): void {
    if (tag === "t") this.depthT--;
    else if (tag === "rPh") this.inPhonetic--;
  }

  private get collecting(): boolean {
    return this.depthT > 0 && this.inPhonetic === 0;
  }

  bytes(buf: Uint8Array, start: number, end: number): void {
    if (this.collecting) this.text += decodeUtf8(buf, start, end);
  }

  decoded(s: string): void {
    if (this.collecting) this.text += s;
  }
}

async function readSharedStrings(zip: ZipArchive, pause: () => Promise<void>): Promise<string[]> {
  const path = zip.find("xl/sharedStrings.xml");
  if (!path) return [];
  const strings: string[] = [];
  const t = new TextCollector();
  await parsePart(
    zip,
    path,
    {
      open: (tag) => {
        if (tag === "si") t.text = "";
        else t.open(tag);
      },
      close: (tag) => {
        if (tag === "si") strings.push(t.text);
        else t.close(tag);
      },
      text: (buf, start, end) => t.bytes(buf, start, end),
      decoded: (s) => t.decoded(s),
    },
    pause,
  );
  return strings;
}

/**
 * Which style indexes show dates: the only thing reading needs from a
 * number format, decided once per style index rather than once per cell.
 */
async function readDateStyles(zip: ZipArchive): Promise<boolean[]> {
  const path = zip.find("xl/styles.xml");
  if (!path) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  await parsePart(zip, path, {
    open: (tag, a) => {
      if (tag === "numFmt") {
        const id = a.int("numFmtId", NaN);
        if (!Number.isNaN(id)) custom.set(id, a.get("formatCode") ?? "");
      } else if (tag === "cellXfs") inCellXfs = true;
      else if (tag === "xf" && inCellXfs) ids.push(a.int("numFmtId", 0));
    },
    close: (tag) => {
      if (tag === "cellXfs") inCellXfs = false;
    },
  });
  const isDate = new Map<number, boolean>();
  return ids.map((id) => {
    let d = isDate.get(id);
    if (d === undefined) {
      const code = id === 0 ? undefined : (custom.get(id) ?? builtinFormat(id));
      isDate.set(id, (d = code !== undefined && isDateFormat(code)));
    }
    return d;
  });
}

interface SheetContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  cellBudget: { left: number; max: number };
  mergeBudget: { left: number; max: number };
  deadline: Deadline;
}

/** What a cell's <v> held: nothing yet, a number read from its bytes, or text. */
const V_NONE = 0;
const V_NUMBER = 1;
const V_TEXT = 2;

/**
 * One worksheet's XML to a Grid, handler of the byte scanner. Per cell it
 * keeps a few numbers and, only when the cell holds text, a string: no
 * attribute objects, no per-cell strings for numbers, references or types.
 */
class SheetReader implements XmlHandler {
  readonly rows: (GridRow | undefined)[] = [];
  readonly merges: CellRange[] = [];
  /** Hidden column ranges as the file writes them; expanded only over the used columns (grid()). */
  private readonly hiddenRanges: { min: number; max: number }[] = [];
  private readonly sharedFormulas = new Map<string, { formula: string; row: number; col: number }>();

  private row: GridRow | null = null;
  private rowNo = 0;
  private colNo = 0;
  private inCell = false;
  private cellType = "n";
  private cellStyle = 0;
  /** Which element's text is being read: 0 none, 1 <v>, 2 <f>. */
  private reading = 0;
  private vKind = V_NONE;
  private vNumber = 0;
  private vText = "";
  private f = "";
  private hasF = false;
  private fShared = false;
  private fSi: string | undefined;
  private readonly inline = new TextCollector();
  private inInline = false;

  constructor(
    private readonly name: string,
    private readonly ctx: SheetContext,
    private readonly onProgress?: (sheet: string, rows: number) => void,
  ) {}

  open(tag: string, a: XmlAttrs): void {
    switch (tag) {
      case "c":
        this.inCell = true;
        this.colNo = a.column("r") || this.colNo + 1;
        this.cellType = a.token("t") ?? "n";
        this.cellStyle = a.int("s", 0);
        this.vKind = V_NONE;
        this.vText = "";
        this.hasF = false;
        this.f = "";
        this.inInline = false;
        this.inline.text = "";
        return;
      case "v":
        if (this.inCell) this.reading = 1;
        return;
      case "f":
        if (this.inCell) {
          this.reading = 2;
          this.hasF = true;
          this.fShared = a.token("t") === "shared";
          this.fSi = a.get("si");
        }
        return;
      case "is":
        if (this.inCell) this.inInline = true;
        return;
      case "row": {
        const r = a.int("r", this.rowNo + 1);
        if (!(r >= 1 && r <= MAX_ROWS)) throw new WorkbookReadError("corrupt", `${this.name}: bad row number`);
        this.rowNo = r;
        this.colNo = 0;
        this.row = { values: [] };
        const hidden = a.token("hidden");
        if (hidden === "1" || hidden === "true") this.row.hidden = true;
        return;
      }
      case "col": {
        const hidden = a.token("hidden");
        if (hidden === "1" || hidden === "true") {
          const min = a.int("min", NaN);
          const max = Math.min(a.int("max", NaN), MAX_COLUMNS);
          if (min >= 1 && max >= min) this.hiddenRanges.push({ min, max });
        }
        return;
      }
      case "mergeCell": {
        const ref = a.get("ref");
        const m = ref ? parseRange(ref) : null;
        if (!m) return;
        const budget = this.ctx.mergeBudget;
        if (--budget.left < 0) throw new WorkbookReadError("too-large", `more than ${budget.max} merged ranges`);
        this.merges.push(m);
        return;
      }
      default:
        if (this.inInline) this.inline.open(tag);
    }
  }

  close(tag: string): void {
    switch (tag) {
      case "c":
        this.finishCell();
        this.inCell = false;
        return;
      case "v":
      case "f":
        this.reading = 0;
        return;
      case "is":
        this.inInline = false;
        return;
      case "row":
        if (this.row && (this.row.values.length > 0 || this.row.hidden)) this.rows[this.rowNo - 1] = this.row;
        this.row = null;
        if (this.onProgress && this.rowNo % 5000 === 0) this.onProgress(this.name, this.rowNo);
        return;
      default:
        if (this.inInline) this.inline.close(tag);
    }
  }

  text(buf: Uint8Array, start: number, end: number): void {
    if (this.reading === 1) {
      // A number or a shared-string index, the usual <v>, is read from its bytes.
      if (this.vKind === V_NONE && (this.cellType === "n" || this.cellType === "s")) {
        const n = parseNumber(buf, start, end);
        if (!Number.isNaN(n)) {
          this.vKind = V_NUMBER;
          this.vNumber = n;
          return;
        }
      }
      this.decoded(decodeUtf8(buf, start, end));
    } else if (this.reading === 2) this.f += decodeUtf8(buf, start, end);
    else if (this.inInline) this.inline.bytes(buf, start, end);
  }

  decoded(s: string): void {
    if (this.reading === 1) {
      if (this.vKind === V_NUMBER) this.vText = String(this.vNumber);
      this.vKind = V_TEXT;
      this.vText += s;
    } else if (this.reading === 2) this.f += s;
    else if (this.inInline) this.inline.decoded(s);
  }

  /** The cell's value from its type and <v> (or inline string). */
  private value(): CellValue {
    const kind = this.vKind;
    if (kind === V_NUMBER) {
      // The common cases, straight from the number read: a shared string, a number, a date.
      if (this.cellType === "s") return this.ctx.strings[this.vNumber] ?? null;
      if (this.cellType === "n")
        return this.ctx.dateStyles[this.cellStyle]
          ? { date: excelSerialToIso(this.vNumber, this.ctx.date1904) }
          : this.vNumber;
    }
    const v = kind === V_TEXT ? this.vText : kind === V_NUMBER ? String(this.vNumber) : "";
    switch (this.cellType) {
      case "s":
        return this.ctx.strings[Number(v)] ?? null;
      case "inlineStr":
        return this.inline.text;
      case "str":
        return v;
      case "e":
        return { error: v.trim() };
      case "b":
        return v.trim() === "1" || v.trim() === "true";
      case "d":
        return v ? { date: v.slice(0, 10) } : null;
    }
    if (v.trim() === "") return null;
    const n = Number(v);
    if (Number.isNaN(n)) return v;
    return this.ctx.dateStyles[this.cellStyle] ? { date: excelSerialToIso(n, this.ctx.date1904) } : n;
  }

  private formula(): string | undefined {
    if (!this.hasF) return undefined;
    const f = this.f;
    const si = this.fSi;
    if (this.fShared && si !== undefined) {
      if (f.trim() !== "") this.sharedFormulas.set(si, { formula: f, row: this.rowNo, col: this.colNo });
      else {
        const master = this.sharedFormulas.get(si);
        if (master) return shiftFormula(master.formula, this.rowNo - master.row, this.colNo - master.col);
      }
    }
    return f.trim() !== "" ? f : undefined;
  }

  private finishCell(): void {
    const row = this.row;
    if (!row) return;
    let value = this.value();
    const formula = this.formula();
    if (value === "") value = null;
    if (value === null && formula === undefined) return;
    const budget = this.ctx.cellBudget;
    if (--budget.left < 0) throw new WorkbookReadError("too-large", `more than ${budget.max} cells`);
    const col = this.colNo;
    if (col > MAX_COLUMNS) return;
    row.values[col - 1] = value;
    if (formula !== undefined) (row.formulas ??= [])[col - 1] = formula;
  }

  grid(hidden: boolean): Grid {
    // Hidden columns matter only where cells are: a file may hide all 16,384
    // columns ten thousand times over, and costs only its used width here.
    let used = 0;
    for (const r of this.rows) if (r && r.values.length > used) used = r.values.length;
    for (const m of this.merges) if (m.right > used) used = Math.min(m.right, MAX_COLUMNS);
    const isHidden = new Uint8Array(used + 1);
    for (const { min, max } of this.hiddenRanges) isHidden.fill(1, min, Math.min(max, used) + 1);
    const hiddenColumns: number[] = [];
    for (let c = 1; c <= used; c++) if (isHidden[c]) hiddenColumns.push(c);
    return {
      sheet: this.name,
      sheetHidden: hidden || undefined,
      rows: this.rows,
      merges: this.merges,
      hiddenColumns,
    };
  }
}

async function readSheet(
  zip: ZipArchive,
  ref: SheetRef,
  ctx: SheetContext,
  pause: () => Promise<void>,
  onProgress?: (sheet: string, rows: number) => void,
): Promise<Grid> {
  const reader = new SheetReader(ref.name, ctx, onProgress);
  await parsePart(zip, ref.path, reader, pause, ctx.deadline);
  return reader.grid(ref.hidden);
}

/**
 * The .xlsx package in `bytes`, or the WorkbookReadError that says what the file is instead: empty,
 * password-protected, an old .xls, an .ods, or no workbook at all.
 */
export function openXlsxPackage(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): ZipArchive {
  const kind = sniff(bytes);
  if (kind === "empty") throw new WorkbookReadError("empty");
  if (kind === "cfb") throw new WorkbookReadError(isEncryptedPackage(bytes) ? "encrypted" : "xls");
  if (kind !== "zip") throw new WorkbookReadError(/\.xls$/i.test(fileName) ? "xls" : "not-xlsx");
  const zip = new ZipArchive(bytes, limits);
  if (!zip.find("xl/workbook.xml")) {
    throw new WorkbookReadError(zip.has("content.xml") ? "ods" : "not-xlsx");
  }
  return zip;
}

/** Reads all worksheets of an .xlsx held in memory. Throws WorkbookReadError. */
export async function readXlsx(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<Grid[]> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const zip = openXlsxPackage(bytes, fileName, limits);
  // Yield to the event loop now and then: a browser repaints, Node loses nothing.
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
  const { sheets, date1904 } = await readWorkbookParts(zip);
  const strings = await readSharedStrings(zip, pause);
  const dateStyles = await readDateStyles(zip);
  const ctx: SheetContext = {
    strings,
    dateStyles,
    date1904,
    cellBudget: { left: limits.maxCells, max: limits.maxCells },
    mergeBudget: { left: limits.maxMerges, max: limits.maxMerges },
    deadline: new Deadline(limits.maxMillis),
  };
  const grids: Grid[] = [];
  for (const ref of sheets) {
    if (!zip.has(ref.path)) throw new WorkbookReadError("corrupt", `missing sheet ${ref.name}`);
    grids.push(await readSheet(zip, ref, ctx, pause, options.onProgress));
  }
  return grids;
}
