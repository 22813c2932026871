/**
 * The values of a SheetSpec's formulas, computed the way a spreadsheet
 * would. Our reader (and many viewers and previews) read the cached result
 * stored with a formula and never recalculate, so a generated workbook must
 * carry correct results. Covers the small language generated sheets use:
 * numbers, text, error literals (#REF!), references and ranges (on the same
 * sheet, or on another one of the workbook as 'Sheet name'!A1), + - * / &
 * and comparisons, SUM, SUBTOTAL(9|109), SUMIF (equality criteria), IF,
 * IFERROR, AND, OR, NOT, N, ROUND, ABS, MIN, MAX. Anything else is an
 * UnsupportedFormula, and the caller leaves that result to the spreadsheet.
 */

import { type CellError, a1, parseA1 } from "./grid";
import type { SheetSpec } from "./sheet-spec";

export type Scalar = number | string | boolean;

export class UnsupportedFormula extends Error {}

/**
 * A spreadsheet error value (#DIV/0!, #VALUE!, #REF!): IFERROR catches it,
 * evaluateWorkbook returns it as the cell's value, and evaluateSheet leaves
 * the cell out as it does any result it cannot give.
 */
export class FormulaError extends UnsupportedFormula {
  constructor(readonly code: string) {
    super(code);
  }
}

interface Place {
  /** The sheet named before "!", when the reference names one. */
  sheet?: string;
}

type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "err"; code: string }
  | ({ k: "ref"; row: number; col: number } & Place)
  | ({ k: "range"; top: number; left: number; bottom: number; right: number } & Place)
  | { k: "neg"; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "call"; name: string; args: Node[] };

type RangeNode = Extract<Node, { k: "range" }>;

const CELL = String.raw`\$?[A-Z]{1,3}\$?\d+`;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
const TOKEN = new RegExp(
  String.raw`\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|(#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!))|` +
    String.raw`((?:${SHEET})?${CELL}(?::${CELL})?)|([A-Z][A-Z0-9.]*)\(|(<>|<=|>=|[-+*/&=<>(),]))`,
  "y",
);

function tokenize(formula: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < formula.length) {
    if (/^\s*$/.test(formula.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(formula);
    if (!m) throw new UnsupportedFormula(formula);
    out.push(m[5] !== undefined ? `${m[5]}(` : m[0].trim());
    at = TOKEN.lastIndex;
  }
  return out;
}

/** A reference token ("B7", "$B$7:C9", "'KH 2024'!B7") as a node. */
function referenceNode(token: string, formula: string): Node {
  const bang = token.lastIndexOf("!");
  const quoted = token.startsWith("'");
  const sheet = bang < 0 ? undefined : quoted ? token.slice(1, bang - 1).replace(/''/g, "'") : token.slice(0, bang);
  const [p, q] = token.slice(bang + 1).split(":");
  const a = parseA1(p);
  if (!a) throw new UnsupportedFormula(formula);
  if (q === undefined) return { k: "ref", ...a, sheet };
  const b = parseA1(q)!;
  return {
    k: "range",
    sheet,
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const PRECEDENCE: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
};

function parse(formula: string): Node {
  const tokens = tokenize(formula);
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const next = (): string => {
    if (i >= tokens.length) throw new UnsupportedFormula(formula);
    return tokens[i++];
  };
  const primary = (): Node => {
    const t = next();
    if (t === "-") return { k: "neg", a: primary() };
    if (t === "+") return primary();
    if (t === "(") {
      const e = expr(0);
      if (next() !== ")") throw new UnsupportedFormula(formula);
      return e;
    }
    if (/^\d/.test(t)) return { k: "num", v: Number(t) };
    if (t.startsWith('"')) return { k: "str", v: t.slice(1, -1).replace(/""/g, '"') };
    if (t.startsWith("#")) return { k: "err", code: t };
    if (t.endsWith("(")) {
      const args: Node[] = [];
      if (peek() !== ")") {
        for (;;) {
          args.push(expr(0));
          const sep = next();
          if (sep === ")") break;
          if (sep !== ",") throw new UnsupportedFormula(formula);
        }
      } else next();
      return { k: "call", name: t.slice(0, -1), args };
    }
    return referenceNode(t, formula);
  };
  const expr = (min: number): Node => {
    let left = primary();
    for (let op = peek(); op !== undefined && (PRECEDENCE[op] ?? 0) > min; op = peek()) {
      next();
      left = { k: "bin", op, a: left, b: expr(PRECEDENCE[op]) };
    }
    return left;
  };
  const tree = expr(0);
  if (i !== tokens.length) throw new UnsupportedFormula(formula);
  return tree;
}

/** Excel shows 15 significant digits; keeping that many hides binary residue (0.1 + 0.2). */
function clean(n: number): number {
  return Number.isFinite(n) ? Number(n.toPrecision(15)) : n;
}

function toNumber(v: Scalar | null): number {
  if (v === null || v === "") return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  const n = Number(v);
  if (Number.isNaN(n)) throw new FormulaError("#VALUE!");
  return n;
}

/** Whether SUMIF's criterion (a plain value: no operator, no wildcard) takes a cell; text compares without case. */
function meetsCriterion(v: Scalar | null, criterion: Scalar): boolean {
  if (typeof criterion !== "string") return v === criterion;
  if (/^[<>=]|[*?~]/.test(criterion)) throw new UnsupportedFormula(`SUMIF criterion ${criterion}`);
  if (typeof v === "string") return v.toLowerCase() === criterion.toLowerCase();
  return typeof v === "number" && criterion.trim() !== "" && Number(criterion) === v;
}

/** The sheets of one workbook by name (as spreadsheets do, without case). */
type Book = Map<string, SheetEvaluator>;

/** Every formula of one sheet evaluated on demand, each once, a cycle refused. */
class SheetEvaluator {
  private readonly cells = new Map<string, { value: Scalar | null; formula?: string }>();
  readonly results = new Map<string, Scalar>();
  readonly errors = new Map<string, FormulaError>();
  private readonly pending = new Set<string>();

  constructor(
    spec: SheetSpec,
    private readonly book: Book,
  ) {
    for (const c of spec.cells) this.cells.set(a1(c.row, c.col), { value: c.value ?? null, formula: c.formula });
  }

  valueAt(row: number, col: number): Scalar | null {
    const key = a1(row, col);
    const cell = this.cells.get(key);
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value;
    const known = this.results.get(key) ?? this.errors.get(key);
    if (known instanceof FormulaError) throw known;
    if (known !== undefined) return known;
    if (this.pending.has(key)) throw new UnsupportedFormula(`cycle at ${key}`);
    this.pending.add(key);
    try {
      const v = this.evaluate(parse(cell.formula));
      const r = typeof v === "number" ? clean(v) : v;
      this.results.set(key, r);
      return r;
    } catch (e) {
      if (e instanceof FormulaError) this.errors.set(key, e);
      throw e;
    } finally {
      this.pending.delete(key);
    }
  }

  /** The sheet a reference points into: this one, or the one it names (#REF! when the workbook has none). */
  private sheetOf(place: Place): SheetEvaluator {
    if (place.sheet === undefined) return this;
    const sheet = this.book.get(place.sheet.toLowerCase());
    if (!sheet) throw new FormulaError("#REF!");
    return sheet;
  }

  private isSubtotal(row: number, col: number): boolean {
    return /\bSUBTOTAL\(/i.test(this.cells.get(a1(row, col))?.formula ?? "");
  }

  /** The values of a range, row by row; SUBTOTAL skips cells that are SUBTOTALs themselves. */
  private rangeValues(range: RangeNode, skipSubtotals: boolean): (Scalar | null)[] {
    const sheet = this.sheetOf(range);
    const out: (Scalar | null)[] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if (!(skipSubtotals && sheet.isSubtotal(r, c))) out.push(sheet.valueAt(r, c));
      }
    }
    return out;
  }

  /** The values in a list of arguments, ranges spread out. */
  private spread(args: Node[], skipSubtotals: boolean): (Scalar | null)[] {
    return args.flatMap((a) => (a.k === "range" ? this.rangeValues(a, skipSubtotals) : [this.evaluate(a)]));
  }

  private evaluate(n: Node): Scalar {
    switch (n.k) {
      case "num":
      case "str":
        return n.v;
      case "err":
        throw new FormulaError(n.code);
      case "ref":
        return this.sheetOf(n).valueAt(n.row, n.col) ?? 0;
      case "range":
        throw new UnsupportedFormula("range outside a function");
      case "neg":
        return -toNumber(this.evaluate(n.a));
      case "bin":
        return binary(n.op, this.evaluate(n.a), this.evaluate(n.b));
      case "call":
        return this.call(n.name.toUpperCase(), n.args);
    }
  }

  /** SUMIF(range, criterion, [sum range]): the sum range is read from its top-left cell in the shape of the range. */
  private sumIf(args: Node[]): number {
    if (args.length < 2 || args.length > 3) throw new UnsupportedFormula("SUMIF arguments");
    const [where, criterionNode, sumNode = where] = args.map((a) =>
      a.k === "ref" ? { ...a, k: "range" as const, top: a.row, bottom: a.row, left: a.col, right: a.col } : a,
    );
    if (where.k !== "range" || sumNode.k !== "range") throw new UnsupportedFormula("SUMIF without ranges");
    const criterion = this.evaluate(criterionNode);
    const sumSheet = this.sheetOf(sumNode);
    const whereSheet = this.sheetOf(where);
    let sum = 0;
    for (let r = where.top; r <= where.bottom; r++) {
      for (let c = where.left; c <= where.right; c++) {
        if (!meetsCriterion(whereSheet.valueOrErrorAt(r, c), criterion)) continue;
        const v = sumSheet.valueAt(sumNode.top + r - where.top, sumNode.left + c - where.left);
        if (typeof v === "number") sum += v;
      }
    }
    return sum;
  }

  /** A cell's value, an error value as null: the criteria range of SUMIF passes over errors. */
  private valueOrErrorAt(row: number, col: number): Scalar | null {
    try {
      return this.valueAt(row, col);
    } catch (e) {
      if (e instanceof FormulaError) return null;
      throw e;
    }
  }

  private call(name: string, args: Node[]): Scalar {
    const numbers = (vals: (Scalar | null)[]): number[] => vals.filter((v): v is number => typeof v === "number");
    const arg = (i: number): Scalar => this.evaluate(args[i]);
    switch (name) {
      case "SUM":
        return numbers(this.spread(args, false)).reduce((s, v) => s + v, 0);
      case "SUBTOTAL": {
        const fn = toNumber(arg(0));
        if (fn !== 9 && fn !== 109) throw new UnsupportedFormula(`SUBTOTAL(${fn})`);
        return numbers(this.spread(args.slice(1), true)).reduce((s, v) => s + v, 0);
      }
      case "SUMIF":
        return this.sumIf(args);
      case "MIN":
      case "MAX": {
        const vals = numbers(this.spread(args, false));
        return vals.length === 0 ? 0 : name === "MIN" ? Math.min(...vals) : Math.max(...vals);
      }
      case "IF": {
        const cond = arg(0);
        const truthy = typeof cond === "string" ? cond !== "" : toNumber(cond) !== 0;
        const branch = truthy ? args[1] : args[2];
        return branch === undefined ? truthy : this.evaluate(branch);
      }
      case "IFERROR":
        return this.ifError(args);
      case "AND":
        return this.spread(args, false).every((v) => toNumber(v) !== 0);
      case "OR":
        return this.spread(args, false).some((v) => toNumber(v) !== 0);
      case "N": {
        const v = arg(0);
        return typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0;
      }
      case "NOT":
        return toNumber(arg(0)) === 0;
      case "ABS":
        return Math.abs(toNumber(arg(0)));
      case "ROUND": {
        const digits = args[1] === undefined ? 0 : toNumber(arg(1));
        const f = 10 ** digits;
        const x = toNumber(arg(0));
        return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
      }
      default:
        throw new UnsupportedFormula(name);
    }
  }

  /** IFERROR(value, fallback): only spreadsheet errors fall back, never a formula this evaluator cannot read. */
  private ifError(args: Node[]): Scalar {
    try {
      return this.evaluate(args[0]);
    } catch (e) {
      if (!(e instanceof FormulaError)) throw e;
      return this.evaluate(args[1]);
    }
  }

  /** Evaluates every formula cell, keeping what cannot be computed out of the results. */
  evaluateAll(spec: SheetSpec): void {
    for (const c of spec.cells) {
      if (c.formula === undefined) continue;
      try {
        this.valueAt(c.row, c.col);
      } catch (e) {
        if (!(e instanceof UnsupportedFormula)) throw e;
      }
    }
  }
}

/**
 * Every formula cell's value, by A1 address. Formulas outside the covered
 * language, in a cycle, or whose value is a spreadsheet error are left out.
 */
export function evaluateSheet(spec: SheetSpec): Map<string, Scalar> {
  const evaluator = new SheetEvaluator(spec, new Map());
  evaluator.evaluateAll(spec);
  return evaluator.results;
}

/**
 * Every formula cell's value on each sheet of a workbook (by sheet name, then
 * A1 address), references to the other sheets followed. A spreadsheet error
 * is a value here ({ error: "#REF!" }), as a spreadsheet would cache it;
 * formulas outside the covered language, or in a cycle, are left out.
 */
export function evaluateWorkbook(specs: readonly SheetSpec[]): Map<string, Map<string, Scalar | CellError>> {
  const book: Book = new Map();
  for (const spec of specs) book.set(spec.name.toLowerCase(), new SheetEvaluator(spec, book));
  const out = new Map<string, Map<string, Scalar | CellError>>();
  for (const spec of specs) {
    const sheet = book.get(spec.name.toLowerCase())!;
    sheet.evaluateAll(spec);
    const values = new Map<string, Scalar | CellError>(sheet.results);
    for (const [key, e] of sheet.errors) values.set(key, { error: e.code });
    out.set(spec.name, values);
  }
  return out;
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (op === "&") return `${a}${b}`;
  if (PRECEDENCE[op] === 1) {
    const cmp =
      typeof a === "string" || typeof b === "string"
        ? String(a).localeCompare(String(b))
        : Math.sign(toNumber(a) - toNumber(b));
    return { "=": cmp === 0, "<>": cmp !== 0, "<": cmp < 0, ">": cmp > 0, "<=": cmp <= 0, ">=": cmp >= 0 }[op]!;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (op === "/" && y === 0) throw new FormulaError("#DIV/0!");
  return op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : x / y;
}
