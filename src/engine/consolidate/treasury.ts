/**
 * Reconciliation with the State Treasury (Kho bạc): its export of
 * allocations and payments by project code is read like any plan table
 * (columns detected from their headers: code, name, "dự toán" / "kế hoạch
 * vốn", "thanh toán" / "giải ngân"), then compared code by code with the
 * units' workbooks. Every difference is listed; none is settled silently.
 *
 * The Treasury's own shape adds columns a plan seldom has: the budget-unit
 * code (kept apart from the project code by its header), the area ("Địa
 * bàn") that groups projects by unit, and the plan year whose capital a row
 * pays, which names the row's source (carry-over 2022, carry-over 2023, plan
 * 2024 in a 2024 export).
 */

import { type Grid, parseA1, sheetView, shownValue } from "../grid";
import type { ReportLine, ReportTable, ValidateReport } from "../report-types";
import { cellText } from "../text";
import { sourceOfPlanYear } from "../detect/treasury-roles";
import type { Accepted, ReconciledField, ReconciliationDifference } from "./types";
import { sameReportingUnit } from "./reporting-unit";

export interface TreasuryLine {
  code: string;
  source: string;
  allocated: number;
  /** Paid to date; null when the export has no payment column. */
  paid: number | null;
  /** The line's area ("Địa bàn"), else the nearest group row above it (Treasury exports group projects by unit). */
  group: string | null;
}

export interface TreasuryFigures {
  file: string;
  lines: TreasuryLine[];
}

/** Codes as people type them: "7 901 234", "7901234 " and 7901234 are one code. */
export function codeKey(code: string): string {
  return code.replace(/[\s.]/g, "").toUpperCase();
}

/** The text of a table's cell in the column the report names by its letter, merges followed. */
function columnReader(table: ReportTable, grids: readonly Grid[], letter: string | undefined) {
  const grid = grids.find((g) => g.sheet === table.sheet);
  const col = letter ? parseA1(`${letter}1`)?.col : undefined;
  if (!grid || col === undefined) return (): string => "";
  const { merges } = sheetView(grid);
  return (row: number): string => cellText(shownValue(grid, merges, row, col)).trim();
}

/**
 * The Treasury's figures per project code, from the validate report of its export and its grids
 * (for the area and the plan year, which only the Treasury's shape has); `planYear` is the profile's.
 */
export function treasuryFigures(report: ValidateReport, grids: readonly Grid[], planYear: number): TreasuryFigures {
  const lines: TreasuryLine[] = [];
  for (const table of report.tables) {
    const areaOf = columnReader(table, grids, table.columns.area);
    const yearOf = columnReader(table, grids, table.columns.planYear);
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
    // An area written once over its projects, merged down or not, holds for the blank cells under it.
    let area = "";
    for (const l of table.lines) {
      area = areaOf(l.row) || area;
      if (l.kind !== "item" || !l.code) continue;
      lines.push({
        code: codeKey(l.code),
        source: sourceOfPlanYear(yearOf(l.row), planYear) ?? l.source,
        allocated: l.allocated,
        paid: l.actualToDate,
        group: area || groupOf(l),
      });
    }
  }
  return { file: report.file, lines };
}

interface Side {
  unit: string | null;
  code: string;
  source: string;
  allocated: number;
  actual: number | null;
}

const keyOf = (unit: string | null, code: string, source: string): string =>
  `${unit ?? ""}\u0000${code}\u0000${source}`;

function addTo(
  map: Map<string, Side>,
  unit: string | null,
  code: string,
  source: string,
  allocated: number,
  actual: number | null,
): void {
  const key = keyOf(unit, code, source);
  const side = map.get(key) ?? { unit, code, source, allocated: 0, actual: null };
  side.allocated += allocated;
  if (actual !== null) side.actual = (side.actual ?? 0) + actual;
  map.set(key, side);
}

/**
 * Every difference between the workbooks and the Treasury, per unit, code, source and field. Only the
 * sources the export holds are compared: an export of this year's plan is not set against carried-over
 * capital. A code is compared per unit; a Treasury code under no known unit goes to the one unit whose
 * workbook has it, and when several do, is compared with their sum under no unit.
 */
export function reconcile(accepted: readonly Accepted[], treasury: TreasuryFigures): ReconciliationDifference[] {
  const sources = new Set(treasury.lines.map((l) => l.source));
  const wb = new Map<string, Side>();
  for (const a of accepted) {
    for (const table of a.report.tables) {
      for (const l of table.lines) {
        if (l.kind !== "item" || !l.code || !sources.has(l.source)) continue;
        addTo(wb, a.unit, codeKey(l.code), l.source, l.allocated, l.actualToDate);
      }
    }
  }
  const unitsOf = (code: string, source: string): (string | null)[] =>
    [...wb.values()].filter((w) => w.code === code && w.source === source).map((w) => w.unit);
  const tr = new Map<string, Side>();
  for (const l of treasury.lines) {
    const grouped = l.group === null ? null : (accepted.find((a) => sameReportingUnit(a.unit, l.group!))?.unit ?? null);
    let unit = grouped;
    if (unit === null) {
      const units = unitsOf(l.code, l.source);
      if (units.length === 1) unit = units[0];
      else
        for (const u of units) {
          // Several units report the code and the Treasury does not say whose it is: compare their sum.
          const w = wb.get(keyOf(u, l.code, l.source))!;
          wb.delete(keyOf(u, l.code, l.source));
          addTo(wb, null, w.code, w.source, w.allocated, w.actual);
        }
    }
    addTo(tr, unit, l.code, l.source, l.allocated, l.paid);
  }
  const hasPaid = treasury.lines.some((l) => l.paid !== null);
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
        unit: base.unit,
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
