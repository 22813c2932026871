/**
 * The mapping editor's data: each detected table's header and column roles
 * with detection's confidence, the roles a column may be given, and the
 * workbook metadata with a confirmed mapping saved in it. Pure; tested in
 * mocha.
 */

import { columnLetter } from "../../engine/grid";
import type { PlanTable } from "../../engine/detect";
import { IGNORE_ROLE, mappingOf, parseRoleName } from "../../engine/detect/mapping";
import type { AddinMetadata, ColumnMapping } from "../../engine/metadata";
import type { UiStrings } from "../../i18n/ui";

/** Below this, detection is unsure of a role and the pane offers the mapping editor. */
export const UNSURE_BELOW = 0.6;

export interface ColumnChoice {
  letter: string;
  /** The header as written (group titles joined with " / "). */
  title: string;
  role: string;
  confidence: number;
}

export interface DetectedTable {
  sheet: string;
  headerRows: number[];
  columns: ColumnChoice[];
  /** No unit was written; it was guessed from the size of the amounts. */
  unitGuessed: boolean;
}

export function detectedTable(table: PlanTable): DetectedTable {
  const { headers, roles } = mappingOf(table.sheet, table.headerRows, table.columns);
  const confidence = new Map(table.columns.map((c) => [columnLetter(c.col), c.confidence]));
  return {
    sheet: table.sheet,
    headerRows: [...table.headerRows],
    columns: Object.keys(headers).map((letter) => ({
      letter,
      title: headers[letter],
      role: roles[letter],
      confidence: confidence.get(letter)!,
    })),
    unitGuessed: table.unitConfidence < UNSURE_BELOW,
  };
}

/** Detection is unsure of some role it gave, or of the unit. */
export function isUnsure(table: DetectedTable): boolean {
  return table.unitGuessed || table.columns.some((c) => c.role !== IGNORE_ROLE && c.confidence < UNSURE_BELOW);
}

const PLAIN_ROLES = ["stt", "label", "code", "owner", "leader", "source", "note", "obstacle", "recommendation", "rate"];

/**
 * Every role a column of this table may take: the plain roles, then the
 * amount roles for each capital source the table names (and for none).
 * A column's current role is always among them.
 */
export function roleChoices(table: DetectedTable): string[] {
  const sources = new Set<string>();
  for (const c of table.columns) {
    const parsed = parseRoleName(c.role);
    if (parsed?.source) sources.add(parsed.source);
  }
  const amount = (source: string): string[] => [
    `allocated:${source}`,
    ...Array.from({ length: 12 }, (_, i) => `planned:${source}:${i + 1}`),
    ...Array.from({ length: 4 }, (_, i) => `planned:${source}:Q${i + 1}`),
    `planned-total:${source}`,
    `actual:${source}`,
    `cumulative:${source}`,
  ];
  const choices = [IGNORE_ROLE, ...PLAIN_ROLES, ...[...sources, ""].flatMap(amount)].map((r) => r.replace(/:$/, ""));
  for (const c of table.columns) if (!choices.includes(c.role)) choices.push(c.role);
  return choices;
}

/** The table's roles as they stand in the editor, as a mapping to save. */
export function mappingFromChoices(table: DetectedTable, roles: Record<string, string>): ColumnMapping {
  const mapping: ColumnMapping = { sheet: table.sheet, headerRows: [...table.headerRows], headers: {}, roles: {} };
  for (const c of table.columns) {
    mapping.headers[c.letter] = c.title;
    mapping.roles[c.letter] = roles[c.letter] ?? c.role;
  }
  return mapping;
}

/** The metadata with this mapping saved, replacing one saved earlier for the same table. */
export function withMapping(meta: AddinMetadata | null, mapping: ColumnMapping): AddinMetadata {
  const base: AddinMetadata = meta ?? { version: 1 };
  const same = (m: ColumnMapping) =>
    m.sheet === mapping.sheet && m.headerRows.join(",") === mapping.headerRows.join(",");
  return { ...base, mappings: [...(base.mappings ?? []).filter((m) => !same(m)), mapping] };
}

/** A role as the user reads it: "Kế hoạch tháng 3 — Kế hoạch vốn năm 2024". */
export function roleLabel(name: string, t: UiStrings, sourceName: (id: string) => string): string {
  const r = parseRoleName(name);
  if (!r) return name;
  const period = r.month !== null ? ` ${t.month(r.month)}` : r.quarter !== null ? ` ${t.quarter(r.quarter)}` : "";
  const role = `${t.roles[r.role === "other" ? IGNORE_ROLE : r.role] ?? r.role}${period}`;
  return r.source ? `${role} — ${sourceName(r.source)}` : role;
}
