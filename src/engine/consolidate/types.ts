/**
 * The `consolidate --json` report of docs/report-format.md and what the
 * engine needs about each submitted file. Field names of ConsolidateReport
 * are a contract: add fields freely, never rename or remove one.
 *
 * Here `unit` is always a reporting unit (the district or department that
 * sent a file, as reporting-unit.ts names it), never a money unit.
 */

import type { LineStatus, ProgrammeId, RuleId, ValidateReport } from "../report-types";
import type { ReportingUnitSource } from "./reporting-unit";
import type { StampVerdict } from "../stamp/verdict";
import type { LeaderResult } from "../leaders";
import type { Concern } from "../concerns/collect";

/** What every file given to consolidation says, read or not. */
interface SubmissionBase {
  /** Base name of the file. */
  file: string;
  /** The unit the file belongs to; null when nothing names one. */
  unit: string | null;
  unitFrom: ReportingUnitSource | null;
  /** The day the workbook says it was made ("…, ngày 05 tháng 6 năm 2024"), ISO. */
  dated: string | null;
  /** The file's modification time (ISO date-time), when the shell knows it. */
  modified: string | null;
  /** The plan year of the profile the file was checked with (its own stored one, or the run's); absent, the run's. */
  year?: number;
}

/** A file read with a plan table: its validate report. */
export interface ReadSubmission extends SubmissionBase {
  report: ValidateReport;
  reason: null;
}

/** A file that could not be read, holds no plan table, or is not a submission at all. */
export interface RejectedSubmission extends SubmissionBase {
  report: null;
  /** Why the file is rejected (in the run's language). */
  reason: string;
  /** Why a file that was read is not counted (set with its reason). */
  rejectedAs?: RejectedAs;
}

/** One submitted file as the shell read it: its report, or why it could not be used. */
export type Submission = ReadSubmission | RejectedSubmission;

/** The one submission kept for a unit. */
export interface Accepted {
  unit: string;
  file: string;
  report: ValidateReport;
  /** As Submission.year: the plan year the file's plan is read in, when not the run's. */
  year?: number;
}

export type FileStatus = "accepted" | "rejected" | "duplicate";

/**
 * Why a readable file is rejected: an allocation annex is not a submission; a unit not on the
 * expected list is not counted until the list or the file is corrected.
 */
export type RejectedAs = "allocation-annex" | "not-expected";

export interface ConsolidatedFile {
  file: string;
  unit: string | null;
  status: FileStatus;
  reason: string | null;
  lines: number;
  errors: number;
  /** Additions: where the unit was read from, and the day used to pick the newest of duplicates. */
  unitFrom: ReportingUnitSource | null;
  dated: string | null;
  /** For a duplicate: the file kept instead. */
  keptFile: string | null;
  /** Addition: for a file that was read but is not counted, why (the reason says it in words). */
  rejectedAs: RejectedAs | null;
  /** Addition: the commitment stamp's state (with its finding when the profile requires a stamp), when checked. */
  stamp?: StampVerdict;
}

export interface Amounts {
  allocated: number;
  plannedTotal: number;
  actualToDate: number;
  plannedToDate: number;
}

export interface UnitTotal extends Amounts {
  unit: string;
  programme: ProgrammeId | null;
  source: string;
  /** Addition: actualToDate / allocated, null when nothing is allocated. */
  rate: number | null;
}

export interface AtRiskLine {
  file: string;
  sheet: string;
  row: number;
  label: string;
  source: string;
  status: LineStatus;
  rules: RuleId[];
  /** Additions. */
  unit: string;
  code: string | null;
  deadline: string | null;
  allocated: number;
  actualToDate: number | null;
}

export type ReconciledField = "allocated" | "actualToDate";

export interface ReconciliationDifference {
  unit: string | null;
  code: string;
  field: ReconciledField;
  workbook: number;
  treasury: number;
  difference: number;
  /** Addition: set when the code is on one side only. */
  missingIn: "workbook" | "treasury" | null;
  /** Addition: the capital source compared, one of those the Treasury export holds. */
  source: string | null;
}

export type SlippageChange = "moved-later" | "shrunk" | "fell-behind" | "past-months-changed";

export interface SlippageLine {
  unit: string;
  label: string;
  code: string | null;
  source: string;
  change: SlippageChange;
  previous: number;
  current: number;
  /**
   * Addition: the month (1–12) the comparison is made at: the month accumulated to (moved-later,
   * past-months-changed), 12 for shrunk (the whole year), the reporting month for fell-behind.
   */
  month: number | null;
  file: string;
  sheet: string;
  row: number;
}

export interface ConsolidateReport {
  reportVersion: number;
  tool: { name: string; version: string };
  asOf: string;
  profile: string;
  files: ConsolidatedFile[];
  /** Only with an expected list; else absent. */
  missingUnits?: string[];
  /** Addition, only with an expected list: units that sent files but are not on it (their money is not counted). */
  unexpectedUnits?: string[];
  totals: UnitTotal[];
  grandTotal: Amounts;
  atRisk: AtRiskLine[];
  /** Only with a Treasury export. */
  reconciliation?: ReconciliationDifference[];
  /** Only with previous submissions. */
  slippage?: SlippageLine[];
  /** Additions: results per responsible leader, and obstacles and recommendations routed to who must answer. */
  leaders?: LeaderResult[];
  concerns?: Concern[];
  lang: "vi" | "en";
}
