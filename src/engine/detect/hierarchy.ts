/**
 * Row kinds and parents from the STT column and labels.
 *
 * Vietnamese budget tables number levels with different marks: I, II (roman)
 * above 1, 2 above a, b above "-" and "+"; some start with A, B or use 1.1,
 * 1.2. Rather than fixing an order, marks nest as lists do: a kind of mark
 * already on the path from the top to the current row makes a sibling of
 * that row, a kind not on it goes one level deeper. Without STT, labels such as "Chương
 * trình…", "Dự án 1…", "Tiểu dự án…" play the same part.
 */

import type { LineKind } from "../report-types";
import { sourceOf } from "./sources";

export interface HierarchyInput {
  row: number;
  stt: string;
  /** The row's label through `normalize`, computed once by the caller. */
  labelNorm: string;
  /** The row leaves the table's code and owner columns blank (headings do; works lines do not). */
  bare?: boolean;
  /** The row's code cell, when the table has a code column. */
  code?: string;
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

function isTotalLabel(labelNorm: string): boolean {
  return /^(tong cong|tong so|tong|cong|toan huyen|toan tinh|tong cong toan)\b/.test(labelNorm);
}

function keywordMark(n: string, bare: boolean): string {
  if (/^(chuong trinh|ct)\b/.test(n)) return "kw:programme";
  if (/^(tieu du an|tda)\b/.test(n)) return "kw:subproject";
  if (/^(du an|noi dung)\b/.test(n)) return "kw:project";
  if (/^(von|nguon von|ke hoach von)\b/.test(n) && /20\d\d/.test(n)) return "kw:source";
  // A section row naming only a source, in any word order ("Kéo dài 2022", "Kế hoạch năm 2024").
  if (bare && sourceOf(n) !== null && n.split(" ").length <= 12) return "kw:source";
  // Without STT, a row naming no code and no owner among rows that do is a heading ("Xã Điện Quang").
  return bare ? "kw:heading" : "none";
}

/**
 * The kind of mark an STT cell holds. `lastLetter` is the last capital
 * letter seen, so that "I" after "H" reads as a letter, otherwise as roman one.
 */
function markOf(stt: string, lastLetter: string | null): string {
  const s = stt
    .trim()
    .replace(/[.)]+$/, "")
    .trim();
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

/** A row on the open path from the top to the current row, with its mark. */
interface OpenRow {
  node: HierarchyNode;
  mark: string;
  ordinal: number | null;
  work: boolean;
}

export function buildHierarchy(rows: HierarchyInput[], hasSttColumn: boolean): HierarchyNode[] {
  const nodes: HierarchyNode[] = [];
  const stack: OpenRow[] = [];
  // The last line read, for rows that continue it with another source.
  let previous: { input: HierarchyInput; node: HierarchyNode } | null = null;
  let lastLetter: string | null = null;
  let inBreakdown = false;

  for (const r of rows) {
    inBreakdown = breakdownGoesOn(inBreakdown, r);
    if (inBreakdown) {
      nodes.push(breakdownNode(r, stack[stack.length - 1]?.node ?? null));
      continue;
    }
    // A row with no STT repeating the line above's name (and code) is that work again for another
    // source ("Nguồn vốn" column): a line of its own beside it, not a child of it.
    if (previous !== null && continues(previous.input, r)) {
      const node: HierarchyNode = { ...previous.node, row: r.row };
      nodes.push(node);
      previous = { input: r, node };
      continue;
    }
    const stt = hasSttColumn ? markOf(r.stt, lastLetter) : "none";
    if (stt === "upper") lastLetter = r.stt.trim().replace(/[.)]+$/, "");
    if (stt === "none" && isTotalLabel(r.labelNorm)) {
      const node: HierarchyNode = { row: r.row, kind: "total", parentRow: null, level: 0, breakdown: false };
      nodes.push(node);
      // A total on the first line holds everything below it; elsewhere it
      // sums the top-level lines before it (see rules/group-sum).
      if (nodes.length === 1) stack.push({ node, mark: "total", ordinal: null, work: false });
      continue;
    }
    const node = openLine(stack, r, lineMark(stt, r, hasSttColumn), hasSttColumn);
    nodes.push(node);
    previous = { input: r, node };
  }
  return nodes;
}

/**
 * Whether `r` is a breakdown row: "Trong đó:" and the "- …" rows after it
 * detail the row above; they are not lines of their own.
 */
function breakdownGoesOn(inBreakdown: boolean, r: HierarchyInput): boolean {
  if (/^(trong do|trong so|chia ra|bao gom)\b/.test(r.labelNorm)) return true;
  return inBreakdown && r.stt.trim() === "" && /^[-+]/.test(r.labelNorm);
}

function breakdownNode(r: HierarchyInput, top: HierarchyNode | null): HierarchyNode {
  return { row: r.row, kind: "item", parentRow: top?.row ?? null, level: (top?.level ?? 0) + 1, breakdown: true };
}

/** The mark a line nests by: its STT's, or without one its label's keyword. */
function lineMark(stt: string, r: HierarchyInput, hasSttColumn: boolean): string {
  if (stt === "none") return keywordMark(r.labelNorm, !hasSttColumn && r.bare === true);
  // "1. Dự án 1" (no code, no owner) over "1. Đường thôn 2" (with them): the
  // same numbering on a project heading and on works lines is two levels.
  if (r.bare === true && keywordMark(r.labelNorm, false) !== "none") return `${stt}/heading`;
  return stt;
}

/** Closes the open path down to where a line marked `mark` belongs, and opens the line there. */
function openLine(stack: OpenRow[], r: HierarchyInput, mark: string, hasSttColumn: boolean): HierarchyNode {
  // Without STT, a heading never sits under a work (a line with code or owner): works are leaves.
  if (!hasSttColumn && r.bare === true) while (stack.length > 0 && stack[stack.length - 1].work) stack.pop();
  // A mark already on the open path makes a sibling of that row; a new one nests under the current row.
  let k = stack.length - 1;
  while (k >= 0 && stack[k].mark !== mark) k--;
  // "4. Dự án 4" (a line, with code or owner) after the heading "3. Dự án 3" and its contents: the
  // numbering runs on, so it is the heading's sibling; "1. Đường…" under "1. Dự án 1" starts anew and nests.
  if (k < 0) k = runOnSibling(stack, mark, ordinal(r.stt));
  if (k >= 0) stack.length = k;
  const parent = stack[stack.length - 1]?.node ?? null;
  const node: HierarchyNode = {
    row: r.row,
    kind: "item",
    parentRow: parent?.row ?? null,
    level: (parent?.level ?? 0) + 1,
    breakdown: false,
  };
  if (parent && parent.kind === "item") parent.kind = "group";
  stack.push({ node, mark, ordinal: ordinal(r.stt), work: r.bare === false });
  return node;
}

/** `r` repeats the work `prev` (no STT of its own, same name, same code) for another source. */
function continues(prev: HierarchyInput, r: HierarchyInput): boolean {
  return (
    r.stt.trim() === "" &&
    r.labelNorm !== "" &&
    r.labelNorm === prev.labelNorm &&
    (r.code ?? "") === (prev.code ?? "") &&
    prev.bare !== true
  );
}

/** The place in sequence an STT names: 4 for "4", "d", "D" or "IV"; null for marks without one. */
function ordinal(stt: string): number | null {
  const s = stt
    .trim()
    .replace(/[.)]+$/, "")
    .trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[a-z]$/i.test(s) && !/^[ivx]$/i.test(s)) return s.toLowerCase().charCodeAt(0) - 96;
  const roman = /^(X{0,3})(IX|IV|V?I{0,3})$/i.exec(s);
  if (roman && s !== "") {
    const values: Record<string, number> = { i: 1, v: 5, x: 10 };
    let n = 0;
    const t = s.toLowerCase();
    for (let i = 0; i < t.length; i++) {
      const v = values[t[i]];
      n += i + 1 < t.length && values[t[i + 1]] > v ? -v : v;
    }
    return n;
  }
  return null;
}

/**
 * Where a row whose mark is not on the open path still continues a
 * numbering there: the same numbering told apart only as heading or line
 * ("arabic" and "arabic/heading"), with a smaller number. -1 when none does.
 */
function runOnSibling(stack: { mark: string; ordinal: number | null }[], mark: string, n: number | null): number {
  if (n === null) return -1;
  const twin = mark.endsWith("/heading") ? mark.slice(0, -"/heading".length) : `${mark}/heading`;
  for (let k = stack.length - 1; k >= 0; k--) {
    const o = stack[k].ordinal;
    if (stack[k].mark === twin && o !== null && o < n) return k;
  }
  return -1;
}
