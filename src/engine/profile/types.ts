/**
 * The shape of a milestone profile, apart from its built-in values and its
 * schema check (index.ts), so that modules the profile names (deadlines,
 * answerers) can use these types without importing the profile back.
 */

export interface Text {
  vi: string;
  en: string;
}

export interface SourceMilestone {
  /** carryover-YYYY | plan-YYYY */
  id: string;
  label: Text;
  /** ISO day by which the source must be disbursed in full. */
  deadline: string;
}

export interface Checkpoint {
  date: string;
  /** Share (0–1] of the line's capital that must be planned, and disbursed, by `date`. */
  minShare: number;
  /** Sources it applies to; all when absent. */
  sources?: string[];
  label?: Text;
}

export interface Profile {
  id: string;
  name: Text;
  /** The calendar year the plan's months belong to. */
  year: number;
  sources: SourceMilestone[];
  /** All assigned capital allocated to projects and entered into TABMIS by this day. */
  allocationDeadline: string | null;
  checkpoints: Checkpoint[];
  /** Lag of actual behind the plan to date, as a share of the plan to date: past `watch` a line is watched, past `atRisk` it is at risk. */
  tolerances: { watch: number; atRisk: number };
  /** The monthly pace needed may be at most this many times the best pace shown so far. */
  paceFactor: number;
  /** A submission without a commitment stamp, or changed since stamped, is a finding (stamp-missing, stamp-changed). */
  requireStamp?: boolean;
  /** The bodies obstacles and recommendations are routed to; the default list (concerns/answerers.ts) when absent. */
  answerers?: Answerer[];
}

/** A body obstacles and recommendations are routed to (concerns/answerers.ts has the default list). */
export interface Answerer {
  /** Short id, stable in the JSON report. */
  id: string;
  name: Text;
  /** Phrases (any case and accents) that say a matter is this body's. */
  keywords: string[];
}
