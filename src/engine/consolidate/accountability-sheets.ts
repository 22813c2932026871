/**
 * The consolidated workbook's accountability sheets: results per responsible
 * leader ("Theo lãnh đạo phụ trách") and the units' obstacles and
 * recommendations grouped by the body that must answer them ("Kiến nghị,
 * vướng mắc"); and the stamp state column of "Hồ sơ nộp".
 */

import { columnLetter } from "../grid";
import type { Profile } from "../profile";
import type { SheetSpec } from "../sheet-spec";
import { DEFAULT_ANSWERERS, UNCLASSIFIED } from "../concerns/answerers";
import { ACCOUNTABILITY_TEXT, stampStateText } from "../text/accountability";
import { CONSOLIDATE_TEXT } from "../text/consolidate";
import type { Lang } from "../text/format";
import { type Field, field, listSheet } from "./list-sheet";
import { type Value, col } from "./sheet-layout";
import type { ConsolidatedFile, ConsolidateReport } from "./types";

/** "Hồ sơ nộp": the commitment stamp's state of each file, with the finding when the profile requires one. */
export function stampField(lang: Lang): Field<ConsolidatedFile> {
  const t = ACCOUNTABILITY_TEXT[lang];
  return field(t.stampColumn, 44, (f) =>
    f.stamp ? stampStateText(f.stamp, lang) + (f.stamp.finding ? ` [${f.stamp.finding.rule}]` : "") : null,
  );
}

function leadersSheet(r: ConsolidateReport, lang: Lang): SheetSpec {
  const t = ACCOUNTABILITY_TEXT[lang];
  const c = CONSOLIDATE_TEXT[lang];
  const leaders = r.leaders ?? [];
  const sources = [...new Set(leaders.flatMap((l) => Object.keys(l.bySource)))].sort();
  const columns = [
    col(c.stt, 6),
    col(t.leader, 30),
    col(t.units, 24),
    col(t.lines, 8, "int"),
    ...sources.map((s) => col(`${t.allocated}: ${c.sourceName(s)}`, 17, "money")),
    col(t.allocated, 17, "money"),
    col(t.plannedToDate, 17, "money"),
    col(t.actualToDate, 17, "money"),
    col(t.rate, 10, "rate"),
    col(t.atRisk, 10, "int"),
    col(t.lapsed, 10, "int"),
  ];
  const rows: Value[][] = leaders.map((l, i) => [
    String(i + 1),
    l.leader || t.noLeader,
    l.units.join(", "),
    l.lines,
    ...sources.map((s) => l.bySource[s] ?? 0),
    l.allocated,
    l.plannedToDate,
    l.actualToDate,
    l.rate,
    l.atRisk,
    l.lapsed,
  ]);
  const sum = (f: (l: (typeof leaders)[number]) => number): number => leaders.reduce((s, l) => s + f(l), 0);
  const allocated = sum((l) => l.allocated);
  const actual = sum((l) => l.actualToDate);
  rows.push([
    null,
    c.total,
    null,
    sum((l) => l.lines),
    ...sources.map((s) => sum((l) => l.bySource[s] ?? 0)),
    allocated,
    sum((l) => l.plannedToDate),
    actual,
    allocated > 0 ? actual / allocated : null,
    sum((l) => l.atRisk),
    sum((l) => l.lapsed),
  ]);
  return listSheet(t.leadersSheet, t.leadersTitle, c.asOf(r.asOf), columns, rows, {
    boldRows: new Set([rows.length - 1]),
  });
}

function concernsSheet(r: ConsolidateReport, profile: Profile, lang: Lang): SheetSpec {
  const t = ACCOUNTABILITY_TEXT[lang];
  const c = CONSOLIDATE_TEXT[lang];
  const answerers = profile.answerers ?? DEFAULT_ANSWERERS;
  const nameOf = (id: string): string =>
    id === UNCLASSIFIED ? t.unclassified : (answerers.find((a) => a.id === id)?.name[lang] ?? id);
  const columns = [
    col(c.stt, 6),
    col(c.unit, 22),
    col(t.project, 34),
    col(t.code, 10),
    col(t.kindHeader, 12),
    col(t.text, 50),
    col(t.status, 12),
    col(c.file, 24),
    col(c.sheet, 14),
    col(c.row, 7, "int"),
  ];
  const rows: Value[][] = [];
  const bold = new Set<number>();
  let group: string | null = null;
  let n = 0;
  for (const k of r.concerns ?? []) {
    if (k.answerer !== group) {
      group = k.answerer;
      n = 0;
      bold.add(rows.length);
      const count = (r.concerns ?? []).filter((x) => x.answerer === group).length;
      rows.push([null, `${t.answerer}: ${nameOf(group)} (${count})`, null, null, null, null, null, null, null, null]);
    }
    rows.push([
      String(++n),
      k.unit,
      k.label,
      k.code,
      t.kind[k.kind],
      k.text,
      c.lineStatus[k.status],
      k.file,
      k.sheet,
      k.row,
    ]);
  }
  const spec = listSheet(t.concernsSheet, t.concernsTitle, c.asOf(r.asOf), columns, rows, { boldRows: bold });
  // A group's heading reads across the row (the table starts under the header in row 5).
  for (const i of bold) spec.merges!.push(`B${5 + i}:${columnLetter(columns.length)}${5 + i}`);
  return spec;
}

export function accountabilitySheets(r: ConsolidateReport, profile: Profile, lang: Lang): SheetSpec[] {
  return [leadersSheet(r, lang), concernsSheet(r, profile, lang)];
}
