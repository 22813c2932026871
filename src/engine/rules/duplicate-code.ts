/** duplicate-code: the same project code twice for the same source, anywhere in the workbook. */

import type { TableData } from "../lines";
import { a1 } from "../grid";

export function checkDuplicateCodes(tables: TableData[]): void {
  const first = new Map<string, { row: number; sheet: string }>();
  for (const data of tables) {
    const codeCol = data.table.columns.find((c) => c.role === "code")?.col;
    if (codeCol === undefined) continue;
    for (const line of data.lines) {
      if (line.kind !== "item" || line.breakdown || line.code === null) continue;
      const key = `${line.code.replace(/\s+/g, "").toUpperCase()}|${line.source}`;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { row: line.row, sheet: data.table.sheet });
        continue;
      }
      line.findings.push({
        rule: "duplicate-code",
        severity: "error",
        cell: a1(line.row, codeCol),
        args: { code: line.code, firstRow: seen.row, firstSheet: seen.sheet },
      });
    }
  }
}
