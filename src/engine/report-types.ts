/**
 * Types of the JSON report of docs/report-format.md. Field names here are
 * a contract: add fields freely, never rename or remove one without bumping
 * REPORT_VERSION.
 */

import type { StampVerdict } from "./stamp/verdict";

export const REPORT_VERSION = 1;

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "not-a-number"
  | "negative-amount"
  | "formula-error"
  | "missing-required"
  | "duplicate-code"
  | "group-sum-mismatch"
  | "quarter-month-mismatch"
  | "plan-total-mismatch"
  | "plan-after-deadline"
  | "plan-misses-checkpoint"
  | "allocation-incomplete"
  | "actual-exceeds-allocated"
  | "actual-behind-plan"
  | "run-rate-insufficient"
  | "deadline-passed";

export type LineStatus = "ok" | "watch" | "at-risk" | "lapsed" | "invalid";
export type LineKind = "total" | "group" | "item";
export type MoneyUnit = "billion-vnd" | "million-vnd" | "thousand-vnd" | "vnd";
export type Granularity = "month" | "quarter" | "month+quarter";
export type ProgrammeId = "ntm" | "gnbv" | "dtts-mn";

export interface ReportFinding {
  rule: RuleId;
  severity: Severity;
  /** A1 reference on the table's sheet, or null. */
  cell: string | null;
  message: string;
  /**
   * Addition: every cell at issue, `cell` first (empty when `cell` is null); marks and cell lists use
   * all of them (findingCells). Optional so a report written before it was added still reads.
   */
  cells?: string[];
}

export interface ReportLine {
  row: number;
  kind: LineKind;
  parentRow: number | null;
  label: string;
  code: string | null;
  source: string;
  deadline: string | null;
  allocated: number;
  planned: number[];
  plannedTotal: number;
  actualToDate: number | null;
  status: LineStatus;
  findings: ReportFinding[];
  /** Additional fields (the contract allows additions). */
  programme: ProgrammeId | null;
  owner: string | null;
  leader: string | null;
  hidden: boolean;
  /** Additions, present only when the line has them: its obstacles and recommendations as written. */
  obstacle?: string;
  recommendation?: string;
}

export interface ReportColumns {
  label?: string;
  code?: string;
  owner?: string;
  allocated: Record<string, string>;
  planned: Record<string, Record<string, string>>;
  actual: Record<string, string>;
  /** Additions: */
  stt?: string;
  leader?: string;
  source?: string;
  note?: string;
  obstacle?: string;
  recommendation?: string;
  quarters?: Record<string, Record<string, string>>;
  /** The Treasury's columns: budget-unit (or area) code, area, plan year. */
  unitCode?: string;
  area?: string;
  planYear?: string;
  allocatedParts?: Record<string, string[]>;
}

export interface ReportTable {
  sheet: string;
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  /** The money unit the table's amounts are written in (JSON field `unit`); the body that sent the file is a reporting unit (consolidate/reporting-unit.ts). */
  unit: MoneyUnit;
  granularity: Granularity;
  columns: ReportColumns;
  lines: ReportLine[];
  /** Additions: detection's confidence (0..1) per column role and for the unit. */
  confidence: Record<string, number>;
  /** The date named in the actual-disbursement header ("Giải ngân đến 31/5/2024"). */
  actualAsOf: string | null;
  /** Addition: the title rows above the header, as written (the issuing unit is usually named there). */
  titleLines?: string[];
  /** Addition: the same title rows cell by cell. */
  titleCells?: string[][];
}

export interface ReportSummary {
  /** Lines of plan: works and contents (kind "item"), never total or heading rows; byStatus counts the same lines. */
  lines: number;
  byStatus: Record<LineStatus, number>;
  errors: number;
  warnings: number;
}

export interface ValidateReport {
  reportVersion: number;
  tool: { name: string; version: string };
  file: string;
  profile: string;
  asOf: string;
  tables: ReportTable[];
  summary: ReportSummary;
  /** Addition: the language the messages are in. */
  lang: "vi" | "en";
  /** Addition: the commitment stamp's state, when the shell checked it (engine/stamp). */
  stamp?: StampVerdict;
}

/** Every cell a finding is about, `cell` first. */
export function findingCells(f: Pick<ReportFinding, "cell" | "cells">): string[] {
  return f.cells ?? (f.cell === null ? [] : [f.cell]);
}
