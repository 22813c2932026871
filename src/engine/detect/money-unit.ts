/** The money unit a table states: "ĐVT: triệu đồng", "(nghìn đồng)", "Đơn vị: đồng". */

import type { MoneyUnit } from "../report-types";

// "tỷ" alone is also the first syllable of "tỷ lệ" (rate), so it must stand as a unit.
const BILLION = /\bty (dong|vnd)\b|\(ty\)|(don vi tinh|don vi)\s*ty\b/;
const MILLION = /\b(trieu dong|trieu vnd|tr dong|tr d|trd|trieu)\b/;
const THOUSAND = /\b(nghin dong|ngan dong|nghin vnd|ngan vnd|1000 dong|1\.000 dong|nghin)\b/;
// "đồng" alone is also the first syllable of "đồng bào", so it must stand as a unit.
const DONG = /(don vi tinh|don vi)\s*(dong|vnd)\b|\((dong|vnd)\)|^(dong|vnd)$/;

export function moneyUnitIn(norm: string): MoneyUnit | null {
  if (THOUSAND.test(norm)) return "thousand-vnd";
  if (MILLION.test(norm)) return "million-vnd";
  if (BILLION.test(norm)) return "billion-vnd";
  if (DONG.test(norm)) return "vnd";
  return null;
}

/**
 * With no unit written anywhere, the size of the amounts decides: plans
 * stated in đồng run to hundreds of millions a line; in triệu đồng, to
 * thousands. Low confidence either way.
 */
export function moneyUnitFromMagnitude(amounts: number[]): MoneyUnit {
  const sorted = amounts.filter((a) => a > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return "million-vnd";
  const median = sorted[Math.floor(sorted.length / 2)];
  return median >= 10_000_000 ? "vnd" : "million-vnd";
}
