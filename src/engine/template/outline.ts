/**
 * The rows of a plan template: the allocation's headings as group rows, its
 * items as one row per source, each numbered as Vietnamese plans number
 * their levels (I, II / 1, 2 / a, b / - / +).
 */

import type { AllocationItem, AllocationList, SourceAllocation } from "./allocation";

export interface OutlineGroup {
  kind: "group";
  label: string;
  stt: string;
  depth: number;
  children: OutlineNode[];
}

export interface OutlineItem {
  kind: "item";
  item: AllocationItem;
  stt: string;
  depth: number;
  /** In the profile's source order: one sheet row each. */
  sources: SourceAllocation[];
}

export type OutlineNode = OutlineGroup | OutlineItem;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** The STT of the n-th (1-based) child at a depth: I, 1, a, -, + from the top. */
function sttMark(depth: number, n: number): string {
  if (depth === 1) return n <= ROMAN.length ? ROMAN[n - 1] : String(n);
  if (depth === 2) return String(n);
  if (depth === 3) return n <= 26 ? String.fromCharCode(96 + n) : String(n);
  return depth === 4 ? "-" : "+";
}

/** The allocation as a tree of headings and items, sources in `sourceOrder` (unknown ones after, by id). */
export function outline(allocation: AllocationList, sourceOrder: string[]): OutlineNode[] {
  const rank = (s: string): number => {
    const i = sourceOrder.indexOf(s);
    return i < 0 ? sourceOrder.length : i;
  };
  const root: OutlineGroup = { kind: "group", label: "", stt: "", depth: 0, children: [] };
  for (const item of allocation.items) {
    let parent = root;
    for (const heading of item.path) {
      let group = parent.children.find((c): c is OutlineGroup => c.kind === "group" && c.label === heading);
      if (!group) {
        group = { kind: "group", label: heading, stt: "", depth: parent.depth + 1, children: [] };
        parent.children.push(group);
      }
      parent = group;
    }
    const sources = [...item.sources].sort(
      (a, b) => rank(a.source) - rank(b.source) || a.source.localeCompare(b.source),
    );
    parent.children.push({ kind: "item", item, stt: "", depth: parent.depth + 1, sources });
  }
  const number = (g: OutlineGroup): void => {
    g.children.forEach((c, i) => {
      c.stt = sttMark(c.depth, i + 1);
      if (c.kind === "group") number(c);
    });
  };
  number(root);
  return root.children;
}
