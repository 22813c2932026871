/**
 * group-sum-mismatch: a group or total row whose amount differs from the sum
 * of its children, column by column, exactly to the đồng. A group cell left
 * blank states nothing and is not checked; nor is a column where no child
 * has a figure (the group alone carries it).
 */

import type { HierarchyNode } from "../detect/hierarchy";
import type { TableData } from "../lines";
import { a1 } from "../grid";

/** Children of each group or total row; a total below the lines sums the top-level lines above it. */
function childrenOf(nodes: HierarchyNode[]): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const n of nodes) {
    if (n.breakdown || n.parentRow === null) continue;
    const list = children.get(n.parentRow) ?? [];
    list.push(n.row);
    children.set(n.parentRow, list);
  }
  for (const n of nodes) {
    if (n.kind !== "total" || children.has(n.row)) continue;
    const above = nodes
      .filter((k) => k.row < n.row && k.parentRow === null && k.kind !== "total" && !k.breakdown)
      .map((k) => k.row);
    if (above.length > 0) children.set(n.row, above);
  }
  return children;
}

export function checkGroupSums(data: TableData): void {
  const children = childrenOf(data.nodes);
  data.amountColumns.forEach((col, i) => {
    for (const [row, kids] of children) {
      const stated = data.amounts.get(row)?.[i] ?? null;
      if (stated === null || Number.isNaN(stated)) continue;
      let sum = 0;
      let any = false;
      let readable = true;
      for (const k of kids) {
        const v = data.amounts.get(k)?.[i] ?? null;
        if (v === null) continue;
        if (Number.isNaN(v)) readable = false;
        else {
          sum += v;
          any = true;
        }
      }
      if (!readable || !any || sum === stated) continue;
      data.lineAt(row, col.col)?.findings.push({
        rule: "group-sum-mismatch",
        severity: "error",
        cell: a1(row, col.col),
        args: { stated, sum, difference: stated - sum, children: kids.length },
      });
    }
  });
}
