/**
 * A submitted workbook as consolidation sees it: its validate report plus
 * the facts only the grids hold (the date line under the signature block),
 * gathered while the grids are in memory so that the shell can drop them
 * and keep only the report.
 */

import { isoDayOf } from "../calendar";
import { type Grid, isCellDate } from "../grid";
import type { ValidateReport } from "../report-types";
import { cellText, fold } from "../text";
import type { RejectedSubmission, Submission } from "./types";
import { reportingUnitOf, reportingUnitFromName } from "./reporting-unit";

/** "Nam Trà My, ngày 05 tháng 6 năm 2024" or "Ngày lập: 5/6/2024", folded. */
const DATE_LINE = [
  /\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\b/,
  /\bngay lap\s*:?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/,
];

/** The latest day a date line outside the tables' data rows names. */
function workbookDate(grids: readonly Grid[], report: ValidateReport): string | null {
  let latest: string | null = null;
  for (const grid of grids) {
    const tables = report.tables.filter((t) => t.sheet === grid.sheet);
    const inTable = (r: number): boolean => tables.some((t) => r >= t.headerRows[0] && r <= t.lastDataRow);
    for (let r = 1; r <= grid.rows.length; r++) {
      const row = grid.rows[r - 1];
      if (!row || inTable(r)) continue;
      for (const v of row.values) {
        if (v === null || v === undefined || typeof v === "number" || isCellDate(v)) continue;
        const text = fold(cellText(v));
        for (const re of DATE_LINE) {
          const m = re.exec(text);
          const day = m ? isoDayOf(Number(m[3]), Number(m[2]), Number(m[1])) : null;
          if (day && (latest === null || day > latest)) latest = day;
        }
      }
    }
  }
  return latest;
}

/** The unit a report's tables name in their title rows, else a sheet's name, else the file's. */
export function unitOf(report: ValidateReport): Pick<Submission, "unit" | "unitFrom"> {
  const read = report.tables.map((t) => reportingUnitOf(t.titleCells ?? t.titleLines ?? [], t.sheet, report.file));
  // A file name that names no unit still tells the files apart: better than no unit at all.
  const best =
    read.find((u) => u.evidence.from === "title") ??
    read.find((u) => u.evidence.from === "sheet") ??
    read[0] ??
    reportingUnitOf([], "", report.file);
  return { unit: best.name, unitFrom: best.evidence.from };
}

/**
 * An allocation annex (capital by project, no plan by period, no disbursement) is what a unit was
 * given, not a report of what it does with it: counted, it would add capital with nothing disbursed.
 */
export function isAllocationAnnex(report: ValidateReport): boolean {
  return (
    report.tables.length > 0 &&
    report.tables.every(
      (t) =>
        Object.keys(t.columns.allocated).length + Object.keys(t.columns.allocatedParts ?? {}).length > 0 &&
        Object.keys(t.columns.planned).length === 0 &&
        Object.keys(t.columns.quarters ?? {}).length === 0 &&
        Object.keys(t.columns.actual).length === 0,
    )
  );
}

/** A file that was read: rejected when it holds no plan table, or only an allocation annex. */
export function readSubmission(
  grids: readonly Grid[],
  report: ValidateReport,
  modified: string | null,
  reasons: { noPlan: string; allocationAnnex: string },
): Submission {
  if (report.tables.length === 0) return rejectedSubmission(report.file, reasons.noPlan, modified);
  if (isAllocationAnnex(report))
    return {
      ...rejectedSubmission(report.file, reasons.allocationAnnex, modified),
      ...unitOf(report),
      rejectedAs: "allocation-annex",
    };
  return { file: report.file, report, reason: null, ...unitOf(report), dated: workbookDate(grids, report), modified };
}

/** A file that could not be read, with the reader's reason. */
export function rejectedSubmission(file: string, reason: string, modified: string | null): RejectedSubmission {
  const unit = reportingUnitFromName(file);
  return { file, report: null, reason, unit, unitFrom: unit ? "file" : null, dated: null, modified };
}

/** The user confirmed or typed the unit of a file. */
export function withUnit(s: Submission, unit: string): Submission {
  const trimmed = unit.trim();
  return trimmed === "" || trimmed === s.unit ? s : { ...s, unit: trimmed, unitFrom: "user" };
}
