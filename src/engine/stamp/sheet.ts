/**
 * The visible "Xác nhận" block: a printable sheet stating what was committed
 * to, by whom and when, with room for the leader's signature. It only shows
 * the record kept in the metadata part; deleting the sheet loses nothing.
 */

import type { CellSpec, SheetSpec } from "../sheet-spec";
import { ACCOUNTABILITY_TEXT, formatStampTime } from "../text/accountability";
import { formatDate, type Lang } from "../text/format";
import type { StampRecord } from "./stamp";

export function stampSheet(stamp: StampRecord, lang: Lang): SheetSpec {
  const t = ACCOUNTABILITY_TEXT[lang];
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: t.stampTitle, style: { bold: true, fontSize: 14, horizontal: "center" } },
    { row: 3, col: 1, value: t.stampIntro, style: { italic: true, wrap: true, vertical: "top" } },
  ];
  const facts: [string, string][] = [
    [t.stampUnit, stamp.unit ?? ""],
    [t.stampLeader, stamp.leader],
    [t.stampPosition, stamp.position],
    [t.stampAt, formatStampTime(stamp.at)],
    [t.stampProfile, stamp.profile],
    [t.stampAsOf, formatDate(stamp.asOf)],
    [t.stampLines, String(stamp.summary.lines)],
    [t.stampCheck, t.stampFindings(stamp.summary.errors, stamp.summary.warnings)],
    [t.stampFingerprint, stamp.fingerprint],
  ];
  const label = { bold: true, border: true, vertical: "top" as const, fill: "DDEBF7" };
  const value = { border: true, wrap: true, vertical: "top" as const };
  facts.forEach(([k, v], i) => {
    cells.push({ row: 5 + i, col: 1, value: k, style: label }, { row: 5 + i, col: 2, value: v, style: value });
  });
  const sign = 5 + facts.length + 2;
  cells.push(
    { row: sign, col: 2, value: t.stampSign, style: { bold: true, horizontal: "center" } },
    { row: sign + 1, col: 2, value: t.stampSignHint, style: { italic: true, horizontal: "center" } },
    {
      row: sign + 5,
      col: 2,
      value: `${stamp.position} ${stamp.leader}`.trim(),
      style: { bold: true, horizontal: "center" },
    },
    { row: sign + 7, col: 1, value: t.stampRemovable, style: { italic: true, fontSize: 9, wrap: true } },
  );
  return {
    name: t.stampSheet,
    cells,
    columnWidths: { 1: 28, 2: 66 },
    rowHeights: { 3: 48, [5 + facts.length - 1]: 30, [sign + 7]: 26 },
    merges: ["A1:B1", "A3:B3", `A${sign + 7}:B${sign + 7}`],
    print: { paper: "A4", orientation: "portrait", fitToWidth: true },
    tabColor: "375623",
  };
}
