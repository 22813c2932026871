/**
 * What a check says of a plan's commitment stamp: its state, the lines that
 * differ, and the finding a required stamp makes. Types only, importing
 * nothing, so that the report types can name them without an import cycle.
 */

/** A field of a line that differs: "allocated", "actualToDate", "label", "code", "month:N" or "quarter:N" (the plan for that period). */
export type StampField = string;

export interface StampDifference {
  change: "changed" | "added" | "removed";
  /** The line's row now (changed, added) or when stamped (removed). */
  row: number;
  label: string;
  code: string | null;
  source: string;
  fields: StampField[];
}

export type StampState = "none" | "valid" | "changed";

/** What `validate --json` says of the stamp (field `stamp`), and consolidation per file. */
export interface StampCheck {
  state: StampState;
  unit?: string | null;
  leader?: string;
  position?: string;
  at?: string;
  /** Only when changed: the lines that differ from the stamped content (at most 50 listed). */
  differences?: StampDifference[];
  /** How many lines differ in all. */
  differenceCount?: number;
}

export type StampRuleId = "stamp-missing" | "stamp-changed";

export interface StampFinding {
  rule: StampRuleId;
  severity: "error";
  cell: null;
  message: string;
}

/** StampCheck with the requirement's finding, when there is one. */
export type StampVerdict = StampCheck & { finding?: StampFinding };
