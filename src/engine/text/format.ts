/**
 * Numbers, amounts and dates as each language writes them: Vietnamese with
 * a decimal comma, a thousands dot and dd/mm/yyyy; English with a decimal
 * point, a thousands comma and dd/mm/yyyy spelled as ISO-free day/month/year.
 */

import type { MoneyUnit } from "../report-types";
import { MONEY_UNIT_EXPONENT } from "../money";

export type Lang = "vi" | "en";

const UNIT_NAMES: Record<MoneyUnit, Record<Lang, string>> = {
  "billion-vnd": { vi: "tỷ đồng", en: "billion VND" },
  "million-vnd": { vi: "triệu đồng", en: "million VND" },
  "thousand-vnd": { vi: "nghìn đồng", en: "thousand VND" },
  vnd: { vi: "đồng", en: "VND" },
};

/** Groups an integer's digits in threes. */
function groupDigits(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** An integer amount of đồng written in `unit`, exactly (no float division). */
export function formatAmount(dong: number, unit: MoneyUnit, lang: Lang): string {
  const exp = MONEY_UNIT_EXPONENT[unit];
  const negative = dong < 0;
  const digits = String(Math.abs(dong)).padStart(exp + 1, "0");
  const intPart = digits.slice(0, digits.length - exp);
  const frac = digits.slice(digits.length - exp).replace(/0+$/, "");
  const [thousands, decimal] = lang === "vi" ? [".", ","] : [",", "."];
  const body = groupDigits(intPart, thousands) + (frac ? decimal + frac : "");
  return `${negative ? "-" : ""}${body} ${UNIT_NAMES[unit][lang]}`;
}

/** A plain number (counts, percentages) in the language's notation. */
export function formatNumber(n: number, lang: Lang, fractionDigits = 0): string {
  const fixed = Math.abs(n).toFixed(fractionDigits);
  const [i, f] = fixed.split(".");
  const [thousands, decimal] = lang === "vi" ? [".", ","] : [",", "."];
  return `${n < 0 ? "-" : ""}${groupDigits(i, thousands)}${f ? decimal + f : ""}`;
}

/** ISO day to d/m/yyyy, as Vietnamese documents write it ("30/6/2024"). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}/${Number(m)}/${y}`;
}

export function moneyUnitName(unit: MoneyUnit, lang: Lang): string {
  return UNIT_NAMES[unit][lang];
}
