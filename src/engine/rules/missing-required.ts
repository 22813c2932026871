/** missing-required: a plan line without a name, or without the owner / leader where the table has those columns. */

import type { TableData } from "../lines";
import { a1 } from "../grid";

export function checkMissingRequired(data: TableData): void {
  const { columns } = data.table;
  const colOf = (role: string): number | undefined => columns.find((c) => c.role === role)?.col;
  const labelCol = colOf("label");
  const ownerCol = colOf("owner");
  const leaderCol = colOf("leader");
  const seen = new Set<number>();
  for (const line of data.lines) {
    // One finding per sheet row, on its first line, even when the row carries several sources.
    if (line.kind !== "item" || line.breakdown || seen.has(line.row)) continue;
    seen.add(line.row);
    if (line.label === "" && labelCol !== undefined) {
      line.findings.push({
        rule: "missing-required",
        severity: "error",
        cell: a1(line.row, labelCol),
        args: { field: "label" },
      });
    }
    if (line.owner === null && ownerCol !== undefined) {
      line.findings.push({
        rule: "missing-required",
        severity: "warning",
        cell: a1(line.row, ownerCol),
        args: { field: "owner" },
      });
    }
    if (line.leader === null && leaderCol !== undefined) {
      line.findings.push({
        rule: "missing-required",
        severity: "warning",
        cell: a1(line.row, leaderCol),
        args: { field: "leader" },
      });
    }
  }
}
