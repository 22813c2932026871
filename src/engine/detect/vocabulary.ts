/**
 * What header text says about a column, as features read from its header
 * path (the header cells above it, outermost first, already normalized).
 * The words are Vietnamese budget-table vocabulary, matched whole-word.
 */

import { containsPhrase, hasAny } from "../text";
import { sourceOf } from "./sources";

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const ACTUAL_WORDS = [
  "thuc hien",
  "da giai ngan",
  "giai ngan den",
  "luy ke giai ngan",
  "gia tri giai ngan",
  "so giai ngan",
  "giai ngan thuc te",
  "thuc giai ngan",
  "ket qua giai ngan",
  "uoc giai ngan",
  "uoc thuc hien",
  "thanh toan",
];
const PLAN_WORDS = ["ke hoach", "du kien", "tien do"];
const ALLOCATION_WORDS = [
  "ke hoach von",
  "von duoc giao",
  "von giao",
  "tong von",
  "du toan",
  "so von",
  "von phan bo",
  "phan bo",
  "nguon von",
  "von nam",
  "von keo dai",
  "muc von",
  "ke hoach nam",
  "ke hoach",
];

export type Part = "total" | "nstw" | "nsdp" | "dtpt" | "sn" | null;

/** A month named by one header segment: "Tháng 1", "T1", "Th.01", "01/2024", or "1" under "Tháng". */
export function monthIn(seg: string, parentSaysMonth: boolean): number | null {
  if (/\b(den|het|luy ke)\b/.test(seg)) return null; // "đến tháng 5" is a date, not a period
  const m =
    /^(?:thang|th|t)\s*0?(\d{1,2})(?:\s*\/\s*\d{4}|\s+nam\s+\d{4})?$/.exec(seg) ??
    /\bthang\s*0?(\d{1,2})\b(?!\s*\/\s*\d{1,2}\s*\/)/.exec(seg) ??
    /^0?(\d{1,2})\s*\/\s*20\d\d$/.exec(seg) ??
    (parentSaysMonth ? /^0?(\d{1,2})$/.exec(seg) : null);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 12 ? n : null;
}

/** A quarter named by one header segment: "Quý I", "Q2", "Quý 3", or "IV" under "Quý". */
export function quarterIn(seg: string, parentSaysQuarter: boolean): number | null {
  if (/\b(den|het|luy ke)\b/.test(seg)) return null;
  const m =
    /\b(?:quy|q)\s*(iv|iii|ii|i|[1-4])\b/.exec(seg) ?? (parentSaysQuarter ? /^(iv|iii|ii|i|[1-4])$/.exec(seg) : null);
  if (!m) return null;
  return ROMAN[m[1]] ?? Number(m[1]);
}

export function isStt(leaf: string): boolean {
  return /^(stt|tt|so thu tu|so tt|thu tu)$/.test(leaf);
}

export function isLabelHeader(seg: string): boolean {
  if (/\d/.test(seg)) return false;
  return (
    /^(ten|danh muc|noi dung|hang muc|dien giai|chi tieu|cong trinh|chuong trinh|du an|tieu du an)\b/.test(seg) &&
    !hasAny(seg, "ma", "von", "giai ngan", "chu dau tu")
  );
}

export function isCodeHeader(seg: string): boolean {
  return /^ma\b/.test(seg) || hasAny(seg, "ma du an", "ma so", "ma cong trinh", "ma tabmis", "ma dvqhns", "ma dia ban");
}

export function isOwnerHeader(seg: string): boolean {
  return hasAny(
    seg,
    "chu dau tu",
    "don vi thuc hien",
    "don vi chu tri",
    "don vi duoc giao",
    "co quan thuc hien",
    "don vi su dung",
  );
}

export function isLeaderHeader(seg: string): boolean {
  return hasAny(seg, "lanh dao", "nguoi chiu trach nhiem", "phu trach", "can bo theo doi");
}

export function isNoteHeader(seg: string): boolean {
  return hasAny(seg, "ghi chu");
}

/** "Khó khăn, vướng mắc", "Tồn tại, hạn chế": what holds the line back (with "và kiến nghị" it holds both). */
export function isObstacleHeader(seg: string): boolean {
  return hasAny(seg, "kho khan", "vuong mac", "ton tai", "han che", "nguyen nhan cham");
}

/** "Kiến nghị, đề xuất": what the unit asks of others. */
export function isRecommendationHeader(seg: string): boolean {
  return hasAny(seg, "kien nghi", "de xuat", "de nghi");
}

export function isSourceColumnHeader(seg: string): boolean {
  // "Năm vốn" holds the capital's year (2022, 2023, 2024): the source by its year.
  return (
    /^(nguon von|loai von|nguon|nam von|nam ke hoach von)$/.test(seg) ||
    (/^(nguon von|loai nguon von)\b/.test(seg) && !/\d/.test(seg))
  );
}

export function isRateHeader(seg: string): boolean {
  return hasAny(seg, "ty le", "%") || seg.includes("%");
}

export function isCumulativeHeader(seg: string): boolean {
  return hasAny(seg, "luy ke", "cong don");
}

/** Whether a segment speaks of actual disbursement (true), of a plan (false), or of neither (null). */
export function actualOrPlan(seg: string): boolean | null {
  if (seg === "th") return true; // "TH" under a month: thực hiện
  if (ACTUAL_WORDS.some((w) => containsPhrase(seg, w))) return true;
  // "Kế hoạch vốn (năm 2024)" names the capital, not a plan of disbursement.
  const rest = seg.replace(/\bke hoach (von|nam 20\d\d|20\d\d)\b/g, " ");
  if (PLAN_WORDS.some((w) => containsPhrase(rest, w))) return false;
  return null;
}

/**
 * The text of a header segment that may name a source: without the year
 * money is paid out in or counted to ("Kế hoạch giải ngân năm 2024", "Lũy
 * kế giải ngân đến hết năm 2023" name no source; "Giải ngân vốn năm 2022"
 * does).
 */
export function withoutPaymentYear(seg: string): string {
  return seg.replace(/\b(giai ngan|thanh toan|thuc hien)(?: (?!von\b|nguon\b)\S+){0,3} (?:nam )?20\d\d\b/g, " ");
}

export function speaksOfAllocation(seg: string): boolean {
  return ALLOCATION_WORDS.some((w) => containsPhrase(seg, w));
}

export function speaksOfDisbursement(seg: string): boolean {
  return hasAny(seg, "giai ngan", "thanh toan");
}

export function isTotalHeader(seg: string): boolean {
  return /^(tong|tong so|tong cong|cong|tong von|ca nam|tong ke hoach)\b/.test(seg);
}

export function partOf(seg: string): Part {
  if (hasAny(seg, "ngan sach trung uong", "trung uong")) return "nstw";
  if (hasAny(seg, "ngan sach dia phuong", "dia phuong", "doi ung")) return "nsdp";
  if (hasAny(seg, "dau tu phat trien", "dau tu")) return "dtpt";
  if (hasAny(seg, "su nghiep", "thuong xuyen")) return "sn";
  if (isTotalHeader(seg)) return "total";
  return null;
}

/** How strongly a header cell looks like part of a plan table's header (0: not at all). */
export function headerHits(seg: string): number {
  if (seg === "" || seg.length > 120) return 0;
  if (isStt(seg) || isLabelHeader(seg) || isCodeHeader(seg) || isOwnerHeader(seg) || isNoteHeader(seg)) return 1;
  if (isSourceColumnHeader(seg) || isLeaderHeader(seg)) return 1;
  if (isObstacleHeader(seg) || isRecommendationHeader(seg)) return 1;
  if (monthIn(seg, false) !== null || quarterIn(seg, false) !== null) return 1;
  if (speaksOfDisbursement(seg) || speaksOfAllocation(seg)) return 1;
  // A column group titled by its source alone ("Vốn 2023 chuyển nguồn sang 2024", "Kéo dài 2022").
  if (seg.length <= 80 && sourceOf(seg) !== null) return 1;
  return 0;
}

/** A line of capital assigned but not yet allocated to projects ("Vốn chưa phân bổ"). */
export function isUnallocatedLabel(labelNorm: string): boolean {
  return /\b(chua phan bo|chua giao chi tiet|chua phan khai)\b/.test(labelNorm);
}
