/**
 * What the reader made of a generated workbook, against the layout's ground
 * truth: per field, how many were compared and which were missed.
 */

import type { Grid } from "../../src/engine/grid";
import { readWorkbook } from "../../src/engine/validate";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import type { PlanLine, TableData } from "../../src/engine/lines";
import { sameReportingUnit, reportingUnitFromTitle } from "../../src/engine/consolidate/reporting-unit";
import type { Layout, TruthLine, TruthTable } from "./layout";

export interface Miss {
  seed: number;
  field: string;
  where: string;
  expected: unknown;
  got: unknown;
}

export class Tally {
  readonly compared = new Map<string, number>();
  readonly missed = new Map<string, number>();
  readonly misses: Miss[] = [];

  check(seed: number, field: string, where: string, expected: unknown, got: unknown): boolean {
    this.compared.set(field, (this.compared.get(field) ?? 0) + 1);
    if (JSON.stringify(expected) === JSON.stringify(got)) return true;
    this.missed.set(field, (this.missed.get(field) ?? 0) + 1);
    this.misses.push({ seed, field, where, expected, got });
    return false;
  }

  accuracy(field: string): number {
    const n = this.compared.get(field) ?? 0;
    return n === 0 ? 1 : 1 - (this.missed.get(field) ?? 0) / n;
  }

  fields(): string[] {
    return [...this.compared.keys()].sort();
  }
}

/** The fields of a line, compared one by one. */
const LINE_FIELDS = ["kind", "parent", "breakdown", "source", "allocated", "planned", "quarters", "actual"] as const;

/** The unit name the title rows give, cell by cell, as the consolidation reads it. */
function issuerOf(tables: TableData[]): string | null {
  const t = tables[0]?.table;
  return t ? reportingUnitFromTitle(t.titleCells) : null;
}

export function compareLayout(layout: Layout, grids: Grid[], tally: Tally): void {
  const seed = layout.seed;
  const tables = readWorkbook(grids, QUANG_NAM_2024);
  const issuer = issuerOf(tables);
  tally.check(
    seed,
    "issuer",
    "title",
    true,
    issuer !== null && sameReportingUnit(layout.truth.issuer, issuer) ? true : `${issuer}`,
  );

  const matched = new Set<TableData>();
  for (const t of layout.truth.tables) {
    const found = tables.find(
      (d) =>
        !matched.has(d) &&
        d.table.sheet === t.sheet &&
        d.table.headerRows.includes(t.headerRows[t.headerRows.length - 1]),
    );
    if (!tally.check(seed, "table found", t.sheet, true, found !== undefined) || !found) continue;
    matched.add(found);
    compareTable(seed, t, found, tally);
  }
  for (const d of tables) {
    if (!matched.has(d))
      tally.check(seed, "extra table", `${d.table.sheet}!${d.table.headerRows[0]}`, "none", "read as a plan table");
  }
}

function compareTable(seed: number, t: TruthTable, d: TableData, tally: Tally): void {
  const at = (what: string): string => `${t.sheet}!${what}`;
  tally.check(seed, "header rows", at("header"), t.headerRows, d.table.headerRows);
  tally.check(seed, "granularity", at("table"), t.granularity, d.table.granularity);
  if (t.unitStated) tally.check(seed, "money unit", at("table"), t.unit, d.table.unit);
  else tally.check(seed, "unsure unit flagged", at("table"), true, d.table.unitConfidence < 0.5);
  for (const c of t.columns) {
    const got = d.table.columns.find((k) => k.col === c.col);
    const gotRole = got
      ? {
          role: got.role,
          month: got.month,
          quarter: got.quarter,
          source: c.source === null ? null : got.source,
          part: c.part === null ? null : got.part,
        }
      : null;
    tally.check(
      seed,
      "column role",
      at(`col ${c.col} "${got?.title ?? ""}"`),
      { role: c.role, month: c.month, quarter: c.quarter, source: c.source, part: c.part },
      gotRole,
    );
  }

  const byRow = new Map<number, PlanLine[]>();
  for (const l of d.lines) byRow.set(l.row, [...(byRow.get(l.row) ?? []), l]);
  const used = new Set<PlanLine>();
  // With no unit written anywhere the amounts are a guess the reader must flag (checked above), not a reading.
  const amountsKnown = t.unitStated;
  for (const e of t.lines) {
    const candidates = byRow.get(e.row) ?? [];
    const line = e.source === "*" || e.breakdown ? candidates[0] : candidates.find((l) => l.source === e.source);
    const where = at(`row ${e.row} ${e.source}`);
    if (!tally.check(seed, "line found", where, true, line !== undefined) || !line) continue;
    used.add(line);
    compareLine(seed, amountsKnown ? e : { ...e, amounts: false }, line, where, tally);
  }
  for (const l of d.lines) {
    if (used.has(l)) continue;
    const truthRow = t.lines.some((e) => e.row === l.row && (e.source === "*" || e.breakdown));
    if (!truthRow) tally.check(seed, "extra line", at(`row ${l.row} ${l.source}`), "none", `${l.kind} ${l.label}`);
  }
}

function compareLine(seed: number, e: TruthLine, l: PlanLine, where: string, tally: Tally): void {
  for (const f of LINE_FIELDS) {
    if (!e.amounts && !["kind", "parent", "breakdown"].includes(f)) continue;
    if (f === "source" && e.source === "*") continue;
    const [expected, got] =
      f === "kind"
        ? [e.kind, l.kind]
        : f === "parent"
          ? [e.parentRow, l.parentRow]
          : f === "breakdown"
            ? [e.breakdown, l.breakdown]
            : f === "source"
              ? [e.source, l.source]
              : f === "allocated"
                ? [e.allocated, l.allocated]
                : f === "planned"
                  ? [e.planned, l.planned]
                  : f === "quarters"
                    ? [e.quarters, l.quarters]
                    : [e.actual, l.actualToDate];
    tally.check(seed, f, where, expected, got);
  }
}
