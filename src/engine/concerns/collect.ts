/**
 * The obstacles and recommendations of accepted submissions, each routed to
 * the body that must answer it, with where it came from (unit, project,
 * code, file, sheet, row) and the line's status, for DPI's sheet "Kiến nghị,
 * vướng mắc" and the `concerns` field of `consolidate --json`.
 */

import type { LineStatus, ValidateReport } from "../report-types";
import type { Answerer } from "../profile";
import { DEFAULT_ANSWERERS } from "./answerers";
import { answererOf } from "./route";

export interface Concern {
  unit: string;
  file: string;
  sheet: string;
  row: number;
  label: string;
  code: string | null;
  source: string;
  status: LineStatus;
  kind: "obstacle" | "recommendation";
  text: string;
  /** The answerer's id (profile `answerers`, or the default list), or "chua-phan-loai". */
  answerer: string;
}

/**
 * Every concern of the reports, once per row (a row with one column group per source gives several lines
 * with the same text), grouped by answerer in the list's order, unclassified last.
 */
export function collectConcerns(
  inputs: readonly { unit: string; file: string; report: ValidateReport }[],
  answerers: readonly Answerer[] = DEFAULT_ANSWERERS,
): Concern[] {
  const out: Concern[] = [];
  for (const { unit, file, report } of inputs) {
    for (const table of report.tables) {
      const seen = new Set<string>();
      for (const line of table.lines) {
        for (const kind of ["obstacle", "recommendation"] as const) {
          const text = line[kind];
          if (!text || seen.has(`${line.row}\u0000${kind}`)) continue;
          seen.add(`${line.row}\u0000${kind}`);
          out.push({
            unit,
            file,
            sheet: table.sheet,
            row: line.row,
            label: line.label,
            code: line.code,
            source: line.source,
            status: line.status,
            kind,
            text,
            answerer: answererOf(text, answerers),
          });
        }
      }
    }
  }
  const rank = (id: string): number => {
    const i = answerers.findIndex((a) => a.id === id);
    return i < 0 ? answerers.length : i;
  };
  return out.sort((a, b) => rank(a.answerer) - rank(b.answerer));
}
