/** plan-total-mismatch: the planned periods do not add up to the allocated capital, to the đồng. */

import { pickCell, type TableData } from "../../lines";
import { hasAllocatedColumn, hasPeriodColumns, judged } from "./schedule";

export function checkPlanTotal(data: TableData): void {
  for (const line of data.lines) {
    if (!judged(line) || !hasPeriodColumns(line) || !hasAllocatedColumn(line) || line.allocated <= 0) continue;
    const planned = line.planned.reduce((s, v) => s + v, 0);
    if (planned === line.allocated) continue;
    line.findings.push({
      rule: "plan-total-mismatch",
      severity: "error",
      cell: pickCell(line.row, line.fields.allocated),
      args: { planned, allocated: line.allocated, difference: planned - line.allocated },
    });
  }
}
