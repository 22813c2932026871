/** missing-required: a plan line without a name, or without the owner / leader where the table has those columns. */

import type { PlanLine, TableData } from "../lines";
import type { Severity } from "../report-types";
import { a1 } from "../grid";

/** A field a line must fill in where the table has its column (the column's role is the field's name). */
interface RequiredField {
  field: "label" | "owner" | "leader";
  severity: Severity;
  blank: (l: PlanLine) => boolean;
}

const REQUIRED: readonly RequiredField[] = [
  { field: "label", severity: "error", blank: (l) => l.label === "" },
  { field: "owner", severity: "warning", blank: (l) => l.owner === null },
  { field: "leader", severity: "warning", blank: (l) => l.leader === null },
];

export function checkMissingRequired(data: TableData): void {
  const { columns } = data.table;
  const present = REQUIRED.flatMap((r) => {
    const col = columns.find((c) => c.role === r.field)?.col;
    return col === undefined ? [] : [{ ...r, col }];
  });
  const seen = new Set<number>();
  for (const line of data.lines) {
    // One finding per sheet row, on its first line, even when the row carries several sources.
    if (line.kind !== "item" || line.breakdown || seen.has(line.row)) continue;
    seen.add(line.row);
    for (const { field, severity, blank, col } of present) {
      if (blank(line))
        line.findings.push({ rule: "missing-required", severity, cell: a1(line.row, col), args: { field } });
    }
  }
}
