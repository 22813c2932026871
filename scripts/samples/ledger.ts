/** What the sample generators record of the workbooks they write: for examples/README.md and the expected results. */
import type { SourceId } from "./plan-amounts";

export type Unit = "million-vnd" | "thousand-vnd" | "vnd";

/** A deliberate mistake (or a finding that is its direct consequence). */
export interface Mistake {
  file: string;
  sheet: string;
  cell: string;
  rule: string;
  note: string;
  /** true when this finding follows from another mistake rather than being one itself. */
  consequence?: boolean;
}

/** What a generated table looks like, for examples/README.md and the expected-results file. */
export interface TableInfo {
  file: string;
  sheet: string;
  layout: string;
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  unit: Unit;
  granularity: "month" | "quarter" | "month+quarter";
  sources: SourceId[];
  programmes: string[];
  /** Realistic awkward features that are not mistakes. */
  features: string[];
}

export class Ledger {
  readonly mistakes: Mistake[] = [];
  readonly tables: TableInfo[] = [];
  readonly otherSheets: { file: string; sheet: string; note: string }[] = [];
  add(m: Mistake): void {
    this.mistakes.push(m);
  }
}
