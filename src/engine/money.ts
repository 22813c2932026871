/**
 * Money: every amount inside the engine is an integer number of đồng.
 * Sheets state their own unit (triệu đồng, nghìn đồng, đồng); cells hold
 * numbers, or text in Vietnamese ("1.250,5") or English ("1,250.5") notation.
 * Conversion goes through decimal digits, never through a float product, so
 * 1250.5 triệu is exactly 1 250 500 000 đồng.
 */

import { CellValue, isCellDate, isCellError } from "./grid";
import type { MoneyUnit } from "./report-types";

/** Powers of ten from the sheet's unit to đồng. */
export const MONEY_UNIT_EXPONENT: Record<MoneyUnit, number> = {
  "billion-vnd": 9,
  "million-vnd": 6,
  "thousand-vnd": 3,
  vnd: 0,
};

/** Which notation ambiguous text like "12.000" is read in. */
export type Notation = "vi" | "en";

export type AmountResult =
  | { kind: "empty" }
  | { kind: "amount"; dong: number; fromText: boolean }
  | { kind: "error"; error: string }
  | { kind: "not-a-number"; text: string };

/**
 * Shifts a decimal numeral ("-1250.5", "1.2e-7") by `exp` powers of ten and
 * rounds to an integer, half away from zero. Returns null for anything that
 * is not such a numeral.
 */
export function shiftDecimal(numeral: string, exp: number): number | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(numeral);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return null;
  const negative = m[1] === "-";
  let intDigits = m[2] || "0";
  let fracDigits = m[3] ?? "";
  const shift = exp + (m[4] ? Number(m[4]) : 0);
  if (shift >= 0) {
    const moved = fracDigits.slice(0, shift).padEnd(shift, "0");
    intDigits += moved;
    fracDigits = fracDigits.slice(shift);
  } else {
    const k = -shift;
    const padded = intDigits.padStart(k + 1, "0");
    fracDigits = padded.slice(padded.length - k) + fracDigits;
    intDigits = padded.slice(0, padded.length - k);
  }
  let value = Number(intDigits);
  if (fracDigits.length > 0 && fracDigits.charCodeAt(0) >= 53 /* '5' */) value += 1;
  if (!Number.isSafeInteger(value)) return null;
  return negative && value !== 0 ? -value : value;
}

/** A number as the sheet holds it, in `unit`, to integer đồng. */
export function numberToDong(n: number, unit: MoneyUnit): number | null {
  if (!Number.isFinite(n)) return null;
  // Fast path: when the scaled float is this close to an integer, that
  // integer is the exact decimal result too (no half-đồng to round).
  const scaled = n * POW10[MONEY_UNIT_EXPONENT[unit]];
  const nearest = Math.round(scaled);
  if (Math.abs(scaled - nearest) < 1e-6 && Number.isSafeInteger(nearest)) return nearest === 0 ? 0 : nearest;
  return shiftDecimal(String(n), MONEY_UNIT_EXPONENT[unit]);
}

const POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

const DASHES = /^[-–—]+$/;

/**
 * Reads text typed where a number belongs. Returns the canonical numeral
 * ("1250.5", "-12000") or null when the text is not a number in Vietnamese or
 * English notation. Ambiguous groupings ("12.000", "1,250") are read in
 * `notation`.
 */
export function parseNumberText(text: string, notation: Notation): string | null {
  let s = text.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  if (s === "") return null;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  if (/^[+-]/.test(s)) {
    negative = negative !== (s[0] === "-");
    s = s.slice(1).trim();
  }
  let intPart: string;
  let fracPart = "";
  if (/^\d+$/.test(s)) {
    intPart = s;
  } else if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) {
    // "1 250,5": spaces group thousands; the one mark left is the decimal one.
    const [i, f] = s.split(/[.,]/);
    intPart = i.replace(/ /g, "");
    fracPart = f ?? "";
  } else {
    const vi = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(s);
    const en = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(s);
    const pick = vi && en ? (notation === "vi" ? vi : en) : (vi ?? en);
    if (!pick) return null;
    intPart = pick[1].replace(/[.,]/g, "");
    fracPart = pick[2] ?? "";
  }
  const numeral = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative ? `-${numeral}` : numeral;
}

/** True when the text's notation cannot be told from the text alone. */
function isAmbiguousNumberText(text: string): boolean {
  const s = text.trim().replace(/^[(+-]+|\)$/g, "");
  return /^\d{1,3}[.,]\d{3}$/.test(s);
}

/** The notation a text shows without doubt, or null. */
export function notationOf(text: string): Notation | null {
  if (isAmbiguousNumberText(text)) return null;
  const s = text.trim();
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) || /^\d+,\d+$/.test(s)) return "vi";
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s) || /^\d+\.\d+$/.test(s)) return "en";
  return null;
}

/** Reads an amount cell into integer đồng. */
export function readAmount(v: CellValue, unit: MoneyUnit, notation: Notation): AmountResult {
  if (v === null) return { kind: "empty" };
  if (typeof v === "number") {
    const dong = numberToDong(v, unit);
    return dong === null ? { kind: "not-a-number", text: String(v) } : { kind: "amount", dong, fromText: false };
  }
  if (isCellError(v)) return { kind: "error", error: v.error };
  if (typeof v === "boolean" || isCellDate(v)) {
    return { kind: "not-a-number", text: typeof v === "boolean" ? String(v).toUpperCase() : v.date };
  }
  const text = v.trim();
  if (text === "") return { kind: "empty" };
  if (DASHES.test(text)) return { kind: "amount", dong: 0, fromText: true };
  const numeral = parseNumberText(text, notation);
  const dong = numeral === null ? null : shiftDecimal(numeral, MONEY_UNIT_EXPONENT[unit]);
  return dong === null ? { kind: "not-a-number", text } : { kind: "amount", dong, fromText: true };
}
