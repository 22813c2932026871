/**
 * The consolidated workbook as SheetSpecs: a one-page monthly briefing with
 * charts (briefing.ts), the summary by unit, programme and source, the at-risk lines, the
 * submissions (accepted, duplicate, rejected, missing), and, when run with
 * them, the Treasury reconciliation and the plan slippage. The file writer
 * and the Office.js adapter render these the same way.
 *
 * Text copied from submitted workbooks (names, labels, codes) goes in as a
 * cell value, which renderers always write as text: a label "=HYPERLINK(…)"
 * stays a label.
 */

import type { Profile } from "../profile";
import type { SheetSpec } from "../sheet-spec";
import { CONSOLIDATE_TEXT, type ConsolidateText } from "../text/consolidate";
import { formatDate, type Lang } from "../text/format";
import { ruleName } from "../text/rule-names";
import { type BriefingOptions, briefingSheet } from "./briefing";
import { accountabilitySheets, stampField } from "./accountability-sheets";
import { rateOf } from "./consolidate";
import { type Field, field, listSheet } from "./list-sheet";
import { type Column, type Value, col } from "./sheet-layout";
import type {
  Amounts,
  AtRiskLine,
  ConsolidatedFile,
  ConsolidateReport,
  ReconciliationDifference,
  SlippageLine,
  UnitTotal,
} from "./types";

/** Amount and rate columns name their unit in the header, so a printed page reads without its title. */
const money = (t: ConsolidateText, header: string, width: number): Column =>
  col(t.withUnit(header, t.units.vnd), width, "money");
const rate = (t: ConsolidateText, header: string, width: number): Column =>
  col(t.withUnit(header, t.units.percent), width, "rate");

function amountColumns(t: ConsolidateText): Column[] {
  return [
    money(t, t.allocated, 17),
    money(t, t.plannedTotal, 17),
    money(t, t.plannedToDate, 17),
    money(t, t.actualToDate, 17),
    rate(t, t.rate, 12),
    rate(t, t.planRate, 12),
  ];
}

function amountValues(a: Amounts): Value[] {
  return [
    a.allocated,
    a.plannedTotal,
    a.plannedToDate,
    a.actualToDate,
    rateOf(a),
    a.allocated > 0 ? a.plannedToDate / a.allocated : null,
  ];
}

function sumOf(list: readonly Amounts[]): Amounts {
  const s: Amounts = { allocated: 0, plannedTotal: 0, actualToDate: 0, plannedToDate: 0 };
  for (const a of list) {
    s.allocated += a.allocated;
    s.plannedTotal += a.plannedTotal;
    s.actualToDate += a.actualToDate;
    s.plannedToDate += a.plannedToDate;
  }
  return s;
}

/** Units in the order of the totals, each with its rows. */
function byUnit(totals: readonly UnitTotal[]): Map<string, UnitTotal[]> {
  const m = new Map<string, UnitTotal[]>();
  for (const t of totals) m.set(t.unit, [...(m.get(t.unit) ?? []), t]);
  return m;
}

function summarySheet(r: ConsolidateReport, t: ConsolidateText): SheetSpec {
  const rows: Value[][] = [];
  const bold = new Set<number>();
  let n = 0;
  for (const [unit, list] of byUnit(r.totals)) {
    bold.add(rows.length);
    rows.push([String(++n), unit, t.unitTotal, null, ...amountValues(sumOf(list))]);
    for (const x of list) {
      rows.push([
        null,
        null,
        x.programme ? t.programmes[x.programme] : t.allProgrammes,
        t.sourceName(x.source),
        ...amountValues(x),
      ]);
    }
  }
  bold.add(rows.length);
  rows.push([null, t.total, null, null, ...amountValues(r.grandTotal)]);
  const columns = [col(t.stt, 6), col(t.unit, 28), col(t.programme, 26), col(t.source, 22), ...amountColumns(t)];
  return listSheet(t.sheets.summary, t.title, t.asOf(r.asOf), columns, rows, { boldRows: bold });
}

/** A money field, its header naming the unit. */
const moneyField = <T>(t: ConsolidateText, header: string, width: number, value: (item: T) => Value): Field<T> =>
  field(t.withUnit(header, t.units.vnd), width, value, "money");

/** A list sheet of items numbered from 1 (the STT column), one row each. */
function numberedListSheet<T>(
  t: ConsolidateText,
  sheet: string,
  title: string,
  asOf: string,
  fields: Field<T>[],
  items: readonly T[],
  howTo?: string,
): SheetSpec {
  const columns = [col(t.stt, 6), ...fields];
  const rows = items.map((item, i): Value[] => [String(i + 1), ...fields.map((f) => f.value(item))]);
  return listSheet(sheet, title, t.asOf(asOf), columns, rows, { howTo });
}

/** A plan line listed by unit, name, code and source, and pointed at in its submission (file, sheet, row). */
type ListedLine = Pick<AtRiskLine & SlippageLine, "unit" | "label" | "code" | "source" | "file" | "sheet" | "row">;

function lineFields<T extends ListedLine>(t: ConsolidateText, labelWidth: number): Field<T>[] {
  return [
    field(t.unit, 22, (l) => l.unit),
    field(t.label, labelWidth, (l) => l.label),
    field(t.code, 11, (l) => l.code),
    field(t.source, 20, (l) => t.sourceName(l.source)),
  ];
}

function whereFields<T extends ListedLine>(t: ConsolidateText): Field<T>[] {
  return [field(t.file, 24, (l) => l.file), field(t.sheet, 16, (l) => l.sheet), field(t.row, 7, (l) => l.row, "int")];
}

function atRiskSheet(r: ConsolidateReport, t: ConsolidateText, lang: Lang): SheetSpec {
  return numberedListSheet<AtRiskLine>(
    t,
    t.sheets.atRisk,
    t.atRiskTitle,
    r.asOf,
    [
      ...lineFields(t, 36),
      field(t.deadline, 11, (l) => (l.deadline ? formatDate(l.deadline) : null)),
      moneyField(t, t.allocated, 16, (l) => l.allocated),
      moneyField(t, t.actualToDate, 16, (l) => l.actualToDate),
      field(t.status, 12, (l) => t.lineStatus[l.status]),
      field(t.rules, 30, (l) => l.rules.map((rule) => ruleName(rule, lang)).join("; ")),
      ...whereFields(t),
    ],
    r.atRisk,
  );
}

function filesSheet(r: ConsolidateReport, t: ConsolidateText): SheetSpec {
  const spec = numberedListSheet<ConsolidatedFile>(
    t,
    t.sheets.files,
    t.filesTitle,
    r.asOf,
    [
      field(t.file, 34, (f) => f.file),
      field(t.unit, 28, (f) => f.unit),
      field(t.status, 14, (f) => t.fileStatus[f.status]),
      field(t.reason, 48, (f) => (f.keptFile ? t.keptInstead(f.keptFile) : f.reason)),
      field(t.lines, 9, (f) => f.lines, "int"),
      field(t.errors, 9, (f) => f.errors, "int"),
      stampField(r.lang),
    ],
    r.files,
  );
  let row = 4 + r.files.length + 2;
  const listed = (title: string, names: string[]): void => {
    spec.cells.push({ row: row++, col: 2, value: title, style: { bold: true } });
    for (const name of names.length > 0 ? names : [t.none]) spec.cells.push({ row: row++, col: 2, value: name });
    row++;
  };
  if (r.missingUnits) listed(t.missingTitle, r.missingUnits);
  // Said apart from the file list too: these units' money is missing from every total.
  if (r.unexpectedUnits && r.unexpectedUnits.length > 0) listed(t.unexpectedTitle, r.unexpectedUnits);
  return spec;
}

function reconciliationSheet(r: ConsolidateReport, t: ConsolidateText): SheetSpec {
  return numberedListSheet<ReconciliationDifference>(
    t,
    t.sheets.reconciliation,
    t.reconciliationTitle,
    r.asOf,
    [
      field(t.unit, 26, (d) => d.unit),
      field(t.code, 12, (d) => d.code),
      field(t.source, 20, (d) => (d.source ? t.sourceName(d.source) : null)),
      field(t.field, 22, (d) => t.fields[d.field]),
      moneyField(t, t.workbook, 17, (d) => d.workbook),
      moneyField(t, t.treasury, 17, (d) => d.treasury),
      moneyField(t, t.difference, 17, (d) => d.difference),
      field(t.note, 30, (d) => (d.missingIn ? t.missingIn[d.missingIn] : null)),
    ],
    r.reconciliation ?? [],
  );
}

function slippageSheet(r: ConsolidateReport, t: ConsolidateText): SheetSpec {
  return numberedListSheet<SlippageLine>(
    t,
    t.sheets.slippage,
    t.slippageTitle,
    r.asOf,
    [
      ...lineFields(t, 34),
      field(t.change, 30, (s) => t.changes[s.change]),
      moneyField(t, t.previous, 16, (s) => s.previous),
      moneyField(t, t.current, 16, (s) => s.current),
      field(t.month, 7, (s) => s.month, "int"),
      ...whereFields(t),
    ],
    r.slippage ?? [],
    t.slippageHowTo,
  );
}

/** Every sheet of the consolidated workbook, briefing first. */
export function consolidationSheets(
  r: ConsolidateReport,
  profile: Profile,
  lang: Lang,
  briefing: BriefingOptions = {},
): SheetSpec[] {
  const t = CONSOLIDATE_TEXT[lang];
  const sheets = [
    briefingSheet(r, t, profile, lang, briefing),
    summarySheet(r, t),
    atRiskSheet(r, t, lang),
    filesSheet(r, t),
    ...accountabilitySheets(r, profile, lang),
  ];
  if (r.reconciliation) sheets.push(reconciliationSheet(r, t));
  if (r.slippage) sheets.push(slippageSheet(r, t));
  return sheets;
}
