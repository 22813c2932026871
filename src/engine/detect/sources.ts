/**
 * Capital sources, programmes and dates named in header, label and sheet
 * text. Input is text already passed through `normalize` (text.ts).
 */

import { isoDayOf, monthEnd } from "../calendar";
import { containsPhrase, hasAny } from "../text";
import type { ProgrammeId } from "../report-types";

const CARRYOVER_WORDS = ["keo dai", "chuyen sang", "chuyen nguon", "nam truoc chuyen sang"];

/** Dates and month references ("31/5/2024", "thang 5/2024", "05/2024") name a moment, not a source. */
function withoutDates(norm: string): string {
  return norm
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/g, " ")
    .replace(/\b\d{1,2}\/\d{4}\b/g, " ")
    .replace(/\bthang \d{1,2} nam \d{4}\b/g, " ");
}

/**
 * The capital source a text names, by its parts in any order: the year of
 * the capital, and whether carry-over words ("kéo dài", "chuyển nguồn") are
 * there. "Vốn năm 2022 kéo dài sang 2024", "Vốn kéo dài năm 2022" and "Kéo
 * dài 2022" are carryover-2022; "Kế hoạch vốn năm 2024" is plan-2024. The year
 * capital is carried into ("sang năm 2024") is not the capital's own, so
 * "kéo dài sang năm 2024" alone names no source; null when no year is left.
 */
export function sourceOf(norm: string): string | null {
  const text = withoutDates(norm).replace(/\bsang (?:nam )?20\d\d\b/g, " ");
  const years = [...text.matchAll(/(?:^|[^0-9])(20\d\d)(?![0-9])/g)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  if (CARRYOVER_WORDS.some((w) => containsPhrase(text, w))) return `carryover-${Math.min(...years)}`;
  return `plan-${Math.max(...years)}`;
}

/**
 * In a plan for `year`, capital of an earlier year can only be carried
 * over: "Năm vốn: 2022" or "Vốn năm 2022" there is carryover-2022.
 */
export function sourceInPlanYear(source: string, year: number): string {
  const m = /^plan-(\d{4})$/.exec(source);
  return m && Number(m[1]) < year ? `carryover-${m[1]}` : source;
}

export function programmeOf(norm: string): ProgrammeId | null {
  if (hasAny(norm, "nong thon moi")) return "ntm";
  if (hasAny(norm, "giam ngheo")) return "gnbv";
  if (hasAny(norm, "dan toc thieu so", "mien nui", "vung dong bao")) return "dtts-mn";
  return null;
}

/** The day a header names: "Giải ngân đến 31/5/2024" -> 2024-05-31; "đến hết tháng 5/2024" -> 2024-05-31. */
export function dateNamed(norm: string, defaultYear: number | null): string | null {
  const full = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(norm);
  if (full) return isoDayOf(Number(full[3]), Number(full[2]), Number(full[1]));
  const month = /\bthang (\d{1,2})(?:\/| nam )(\d{4})\b/.exec(norm) ?? /\b(\d{1,2})\/(\d{4})\b/.exec(norm);
  if (month) {
    const m = Number(month[1]);
    return m >= 1 && m <= 12 ? monthEnd(Number(month[2]), m) : null;
  }
  const short = /\b(\d{1,2})\/(\d{1,2})\b/.exec(norm);
  if (short && defaultYear) return isoDayOf(defaultYear, Number(short[2]), Number(short[1]));
  return null;
}

/**
 * Rows that end a table: signatures, the date of signing, notes. Takes
 * folded text (fold, not normalize), since a note is told by its colon.
 */
export function isTerminator(folded: string): boolean {
  return (
    /^(nguoi lap( bieu)?|nguoi tong hop|thu truong|ke toan truong|giam doc|chu tich|truong phong|xac nhan|noi nhan|ky ten)\b/.test(
      folded,
    ) ||
    /^(tm|kt|tl)\.?\s+(uy ban|ubnd|chu tich|giam doc|truong)/.test(folded) ||
    /^(ghi chu|luu y|chu thich|nguon so lieu|nguon)\s*:/.test(folded) ||
    /^\(?ky,? (ghi ro )?(ho )?ten/.test(folded) ||
    /^(.{0,40}[ ,])?ngay .{0,12} thang .{0,12} nam\b/.test(folded) ||
    /^[*]/.test(folded)
  );
}
