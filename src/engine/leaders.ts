/**
 * Results per responsible leader: the seed counts a sub-project's results in
 * its leader's year-end assessment, so the plan is read per leader too.
 * Leader names are matched as people write them: "Đ/c Nguyễn Văn An",
 * "PCT UBND huyện Nguyễn Văn An" and "nguyễn văn  an" are one person.
 */

import { itemLines, plannedToDate } from "./consolidate/periods";
import type { ValidateReport } from "./report-types";
import { fold } from "./text";

/** Titles and offices written around a leader's name, folded, longest first. */
const TITLES = [
  "pho chu tich uy ban nhan dan",
  "chu tich uy ban nhan dan",
  "uy ban nhan dan",
  "pho truong phong",
  "pho truong ban",
  "pho giam doc",
  "pho chu tich",
  "truong phong",
  "truong ban",
  "chu tich",
  "giam doc",
  "bi thu",
  "thi xa",
  "thanh pho",
  "ubnd",
  "pct",
  "ct",
  "pgd",
  "gd",
  "tp",
  "huyen",
  "tinh",
];
/** Forms of address, only where a name starts ("Bá" is also a middle name). */
const ADDRESS = ["dong chi", "d/c", "dc", "ong", "ba"];

/** One part of a name as written: its words without titles, and how many titles were dropped. */
function stripped(part: string): { key: string; titles: number } {
  let s = ` ${part} `;
  let titles = 0;
  for (const t of TITLES) {
    const pieces = s.split(` ${t} `);
    titles += pieces.length - 1;
    s = pieces.join(" ");
  }
  s = s.trim();
  for (const a of ADDRESS) {
    if (s.startsWith(`${a} `)) {
      s = s.slice(a.length + 1);
      titles++;
    }
  }
  return { key: s.replace(/\s+/g, " ").trim(), titles };
}

/**
 * A name as compared: folded, titles and offices dropped, single spaces; "" when nothing is left.
 * "Đ/c Nguyễn Văn An - PCT UBND huyện" is read in its parts and the part with fewest titles is the name.
 */
export function leaderKey(name: string): string {
  const parts = fold(name)
    .split(/[,;()\-–]+/)
    .map((p) => stripped(p.replace(/[.:]+/g, " ").replace(/\s+/g, " ").trim()))
    .filter((p) => p.key !== "");
  parts.sort((a, b) => a.titles - b.titles || b.key.split(" ").length - a.key.split(" ").length);
  return parts[0]?.key ?? "";
}

export interface LeaderResult {
  /** The name as first written (titles and all); "" for lines with no leader written. */
  leader: string;
  units: string[];
  /** Item lines in the leader's charge. */
  lines: number;
  /** Allocated capital per source, đồng. */
  bySource: Record<string, number>;
  allocated: number;
  plannedToDate: number;
  actualToDate: number;
  /** actualToDate / allocated; null when nothing is allocated. */
  rate: number | null;
  atRisk: number;
  lapsed: number;
}

export interface LeaderInput {
  unit: string;
  report: ValidateReport;
  /** The plan year the report's months fall in. */
  year: number;
}

/** Per leader, in order of first appearance; lines with no leader come last, under "". */
export function resultsByLeader(inputs: readonly LeaderInput[]): LeaderResult[] {
  const byKey = new Map<string, LeaderResult>();
  for (const { unit, report, year } of inputs) {
    for (const { table, line } of itemLines(report)) {
      const key = leaderKey(line.leader ?? "");
      let r = byKey.get(key);
      if (!r) {
        r = {
          leader: key === "" ? "" : line.leader!.trim(),
          units: [],
          lines: 0,
          bySource: {},
          allocated: 0,
          plannedToDate: 0,
          actualToDate: 0,
          rate: null,
          atRisk: 0,
          lapsed: 0,
        };
        byKey.set(key, r);
      }
      if (!r.units.includes(unit)) r.units.push(unit);
      r.lines++;
      r.bySource[line.source] = (r.bySource[line.source] ?? 0) + line.allocated;
      r.allocated += line.allocated;
      r.plannedToDate += plannedToDate(line, table, year, report.asOf);
      r.actualToDate += line.actualToDate ?? 0;
      if (line.status === "at-risk") r.atRisk++;
      if (line.status === "lapsed") r.lapsed++;
    }
  }
  const out = [...byKey.entries()].sort(([a], [b]) => (a === "" ? 1 : 0) - (b === "" ? 1 : 0)).map(([, r]) => r);
  for (const r of out) r.rate = r.allocated > 0 ? r.actualToDate / r.allocated : null;
  return out;
}
