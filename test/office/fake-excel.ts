/**
 * A small Excel object model for the adapter's tests. office-addin-mock
 * models a fixed tree of loaded properties; the adapter needs more: ranges
 * made on the fly, conditional formats, custom XML parts, change events,
 * and above all Office's batching. So here every call and property write is
 * queued and runs at `context.sync()` (a sinon spy, to count syncs), a
 * property read before its load and sync throws as Office.js does, and each
 * sync records the size of its request and response (what Excel on the web
 * limits to 5 MB). A host with a payload limit refuses a sync over it as the
 * web does: a request too large runs nothing; a response too large returns
 * nothing, so what it loaded stays unloaded.
 */

import sinon from "sinon";
import type { CellRange } from "../../src/engine/grid";
import { a1, parseRange } from "../../src/engine/grid";
import { jsonBytes } from "../../src/workbook/office/payload";
import type { OfficeHost } from "../../src/workbook/office/host";

export interface FakeCell {
  value: string | number | boolean;
  type: "String" | "Double" | "Boolean" | "Error";
  formula?: string;
  format?: string;
}

export interface FakeCf {
  id: number;
  areas: CellRange[];
  type: "Custom" | "DataBar";
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  priority: number;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  cfs: FakeCf[] = [];
  /** What other writes reached the sheet (formats, validation, layout…), as "path=value". */
  log: string[] = [];
  visibility = "Visible";
  /** Sheet protection: a protected sheet refuses conditional-format adds and deletes, as Excel does. */
  protection: { password: string | null; options: Record<string, unknown> } | null = null;
  constructor(
    public name: string,
    public id: string,
  ) {}

  set(row: number, col: number, cell: FakeCell): void {
    this.cells.set(`${row},${col}`, cell);
  }
  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  usedRange(): CellRange | null {
    let r: CellRange | null = null;
    for (const k of this.cells.keys()) {
      const [row, col] = k.split(",").map(Number);
      r = r
        ? {
            top: Math.min(r.top, row),
            left: Math.min(r.left, col),
            bottom: Math.max(r.bottom, row),
            right: Math.max(r.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  xmlParts: { id: string; xml: string }[] = [];
  handlers: { event: "changed" | "added"; sheetId: string | null; fn: (e: unknown) => Promise<void> }[] = [];
  selected: { sheet: string; address: string } | null = null;
  private nextId = 1;

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name || x.id === name);
    if (!s) throw officeError("ItemNotFound", `no sheet ${name}`);
    return s;
  }
  /** A sheet the user inserts: fires the sheet-added events as Excel would. */
  async userAddsSheet(name: string): Promise<FakeSheet> {
    const s = this.addSheet(name);
    for (const h of this.handlers.filter((x) => x.event === "added"))
      await h.fn({ worksheetId: s.id, type: "WorksheetAdded", source: "Local" });
    return s;
  }
  /** A user's edit: fires the change events as Excel would. */
  async edit(sheet: string, address: string, extra: Record<string, unknown> = {}): Promise<void> {
    const s = this.sheet(sheet);
    for (const h of this.handlers) {
      if (h.event === "changed" && (h.sheetId === null || h.sheetId === s.id)) {
        await h.fn({ worksheetId: s.id, address, changeType: "RangeEdited", triggerSource: "Unknown", ...extra });
      }
    }
  }
}

export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, debugInfo: { errorLocation: "Fake" } });
}

/** Whether a property has been loaded and synced, per proxy object. */
class Loadable {
  protected loaded = new Set<string>();
  constructor(protected readonly ctx: FakeContext) {}
  protected need(prop: string): void {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: ${prop}`);
  }
  protected markLoaded(props: string, bytes: () => number): void {
    this.ctx.queue(0, () => {
      for (const p of props.split(",")) {
        const prop = p.trim().replace(/^items\//, "");
        if (this.loaded.has(prop)) continue;
        this.loaded.add(prop);
        this.ctx.unload.push(() => this.loaded.delete(prop));
      }
      this.ctx.responseBytes += bytes();
    });
  }
}

const areasAddress = (sheet: string, areas: CellRange[]): string =>
  areas.map((a) => `'${sheet}'!${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`).join(",");

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** An argument as logged: a range by its address ("<H2:P20>"), anything else as is. */
const logged = (v: unknown): unknown => (v instanceof FakeRange ? `<${v.label()}>` : v);

/** Write-only parts of the model (formats, validation, layout, charts): every write logged on the sheet. */
function recorder(ctx: FakeContext, sheet: () => FakeSheet, path: string): unknown {
  const fn = (...args: unknown[]) => {
    const shown = args.map(logged);
    ctx.queue(jsonBytes(shown) + 50, () => sheet().log.push(`${path}(${JSON.stringify(shown)})`));
    return recorder(ctx, sheet, `${path}()`);
  };
  return new Proxy(fn, {
    get: (_t, key) => recorder(ctx, sheet, `${path}.${String(key)}`),
    set: (_t, key, value) => {
      const shown = logged(value);
      ctx.queue(jsonBytes(shown) + 50, () => sheet().log.push(`${path}.${String(key)}=${JSON.stringify(shown)}`));
      return true;
    },
  });
}

function refuseIfProtected(sheet: FakeSheet): void {
  if (sheet.protection) throw officeError("AccessDenied", `sheet ${sheet.name} is protected`);
}

/** A sheet's protection: protect logs like any write; unprotect without the password fails as Excel's does. */
class FakeProtection extends Loadable {
  private snap: FakeSheet["protection"] = null;
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  load(props: string): void {
    this.ctx.queue(0, () => (this.snap = this.sheet().protection));
    this.markLoaded(props, () => 60);
  }
  get protected(): boolean {
    this.need("protected");
    return this.snap !== null;
  }
  get options(): Record<string, unknown> {
    this.need("options");
    return { ...(this.snap?.options ?? {}) };
  }
  protect(options?: Record<string, unknown>, password?: string): void {
    const shown = [options ?? null, password ?? null];
    this.ctx.queue(jsonBytes(shown) + 50, () => {
      const s = this.sheet();
      if (s.protection) throw officeError("InvalidOperation", `sheet ${s.name} is already protected`);
      s.protection = { password: password ?? null, options: options ?? {} };
      s.log.push(`protection.protect(${JSON.stringify(shown)})`);
    });
  }
  unprotect(password?: string): void {
    this.ctx.queue(50, () => {
      const s = this.sheet();
      if (s.protection?.password != null && s.protection.password !== password)
        throw officeError("InvalidPassword", `sheet ${s.name} needs its password`);
      s.protection = null;
    });
  }
}

class FakeCfProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    private readonly cf: FakeCf,
  ) {
    super(ctx);
  }
  private get sheet(): FakeSheet {
    return this.sheetOf();
  }
  get type(): string {
    this.need("type");
    return this.cf.type;
  }
  set priority(p: number) {
    this.ctx.queue(20, () => {
      this.sheet.cfs = this.sheet.cfs.filter((x) => x !== this.cf);
      this.sheet.cfs.splice(p, 0, this.cf);
    });
  }
  delete(): void {
    this.ctx.queue(40, () => {
      refuseIfProtected(this.sheet);
      this.sheet.cfs = this.sheet.cfs.filter((x) => x !== this.cf);
    });
  }
  get custom() {
    const cf = this.cf;
    const ctx = this.ctx;
    const need = (p: string) => this.need(p);
    const rule = {
      load: (p: string) => this.markLoaded(`custom.${p}`, () => cf.formula.length + 10),
      get formula() {
        need("custom.formula");
        return cf.formula;
      },
      set formula(f: string) {
        ctx.queue(f.length + 20, () => (cf.formula = f));
      },
    };
    const format = {
      fill: {
        set color(c: string) {
          ctx.queue(20, () => (cf.fill = c));
        },
      },
      font: {
        set color(c: string) {
          ctx.queue(20, () => (cf.fontColor = c));
        },
        set bold(b: boolean) {
          ctx.queue(20, () => (cf.bold = b));
        },
      },
    };
    return { rule, format };
  }
  load(props: string): void {
    this.markLoaded(props, () => 20);
  }
}

class FakeCfCollection extends Loadable {
  private list: FakeCfProxy[] = [];
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    private readonly areas: CellRange[],
  ) {
    super(ctx);
  }
  private get sheet(): FakeSheet {
    return this.sheetOf();
  }
  add(type: string): FakeCfProxy {
    const cf: FakeCf = { id: this.ctx.nextCf++, areas: this.areas, type: type as "Custom", formula: "", priority: 0 };
    this.ctx.queue(50 + jsonBytes(this.areas), () => {
      refuseIfProtected(this.sheet);
      this.sheet.cfs.push(cf);
    });
    return new FakeCfProxy(this.ctx, this.sheetOf, cf);
  }
  load(props: string): void {
    this.ctx.queue(0, () => {
      this.list = this.sheet.cfs
        .filter((cf) => cf.areas.some((a) => this.areas.some((b) => intersects(a, b))))
        .map((cf) => {
          const p = new FakeCfProxy(this.ctx, this.sheetOf, cf);
          p.load(props.replace(/items\//g, ""));
          return p;
        });
    });
    this.markLoaded("items", () => this.list.length * 20);
  }
  get items(): FakeCfProxy[] {
    this.need("items");
    return this.list;
  }
}

class FakeAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    private readonly compute: () => CellRange[] | null,
  ) {
    super(ctx);
  }
  private get sheet(): FakeSheet {
    return this.sheetOf();
  }
  private value: CellRange[] | null = null;
  load(props: string): void {
    this.ctx.queue(0, () => (this.value = this.compute()));
    this.markLoaded(props, () => (this.value ? areasAddress(this.sheet.name, this.value).length : 4));
  }
  get isNullObject(): boolean {
    this.need("address");
    return this.value === null || this.value.length === 0;
  }
  get address(): string {
    this.need("address");
    return areasAddress(this.sheet.name, this.value ?? []);
  }
  get conditionalFormats(): FakeCfCollection {
    return new FakeCfCollection(this.ctx, this.sheetOf, this.compute() ?? []);
  }
}

class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly sheetOf: () => FakeSheet,
    private area: () => CellRange | null,
  ) {
    super(ctx);
  }
  private get sheet(): FakeSheet {
    return this.sheetOf();
  }
  private snapshot: CellRange | null = null;
  private data: Record<string, unknown[][]> = {};

  load(props: string): void {
    const list = props.split(",").map((p) => p.trim());
    this.ctx.queue(0, () => {
      this.snapshot = this.area();
      const r = this.snapshot;
      if (!r) return;
      for (const p of list)
        if (["values", "valueTypes", "formulas", "numberFormat"].includes(p)) this.data[p] = this.read(r, p);
    });
    this.markLoaded(props, () => Object.values(this.data).reduce((n, d) => n + jsonBytes(d), 40));
  }
  private read(r: CellRange, prop: string): unknown[][] {
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let col = r.left; col <= r.right; col++) {
        const c = this.sheet.get(row, col);
        if (prop === "values") line.push(c ? c.value : "");
        else if (prop === "valueTypes") line.push(c ? c.type : "Empty");
        else if (prop === "formulas") line.push(c ? (c.formula !== undefined ? `=${c.formula}` : c.value) : "");
        else line.push(c?.format ?? "General");
      }
      out.push(line);
    }
    return out;
  }
  get isNullObject(): boolean {
    if (this.loaded.size === 0) throw new Error("PropertyNotLoaded: isNullObject");
    return this.snapshot === null;
  }
  private dim(prop: string, f: (r: CellRange) => number): number {
    this.need(prop);
    return f(this.snapshot!);
  }
  get rowIndex() {
    return this.dim("rowIndex", (r) => r.top - 1);
  }
  get columnIndex() {
    return this.dim("columnIndex", (r) => r.left - 1);
  }
  get rowCount() {
    return this.dim("rowCount", (r) => r.bottom - r.top + 1);
  }
  get columnCount() {
    return this.dim("columnCount", (r) => r.right - r.left + 1);
  }
  get values() {
    this.need("values");
    return this.data.values;
  }
  get valueTypes() {
    this.need("valueTypes");
    return this.data.valueTypes;
  }
  get formulas(): unknown[][] {
    this.need("formulas");
    return this.data.formulas;
  }
  set formulas(block: unknown[][]) {
    this.ctx.queue(jsonBytes(block) + 40, () => {
      const r = this.area()!;
      block.forEach((line, i) =>
        line.forEach((v, j) => {
          if (v === null) return;
          const [row, col] = [r.top + i, r.left + j];
          if (typeof v === "string" && v.startsWith("="))
            this.sheet.set(row, col, { value: 0, type: "Double", formula: v.slice(1) });
          else if (typeof v === "string") this.sheet.set(row, col, { value: v.replace(/^'/, ""), type: "String" });
          else if (typeof v === "number") this.sheet.set(row, col, { value: v, type: "Double" });
          else if (typeof v === "boolean") this.sheet.set(row, col, { value: v, type: "Boolean" });
        }),
      );
    });
  }
  get numberFormat(): unknown[][] {
    this.need("numberFormat");
    return this.data.numberFormat;
  }
  set numberFormat(block: unknown[][]) {
    this.ctx.queue(jsonBytes(block) + 40, () => {
      const r = this.area()!;
      block.forEach((line, i) =>
        line.forEach((f, j) => {
          const c = this.sheet.get(r.top + i, r.left + j);
          if (c) c.format = String(f);
        }),
      );
      this.sheet.log.push(`numberFormat ${a1(r.top, r.left)}`);
    });
  }
  getMergedAreasOrNullObject(): FakeAreas {
    return new FakeAreas(this.ctx, this.sheetOf, () => {
      const r = this.area();
      return r ? this.sheet.merges.filter((m) => intersects(m, r)) : null;
    });
  }
  getSpecialCellsOrNullObject(kind: string): FakeAreas {
    if (kind !== "Visible") throw new Error(`fake: special cells ${kind}`);
    return new FakeAreas(this.ctx, this.sheetOf, () => {
      const r = this.area();
      if (!r) return null;
      // Visible areas: row runs × column runs, as Excel lists them.
      const runs = (from: number, to: number, hidden: Set<number>): [number, number][] => {
        const out: [number, number][] = [];
        for (let i = from; i <= to; i++) {
          if (hidden.has(i)) continue;
          const last = out[out.length - 1];
          if (last && last[1] === i - 1) last[1] = i;
          else out.push([i, i]);
        }
        return out;
      };
      const areas: CellRange[] = [];
      for (const [top, bottom] of runs(r.top, r.bottom, this.sheet.hiddenRows))
        for (const [left, right] of runs(r.left, r.right, this.sheet.hiddenColumns))
          areas.push({ top, bottom, left, right });
      return areas;
    });
  }
  get conditionalFormats(): FakeCfCollection {
    const r = this.area();
    return new FakeCfCollection(this.ctx, this.sheetOf, r ? [r] : []);
  }
  get format(): unknown {
    return recorder(this.ctx, this.sheetOf, `${this.label()}.format`);
  }
  get dataValidation(): unknown {
    return recorder(this.ctx, this.sheetOf, `${this.label()}.dataValidation`);
  }
  getEntireColumn(): unknown {
    return recorder(this.ctx, this.sheetOf, `${this.label()}.entireColumn`);
  }
  getEntireRow(): unknown {
    return recorder(this.ctx, this.sheetOf, `${this.label()}.entireRow`);
  }
  merge(across: boolean): void {
    this.ctx.queue(40, () => {
      this.sheet.log.push(`merge ${this.label()} ${across}`);
      this.sheet.merges.push(this.area()!);
    });
  }
  select(): void {
    this.ctx.queue(40, () => (this.ctx.book.selected = { sheet: this.sheet.name, address: this.label() }));
  }
  label(): string {
    const r = this.area();
    return r ? `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}` : "?";
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  load(props: string): this {
    this.markLoaded(props, () => 40);
    return this;
  }
  /** Set by getItemOrNullObject: whether the sheet asked for is missing. */
  nullWhenMissing: (() => boolean) | null = null;
  get isNullObject(): boolean {
    // Excel answers isNullObject once any property of the proxy was loaded.
    if (this.loaded.size === 0) throw new Error("PropertyNotLoaded: isNullObject");
    return this.nullWhenMissing?.() ?? false;
  }
  delete(): void {
    this.ctx.queue(20, () => {
      const s = this.sheet();
      this.ctx.book.sheets = this.ctx.book.sheets.filter((x) => x !== s);
    });
  }
  get name(): string {
    this.need("name");
    return this.sheet().name;
  }
  get id(): string {
    this.need("id");
    return this.sheet().id;
  }
  get visibility(): string {
    this.need("visibility");
    return this.sheet().visibility;
  }
  set tabColor(c: string) {
    this.ctx.queue(30, () => this.sheet().log.push(`tabColor=${c}`));
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => this.sheet().usedRange());
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    this.ctx.requestBytes += 60;
    const area = { top: r + 1, left: c + 1, bottom: r + rows, right: c + cols };
    return new FakeRange(this.ctx, this.sheet, () => area);
  }
  getRange(address?: string): FakeRange {
    const area = address ? parseRange(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 };
    if (!area) throw officeError("InvalidArgument", `bad address ${address}`);
    return new FakeRange(this.ctx, this.sheet, () => area);
  }
  getRanges(address: string): FakeAreas {
    const areas = address.split(",").map((a) => parseRange(a)!);
    return new FakeAreas(this.ctx, this.sheet, () => areas);
  }
  activate(): void {
    this.ctx.queue(30, () => this.sheet().log.push("activate"));
  }
  get freezePanes(): unknown {
    return recorder(this.ctx, this.sheet, "freezePanes");
  }
  private protectionProxy?: FakeProtection;
  /** One proxy per worksheet proxy, as Office.js keeps it: what was loaded on it stays there. */
  get protection(): FakeProtection {
    return (this.protectionProxy ??= new FakeProtection(this.ctx, this.sheet));
  }
  get pageLayout(): unknown {
    return recorder(this.ctx, this.sheet, "pageLayout");
  }
  get charts(): unknown {
    return recorder(this.ctx, this.sheet, "charts");
  }
  get onChanged() {
    return eventSource(this.ctx, "changed", () => this.sheet().id);
  }
}

function eventSource(ctx: FakeContext, event: "changed" | "added", sheetId: () => string | null) {
  return {
    add: (fn: (e: unknown) => Promise<void>) => {
      const h = { event, sheetId: null as string | null, fn };
      ctx.queue(40, () => {
        h.sheetId = sheetId();
        ctx.book.handlers.push(h);
      });
      return {
        context: ctx,
        remove: () => ctx.queue(20, () => (ctx.book.handlers = ctx.book.handlers.filter((x) => x !== h))),
      };
    },
  };
}

export interface FakeStats {
  syncs: number;
  /** Bytes of each sync Excel accepted (request plus response). */
  requests: number[];
  /** The error codes of the syncs refused for their size. */
  refused: string[];
  fail?: (syncNo: number) => Error | null;
}

export class FakeContext {
  private pending: (() => void)[] = [];
  requestBytes = 0;
  responseBytes = 0;
  nextCf = 1;
  /** Undoes the loads of the sync running (a response refused never arrives). */
  unload: (() => void)[] = [];
  readonly sync: sinon.SinonSpy<[], Promise<void>>;
  readonly workbook: unknown;

  constructor(
    readonly book: FakeWorkbook,
    readonly stats: FakeStats,
    payloadLimit = Number.POSITIVE_INFINITY,
  ) {
    this.sync = sinon.spy(async () => {
      const syncNo = ++stats.syncs;
      const failure = stats.fail?.(syncNo);
      const refuse = (code: string) => {
        stats.refused.push(code);
        return officeError(code, `${code} (fake limit ${payloadLimit} bytes)`);
      };
      const work = this.pending;
      const request = this.requestBytes;
      this.pending = [];
      this.requestBytes = 0;
      if (failure) throw failure;
      if (request > payloadLimit) throw refuse("RequestPayloadSizeLimitExceeded");
      this.responseBytes = 0;
      this.unload = [];
      // Work queued while running (loads of items just listed) belongs to this same sync.
      while (work.length > 0 || this.pending.length > 0) (work.shift() ?? this.pending.shift()!)();
      if (this.responseBytes > payloadLimit) {
        for (const undo of this.unload) undo();
        throw refuse("ResponsePayloadSizeLimitExceeded");
      }
      stats.requests.push(request + this.responseBytes);
    });
    // The collections below are classes of their own that need this context.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const ctx = this;
    const worksheets = new (class extends Loadable {
      private list: FakeWorksheet[] = [];
      load(props: string) {
        ctx.queue(0, () => (this.list = book.sheets.map((s) => new FakeWorksheet(ctx, () => s))));
        ctx.queue(0, () => this.list.forEach((w) => w.load(props.replace(/items\//g, ""))));
        this.markLoaded("items", () => 0);
      }
      get items() {
        this.need("items");
        return this.list;
      }
      getItem(name: string) {
        return new FakeWorksheet(ctx, () => book.sheet(name));
      }
      getItemOrNullObject(name: string) {
        const ws = new FakeWorksheet(ctx, () => book.sheet(name));
        ws.nullWhenMissing = () => !book.sheets.some((x) => x.name === name);
        return ws;
      }
      add(name: string) {
        let s: FakeSheet | undefined;
        ctx.queue(40, () => {
          if (book.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase()))
            throw officeError("ItemAlreadyExists", name);
          s = book.addSheet(name);
        });
        return new FakeWorksheet(ctx, () => s!);
      }
      get onChanged() {
        return eventSource(ctx, "changed", () => null);
      }
      get onAdded() {
        return eventSource(ctx, "added", () => null);
      }
    })(ctx);
    const customXmlParts = {
      getByNamespace: (ns: string) =>
        new (class extends Loadable {
          private list: { id: string; xml: string }[] = [];
          load(props: string) {
            ctx.queue(0, () => (this.list = book.xmlParts.filter((p) => p.xml.includes(`xmlns="${ns}"`))));
            this.markLoaded(props, () => this.list.length * 30);
          }
          get items() {
            this.need("id");
            return this.list.map((p) => ({
              getXml: () => {
                const result = { value: "" };
                ctx.queue(0, () => {
                  result.value = p.xml;
                  ctx.responseBytes += p.xml.length;
                });
                return result;
              },
              delete: () => ctx.queue(20, () => (book.xmlParts = book.xmlParts.filter((x) => x !== p))),
            }));
          }
        })(ctx),
      add: (xml: string) =>
        ctx.queue(xml.length, () => book.xmlParts.push({ id: `part-${book.xmlParts.length + 1}`, xml })),
    };
    this.workbook = { worksheets, customXmlParts };
  }

  queue(bytes: number, work: () => void): void {
    this.requestBytes += bytes;
    this.pending.push(work);
  }
}

export interface FakeHost extends OfficeHost {
  stats: FakeStats;
  contexts: FakeContext[];
}

/** Excel on the web's limit on a request and on a response. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

/**
 * A host over a fake workbook: ExcelApi 1.1 to 1.`maxApi` supported (1.17 by
 * default). Given a finite payload budget it is Excel on the web, refusing
 * syncs over `payloadLimit` (5 MB unless said).
 */
export function fakeHost(
  book: FakeWorkbook,
  options: { maxApi?: number; payloadBudget?: number; payloadLimit?: number } = {},
): FakeHost {
  const stats: FakeStats = { syncs: 0, requests: [], refused: [] };
  const limit =
    options.payloadLimit ?? (Number.isFinite(options.payloadBudget) ? WEB_PAYLOAD_LIMIT : Number.POSITIVE_INFINITY);
  const contexts: FakeContext[] = [];
  const maxApi = options.maxApi ?? 17;
  return {
    stats,
    contexts,
    payloadBudget: options.payloadBudget ?? Number.POSITIVE_INFINITY,
    isSetSupported: (set, version) => set === "ExcelApi" && Number(version.split(".")[1]) <= maxApi,
    run: async (batch) => {
      const ctx = new FakeContext(book, stats, limit);
      contexts.push(ctx);
      return batch(ctx as unknown as Excel.RequestContext);
    },
    runIn: async (context, batch) => batch(context),
  };
}

/** The Excel enums the adapter reads, as office.js defines them. */
export function installExcelEnums(): void {
  (globalThis as Record<string, unknown>).Excel = {
    SpecialCellType: { visible: "Visible" },
    SheetVisibility: { visible: "Visible" },
    ConditionalFormatType: { custom: "Custom" },
    PaperType: { a3: "A3", a4: "A4" },
  };
}

/** A fake sheet holding a Grid as Excel would: formulas with their results, errors, number formats, merges, hidden rows and columns. */
export function sheetFromGrid(book: FakeWorkbook, grid: import("../../src/engine/grid").Grid): FakeSheet {
  const s = book.addSheet(grid.sheet);
  if (grid.sheetHidden) s.visibility = "Hidden";
  grid.rows.forEach((row, i) => {
    if (!row) return;
    if (row.hidden) s.hiddenRows.add(i + 1);
    row.values.forEach((v, j) => {
      const formula = row.formulas?.[j];
      const format = row.numFmts?.[j];
      let cell: FakeCell;
      if (v === null || v === undefined) cell = { value: "", type: "String" };
      else if (typeof v === "string") cell = { value: v, type: "String" };
      else if (typeof v === "number") cell = { value: v, type: "Double" };
      else if (typeof v === "boolean") cell = { value: v, type: "Boolean" };
      else if ("error" in v) cell = { value: v.error, type: "Error" };
      else cell = { value: (Date.parse(v.date) - Date.UTC(1899, 11, 30)) / 86_400_000, type: "Double" };
      if (formula !== undefined) cell.formula = formula;
      if (format !== undefined) cell.format = format;
      if (v === null && formula === undefined) return;
      s.set(i + 1, j + 1, cell);
    });
  });
  for (const c of grid.hiddenColumns) s.hiddenColumns.add(c);
  s.merges = [...grid.merges];
  return s;
}
