/**
 * The values of a SheetSpec's formulas, computed the way a spreadsheet
 * would. Our reader (and many viewers and previews) read the cached result
 * stored with a formula and never recalculate, so a generated workbook must
 * carry correct results. Covers the small language generated sheets use:
 * numbers, text, references and ranges on the same sheet, + - * / & and
 * comparisons, SUM, SUBTOTAL(9|109), IF, AND, OR, NOT, N, ROUND, ABS, MIN, MAX.
 * Anything else is an UnsupportedFormula, and the caller leaves that result
 * to the spreadsheet.
 */

import { a1, parseA1 } from "./grid";
import type { SheetSpec } from "./sheet-spec";

export type Scalar = number | string | boolean;

export class UnsupportedFormula extends Error {}

type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "ref"; row: number; col: number }
  | { k: "range"; top: number; left: number; bottom: number; right: number }
  | { k: "neg"; a: Node }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "call"; name: string; args: Node[] };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z][A-Z0-9.]*)\(|(<>|<=|>=|[-+*/&=<>(),]))/y;

function tokenize(formula: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < formula.length) {
    if (/^\s*$/.test(formula.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(formula);
    if (!m) throw new UnsupportedFormula(formula);
    out.push(m[4] !== undefined ? `${m[4]}(` : m[0].trim());
    at = TOKEN.lastIndex;
  }
  return out;
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
    const [p, q] = t.split(":");
    const a = parseA1(p);
    if (!a) throw new UnsupportedFormula(formula);
    if (q === undefined) return { k: "ref", ...a };
    const b = parseA1(q)!;
    return {
      k: "range",
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
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
  if (Number.isNaN(n)) throw new UnsupportedFormula(`#VALUE! (${v})`);
  return n;
}

/** Every formula of one sheet evaluated on demand, each once, a cycle refused. */
class SheetEvaluator {
  private readonly cells = new Map<string, { value: Scalar | null; formula?: string }>();
  readonly results = new Map<string, Scalar>();
  private readonly pending = new Set<string>();

  constructor(spec: SheetSpec) {
    for (const c of spec.cells) this.cells.set(a1(c.row, c.col), { value: c.value ?? null, formula: c.formula });
  }

  valueAt(row: number, col: number): Scalar | null {
    const key = a1(row, col);
    const cell = this.cells.get(key);
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value;
    const known = this.results.get(key);
    if (known !== undefined) return known;
    if (this.pending.has(key)) throw new UnsupportedFormula(`cycle at ${key}`);
    this.pending.add(key);
    try {
      const v = this.evaluate(parse(cell.formula));
      const r = typeof v === "number" ? clean(v) : v;
      this.results.set(key, r);
      return r;
    } finally {
      this.pending.delete(key);
    }
  }

  /** The values in a range or list of arguments; SUBTOTAL skips cells that are SUBTOTALs themselves. */
  private spread(args: Node[], skipSubtotals: boolean): (Scalar | null)[] {
    const out: (Scalar | null)[] = [];
    for (const a of args) {
      if (a.k !== "range") {
        out.push(this.evaluate(a));
        continue;
      }
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          if (skipSubtotals && /\bSUBTOTAL\(/i.test(this.cells.get(a1(r, c))?.formula ?? "")) continue;
          out.push(this.valueAt(r, c));
        }
      }
    }
    return out;
  }

  private evaluate(n: Node): Scalar {
    switch (n.k) {
      case "num":
      case "str":
        return n.v;
      case "ref":
        return this.valueAt(n.row, n.col) ?? 0;
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
}

/**
 * Every formula cell's value, by A1 address. Formulas outside the covered
 * language (or in a cycle) are left out.
 */
export function evaluateSheet(spec: SheetSpec): Map<string, Scalar> {
  const evaluator = new SheetEvaluator(spec);
  for (const c of spec.cells) {
    if (c.formula === undefined) continue;
    try {
      evaluator.valueAt(c.row, c.col);
    } catch (e) {
      if (!(e instanceof UnsupportedFormula)) throw e;
    }
  }
  return evaluator.results;
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
  if (op === "/" && y === 0) throw new UnsupportedFormula("#DIV/0!");
  return op === "+" ? x + y : op === "-" ? x - y : op === "*" ? x * y : x / y;
}
