/**
 * Reconciliation with the State Treasury (Kho bạc): its export of
 * allocations and payments by project code is read like any plan table
 * (columns detected from their headers: code, name, "dự toán" / "kế hoạch
 * vốn", "thanh toán" / "giải ngân"), then compared code by code with the
 * units' workbooks. Every difference is listed; none is settled silently.
 */

import type { ReportLine, ValidateReport } from "../report-types";
import type { Accepted, ReconciledField, ReconciliationDifference } from "./types";
import { sameUnit } from "./unit-name";

export interface TreasuryLine {
  code: string;
  source: string;
  allocated: number;
  /** Paid to date; null when the export has no payment column. */
  paid: number | null;
  /** The nearest group row above the line (Treasury exports group projects by unit). */
  group: string | null;
}

export interface TreasuryFigures {
  file: string;
  lines: TreasuryLine[];
  /** True when the export tells capital sources apart; else codes are compared over all sources. */
  bySource: boolean;
}

/** Codes as people type them: "7 901 234", "7901234 " and 7901234 are one code. */
export function codeKey(code: string): string {
  return code.replace(/[\s.]/g, "").toUpperCase();
}

/** The Treasury's figures per project code, from the validate report of its export. */
export function treasuryFigures(report: ValidateReport): TreasuryFigures {
  const lines: TreasuryLine[] = [];
  for (const table of report.tables) {
    const byRow = new Map<number, ReportLine>();
    for (const l of table.lines) if (!byRow.has(l.row)) byRow.set(l.row, l);
    const groupOf = (l: ReportLine): string | null => {
      for (let p = l.parentRow; p !== null;) {
        const parent = byRow.get(p);
        if (!parent) return null;
        if (parent.kind === "group") return parent.label;
        p = parent.parentRow;
      }
      return null;
    };
    for (const l of table.lines) {
      if (l.kind !== "item" || !l.code) continue;
      lines.push({
        code: codeKey(l.code),
        source: l.source,
        allocated: l.allocated,
        paid: l.actualToDate,
        group: groupOf(l),
      });
    }
  }
  return { file: report.file, lines, bySource: new Set(lines.map((l) => l.source)).size > 1 };
}

interface Side {
  unit: string | null;
  code: string;
  source: string | null;
  allocated: number;
  actual: number | null;
}

function keyOf(code: string, source: string | null): string {
  return source === null ? code : `${code}\u0000${source}`;
}

/** Every difference between the workbooks and the Treasury, per unit, code and field. */
export function reconcile(accepted: readonly Accepted[], treasury: TreasuryFigures): ReconciliationDifference[] {
  const bySource = treasury.bySource;
  const wb = new Map<string, Side>();
  for (const a of accepted) {
    for (const table of a.report.tables) {
      for (const l of table.lines) {
        if (l.kind !== "item" || !l.code) continue;
        const code = codeKey(l.code);
        const source = bySource ? l.source : null;
        const key = keyOf(code, source);
        const side = wb.get(key) ?? { unit: a.unit, code, source, allocated: 0, actual: null };
        side.allocated += l.allocated;
        if (l.actualToDate !== null) side.actual = (side.actual ?? 0) + l.actualToDate;
        wb.set(key, side);
      }
    }
  }
  const tr = new Map<string, Side>();
  const hasPaid = treasury.lines.some((l) => l.paid !== null);
  for (const l of treasury.lines) {
    const source = bySource ? l.source : null;
    const key = keyOf(l.code, source);
    const unit = l.group === null ? null : (accepted.find((a) => sameUnit(a.unit, l.group!))?.unit ?? null);
    const side = tr.get(key) ?? { unit, code: l.code, source, allocated: 0, actual: null };
    side.allocated += l.allocated;
    if (l.paid !== null) side.actual = (side.actual ?? 0) + l.paid;
    tr.set(key, side);
  }
  const out: ReconciliationDifference[] = [];
  for (const key of new Set([...wb.keys(), ...tr.keys()])) {
    const w = wb.get(key);
    const t = tr.get(key);
    const base = (w ?? t)!;
    const fields: [ReconciledField, number, number][] = [["allocated", w?.allocated ?? 0, t?.allocated ?? 0]];
    if (hasPaid) fields.push(["actualToDate", w?.actual ?? 0, t?.actual ?? 0]);
    const missingIn = !w ? "workbook" : !t ? "treasury" : null;
    for (const [field, workbook, treasuryValue] of fields) {
      // A code on one side only is listed once (its allocation) even when the amounts happen to agree.
      if (workbook === treasuryValue && (missingIn === null || field !== "allocated")) continue;
      out.push({
        unit: w?.unit ?? t?.unit ?? null,
        code: base.code,
        field,
        workbook,
        treasury: treasuryValue,
        difference: workbook - treasuryValue,
        missingIn,
        source: base.source,
      });
    }
  }
  const order = (d: ReconciliationDifference): string =>
    `${d.unit ?? "~"}\u0000${d.code}\u0000${d.source ?? ""}\u0000${d.field}`;
  return out.sort((a, b) => order(a).localeCompare(order(b), "vi"));
}
