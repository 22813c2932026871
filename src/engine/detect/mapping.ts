/**
 * Column mappings the user confirmed (metadata.ts ColumnMapping) applied to
 * detection: when a table's header still reads as it did when the mapping
 * was saved, the saved roles replace the detected ones. A header that
 * changed means the mapping may no longer fit, so detection decides again.
 *
 * A role is named as one string so it can be stored and chosen from a list:
 * "label", "code", "owner", … for columns without a source or period;
 * "<role>:<source>" ("allocated:plan-2024"); "<role>:<source>:<period>" with
 * a month number or a quarter "Q1".."Q4" ("planned:plan-2024:3"); an empty
 * source when the column names none ("planned::Q2"); "ignore" for a column
 * the tables do not read.
 */

import { columnLetter } from "../grid";
import type { ColumnMapping } from "../metadata";
import type { ColumnInfo, Role } from "./columns";

export const IGNORE_ROLE = "ignore";

/** Roles whose columns carry a capital source (and, for some, a period). */
const SOURCED: ReadonlySet<Role> = new Set(["allocated", "planned", "planned-total", "actual", "cumulative", "amount"]);
const PLAIN: ReadonlySet<Role> = new Set([
  "stt",
  "label",
  "code",
  "owner",
  "leader",
  "source",
  "note",
  "obstacle",
  "recommendation",
  "rate",
  "unit-code",
  "area",
  "plan-year",
]);

/** The stored name of a column's role. */
export function roleName(c: Pick<ColumnInfo, "role" | "source" | "month" | "quarter">): string {
  if (c.role === "other") return IGNORE_ROLE;
  if (!SOURCED.has(c.role)) return c.role;
  const period = c.month !== null ? String(c.month) : c.quarter !== null ? `Q${c.quarter}` : null;
  return [c.role, c.source ?? "", ...(period === null ? [] : [period])].join(":").replace(/:$/, "");
}

export type MappedRole = Pick<ColumnInfo, "role" | "source" | "month" | "quarter">;

/** A stored role name read back; null when it names no role this version knows. */
export function parseRoleName(name: string): MappedRole | null {
  if (name === IGNORE_ROLE) return { role: "other", source: null, month: null, quarter: null };
  const [role, source, period, ...rest] = name.split(":");
  if (rest.length > 0) return null;
  if (PLAIN.has(role as Role))
    return source === undefined ? { role: role as Role, source: null, month: null, quarter: null } : null;
  if (!SOURCED.has(role as Role)) return null;
  const out: MappedRole = { role: role as Role, source: source ? source : null, month: null, quarter: null };
  if (period === undefined) return out;
  const m = /^(?:(\d{1,2})|Q([1-4]))$/.exec(period);
  if (!m) return null;
  if (m[1] !== undefined) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return null;
    out.month = month;
  } else {
    out.quarter = Number(m[2]);
  }
  return out;
}

/** Header texts compare with runs of white space (line breaks in merged cells) as one space. */
function sameHeader(a: string, b: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, " ").trim();
  return squash(a) === squash(b);
}

/** Columns under a header text: a column with none is not the user's to map. */
function titled(columns: readonly ColumnInfo[]): ColumnInfo[] {
  return columns.filter((c) => c.title.trim() !== "");
}

/** A table's columns as a mapping, to show the user and to save once confirmed. */
export function mappingOf(sheet: string, headerRows: number[], columns: readonly ColumnInfo[]): ColumnMapping {
  const headers: Record<string, string> = {};
  const roles: Record<string, string> = {};
  for (const c of titled(columns)) {
    const letter = columnLetter(c.col);
    headers[letter] = c.title;
    roles[letter] = roleName(c);
  }
  return { sheet, headerRows: [...headerRows], headers, roles };
}

/** Whether a saved mapping still fits these columns: same sheet and every saved header text unchanged. */
function mappingFits(mapping: ColumnMapping, sheet: string, columns: readonly ColumnInfo[]): boolean {
  if (mapping.sheet !== sheet) return false;
  const titles = new Map(titled(columns).map((c) => [columnLetter(c.col), c.title]));
  const letters = Object.keys(mapping.headers);
  if (letters.length !== titles.size) return false;
  return letters.every((l) => titles.has(l) && sameHeader(titles.get(l)!, mapping.headers[l]));
}

/** The saved mapping for a table, preferring one saved at the same header rows. */
export function findMapping(
  mappings: readonly ColumnMapping[] | undefined,
  sheet: string,
  headerRows: readonly number[],
  columns: readonly ColumnInfo[],
): ColumnMapping | null {
  const fitting = (mappings ?? []).filter((m) => mappingFits(m, sheet, columns));
  const sameRows = fitting.find((m) => m.headerRows.join(",") === headerRows.join(","));
  return sameRows ?? fitting[0] ?? null;
}

/**
 * Gives the columns the mapping's roles, as the user confirmed them (full
 * confidence). A column whose saved role is unchanged keeps what detection
 * knew of it (the capital part of a split allocation); a role name this
 * version cannot read leaves the column as detected.
 */
export function applyMapping(columns: ColumnInfo[], mapping: ColumnMapping): void {
  for (const c of columns) {
    const name = mapping.roles[columnLetter(c.col)];
    if (name === undefined) continue;
    const mapped = parseRoleName(name);
    if (!mapped) continue;
    if (name !== roleName(c)) Object.assign(c, mapped, { part: null });
    c.confidence = 1;
  }
}
