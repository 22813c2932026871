/**
 * Row kinds and parents from the STT column and labels.
 *
 * Vietnamese budget tables number levels with different marks: I, II (roman)
 * above 1, 2 above a, b above "-" and "+"; some start with A, B or use 1.1,
 * 1.2. Rather than fixing an order, a mark's level is where it first appears
 * (as nested lists work): a new kind of mark goes one level deeper, a mark
 * seen before returns to its level. Without STT, labels such as "Chương
 * trình…", "Dự án 1…", "Tiểu dự án…" play the same part.
 */

import { normalize } from "../text";
import type { LineKind } from "../report-types";

export interface HierarchyInput {
  row: number;
  stt: string;
  label: string;
}

export interface HierarchyNode {
  row: number;
  kind: LineKind;
  parentRow: number | null;
  level: number;
  /** Breakdown rows ("Trong đó: …") detail their parent and are not summed. */
  breakdown: boolean;
}

const ROMAN_UPPER = /^(X{0,3})(IX|IV|V?I{0,3})$/;

export function isTotalLabel(label: string): boolean {
  return /^(tong cong|tong so|tong|cong|toan huyen|toan tinh|tong cong toan)\b/.test(normalize(label));
}

function keywordMark(label: string): string {
  const n = normalize(label);
  if (/^(chuong trinh|ct)\b/.test(n)) return "kw:programme";
  if (/^(tieu du an|tda)\b/.test(n)) return "kw:subproject";
  if (/^du an\b/.test(n)) return "kw:project";
  if (/^(von|nguon von|ke hoach von)\b/.test(n) && /20\d\d/.test(n)) return "kw:source";
  return "none";
}

/**
 * The kind of mark an STT cell holds. `lastLetter` is the last capital
 * letter seen, so that "I" after "H" reads as a letter, otherwise as roman one.
 */
function markOf(stt: string, lastLetter: string | null): string {
  const s = stt.trim().replace(/[.)]+$/, "").trim();
  if (s === "") return "none";
  if (/^\d+$/.test(s)) return "arabic";
  if (/^\d+(\.\d+)+$/.test(s)) return `dotted:${s.split(".").length}`;
  const letterNext = lastLetter !== null && s.length === 1 && s.charCodeAt(0) === lastLetter.charCodeAt(0) + 1;
  if (ROMAN_UPPER.test(s) && !letterNext) return "roman";
  if (/^[A-Z]$/.test(s)) return "upper";
  if (/^[ivx]+$/.test(s) && s.length > 1) return "roman-lower";
  if (/^[a-zđ]$/.test(s)) return "lower";
  if (/^[-–—]+$/.test(s)) return "dash";
  if (/^\++$/.test(s)) return "plus";
  if (/^[*•·]+$/.test(s)) return "star";
  return "other";
}

export function buildHierarchy(rows: HierarchyInput[], hasSttColumn: boolean): HierarchyNode[] {
  const nodes: HierarchyNode[] = [];
  const levels = new Map<string, number>();
  const stack: HierarchyNode[] = [];
  let lastLetter: string | null = null;

  for (const r of rows) {
    const top = stack[stack.length - 1] ?? null;
    if (/^(trong do|trong so|chia ra|bao gom)\b/.test(normalize(r.label))) {
      nodes.push({ row: r.row, kind: "item", parentRow: top?.row ?? null, level: (top?.level ?? 0) + 1, breakdown: true });
      continue;
    }
    let mark = hasSttColumn ? markOf(r.stt, lastLetter) : "none";
    if (mark === "upper") lastLetter = r.stt.trim().replace(/[.)]+$/, "");
    if (mark === "none" && isTotalLabel(r.label)) {
      const node: HierarchyNode = { row: r.row, kind: "total", parentRow: null, level: 0, breakdown: false };
      nodes.push(node);
      // A total on the first line holds everything below it; elsewhere it
      // sums the top-level lines before it (see rules/group-sum).
      if (nodes.length === 1) stack.push(node);
      continue;
    }
    if (mark === "none") mark = keywordMark(r.label);
    let level = levels.get(mark);
    if (level === undefined) {
      // A new kind of mark nests under the current row.
      level = (top?.level ?? 0) + 1;
      levels.set(mark, level);
    }
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const node: HierarchyNode = { row: r.row, kind: "item", parentRow: parent?.row ?? null, level, breakdown: false };
    if (parent && parent.kind === "item") parent.kind = "group";
    nodes.push(node);
    stack.push(node);
  }
  return nodes;
}
