/**
 * Matching Vietnamese header and label text: accent-, case- and
 * spacing-insensitive, with the usual abbreviations spelled out, so that
 * "KH vốn NSTW", "Kế hoạch vốn ngân sách trung ương" and "KE HOACH VON  NSTW"
 * all read alike.
 */

import { CellValue, isCellDate, isCellError } from "./grid";

/** Lower case, no accents ("đ" -> "d"), punctuation as spaces, single spaces. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * Abbreviations as Vietnamese budget tables write them, folded. Whole words
 * only; applied after folding, so "NSĐP" and "nsdp" both expand.
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bkh\b/g, "ke hoach"],
  [/\btda\b/g, "tieu du an"],
  [/\bnstw\b/g, "ngan sach trung uong"],
  [/\bnsdp\b/g, "ngan sach dia phuong"],
  [/\bdtpt\b/g, "dau tu phat trien"],
  [/\bsn\b/g, "su nghiep"],
  [/\bcdt\b/g, "chu dau tu"],
  [/\bgn\b/g, "giai ngan"],
  [/\bctmtqg\b/g, "chuong trinh muc tieu quoc gia"],
  [/\bmtqg\b/g, "muc tieu quoc gia"],
  [/\bntm\b/g, "nong thon moi"],
  [/\bdtts\b/g, "dan toc thieu so"],
  [/\bmn\b/g, "mien nui"],
  [/\bgnbv\b/g, "giam ngheo ben vung"],
  [/\bkt xh\b/g, "kinh te xa hoi"],
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bdvt\b/g, "don vi tinh"],
];

/** Folds text and spells out abbreviations; punctuation becomes spaces. */
export function normalize(text: string): string {
  // "DA" is "dự án" only in capitals: folded, "đã" (already) reads "da" too.
  let s = fold(text.replace(/(^|[^\p{L}])DA(?=$|[^\p{L}])/gu, "$1dự án"))
    .replace(/[^a-z0-9%/.,\-+()]/g, " ")
    .replace(/([a-z])[.]/g, "$1 ")
    .replace(/[-–—]/g, " - ")
    .replace(/\s+/g, " ")
    .trim();
  for (const [re, full] of ABBREVIATIONS) s = s.replace(re, full);
  return s;
}

/** The text a cell shows, for matching: numbers as plain digits, dates as d/m/yyyy. */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isCellError(v)) return v.error;
  if (isCellDate(v)) {
    const [y, m, d] = v.date.split("-");
    return `${Number(d)}/${Number(m)}/${y}`;
  }
  return "";
}

/** True when the normalized text contains any of the phrases, as whole words. */
export function hasAny(norm: string, ...phrases: string[]): boolean {
  return phrases.some((p) => containsPhrase(norm, p));
}

/** Whole-word containment: "du an" is in "tieu du an 1" but not in "du ang". */
export function containsPhrase(norm: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const i = norm.indexOf(phrase, from);
    if (i < 0) return false;
    const before = i === 0 ? " " : norm[i - 1];
    const after = i + phrase.length >= norm.length ? " " : norm[i + phrase.length];
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    from = i + 1;
  }
}
