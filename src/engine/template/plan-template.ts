/**
 * Allocation list + profile + granularity -> the SheetSpec of a
 * disbursement plan, right by construction: title and unit lines, a merged
 * two-row header, STT levels, one row per line and source with its
 * deadline, month and/or quarter input cells, totals, rates and group rows
 * as formulas, protection with only the input cells open, validation that
 * refuses negative amounts and months after a source's deadline,
 * conditional formats that show a breach as it is typed, frozen headers, A3
 * print setup and a signature block. What it writes is what the reader
 * detects: the generated plan, filled on plan, validates clean.
 */

import { a1, columnLetter } from "../grid";
import { MONEY_UNIT_EXPONENT } from "../money";
import type { Profile } from "../profile";
import type { Granularity } from "../report-types";
import type { CellSpec, CellStyle, ConditionalFormatSpec, DataValidationSpec, SheetSpec } from "../sheet-spec";
import type { AllocationList, SplitKey } from "./allocation";
import { SPLIT_KEYS } from "./allocation";
import { type OutlineNode, outline } from "./outline";

export interface TemplateOptions {
  granularity: Granularity;
  profile: Profile;
  /** The unit making the plan ("Huyện Quế Sơn"); an open cell to type it in when absent. */
  unitName?: string;
  sheetName?: string;
  /** Months after a source's deadline: refused ("stop", the default) or warned. */
  deadlineCheck?: "stop" | "warning";
  /** ISO day the plan is made for: written as the report day, which the unit can change (blank otherwise). */
  asOf?: string;
}

/** One sheet row of a plan line and one source: what a test or a caller fills in. */
export interface TemplateLine {
  row: number;
  source: string;
  allocated: number;
  deadline: string | null;
}

export interface PlanTemplate {
  spec: SheetSpec;
  lines: TemplateLine[];
  /** Input columns: per month (1–12) and per quarter (1–4) where they are inputs, and the actual to date. */
  inputs: { months: number[]; quarters: number[]; actual: number };
  headerRows: [number, number];
  /** The cell of the day actuals are reported at (blank: actuals are not judged against the deadline yet). */
  reportDate: { row: number; col: number };
  /** Every column by its key ("allocated", "month:3", "plannedTotal", "actual", …). */
  columns: Record<string, number>;
}

const UNIT_TEXT = {
  "billion-vnd": "tỷ đồng",
  "million-vnd": "triệu đồng",
  "thousand-vnd": "nghìn đồng",
  vnd: "đồng",
} as const;
const SPLIT_TITLE: Record<SplitKey, string> = {
  nstw: "NSTW",
  nsdp: "NSĐP",
  investment: "Chi ĐTPT",
  recurrent: "Chi SN",
};
const ROMAN = ["I", "II", "III", "IV"];
/** The report day's cell, under the title. */
const REPORT_DATE = { row: 4, col: 3 } as const;

const HEADER: CellStyle = {
  bold: true,
  border: true,
  horizontal: "center",
  vertical: "middle",
  wrap: true,
  fill: "DDEBF7",
  fontSize: 10,
};
const AMOUNT_FORMAT = '#,##0.0##;-#,##0.0##;"-"';
const TEXT: CellStyle = { border: true, vertical: "middle", wrap: true, fontSize: 10 };
const INPUT_FILL = "FFF2CC";

/** The text a source is written as: what the reader reads back as the same source id. */
export function sourceText(source: string, year: number): string {
  const carry = /^carryover-(\d{4})$/.exec(source);
  if (carry) return `Vốn năm ${carry[1]} kéo dài sang ${year}`;
  const plan = /^plan-(\d{4})$/.exec(source);
  return plan ? `Kế hoạch vốn năm ${plan[1]}` : source;
}

/** An ISO day as an Excel serial day (1900 system). */
function serialDay(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

interface Column {
  key: string;
  /** Header: a group title over several leaves, or one title over both rows. */
  group: string | null;
  title: string;
  width: number;
}

function columnsFor(allocation: AllocationList, granularity: Granularity): Column[] {
  const cols: Column[] = [
    { key: "stt", group: null, title: "STT", width: 5 },
    { key: "label", group: null, title: "Tên chương trình, dự án, tiểu dự án, nội dung", width: 42 },
    { key: "code", group: null, title: "Mã dự án", width: 10 },
    { key: "owner", group: null, title: "Chủ đầu tư", width: 20 },
    { key: "leader", group: null, title: "Lãnh đạo phụ trách", width: 24 },
    { key: "source", group: null, title: "Nguồn vốn", width: 26 },
    { key: "deadline", group: null, title: "Hạn giải ngân", width: 11 },
  ];
  const splits = SPLIT_KEYS.filter((k) => allocation.items.some((i) => i.sources.some((s) => s[k] !== undefined)));
  const allocated = "Kế hoạch vốn được giao";
  if (splits.length === 0) cols.push({ key: "allocated", group: null, title: allocated, width: 13 });
  else {
    cols.push({ key: "allocated", group: allocated, title: "Tổng số", width: 13 });
    for (const k of splits) cols.push({ key: `split:${k}`, group: allocated, title: SPLIT_TITLE[k], width: 11 });
  }
  if (granularity !== "quarter") {
    for (let m = 1; m <= 12; m++) {
      cols.push({ key: `month:${m}`, group: "Kế hoạch giải ngân theo tháng", title: `Tháng ${m}`, width: 10 });
    }
  }
  if (granularity !== "month") {
    for (let q = 1; q <= 4; q++) {
      cols.push({ key: `quarter:${q}`, group: "Kế hoạch giải ngân theo quý", title: `Quý ${ROMAN[q - 1]}`, width: 11 });
    }
  }
  cols.push(
    { key: "plannedTotal", group: "Cộng kế hoạch giải ngân", title: "Tổng số", width: 13 },
    { key: "planRate", group: "Cộng kế hoạch giải ngân", title: "Tỷ lệ so với vốn giao (%)", width: 10 },
    { key: "actual", group: "Giải ngân thực hiện", title: "Lũy kế đến ngày báo cáo", width: 13 },
    { key: "actualRate", group: "Giải ngân thực hiện", title: "Tỷ lệ so với vốn giao (%)", width: 10 },
    { key: "note", group: null, title: "Ghi chú", width: 16 },
  );
  return cols;
}

/** Where everything sits: the columns by key, the money scale and the period keys of the granularity. */
interface Layout {
  cols: Column[];
  colOf: Map<string, number>;
  col: (key: string) => number;
  /** A column's letter by key. */
  L: (key: string) => string;
  width: number;
  year: number;
  granularity: Granularity;
  money: (dong: number) => number;
  amountKeys: string[];
  monthKeys: string[];
  quarterKeys: string[];
  periodKeys: string[];
  deadlines: Map<string, string | null>;
}

/** Cells, merges and row heights of one stretch of the sheet; stretches are concatenated in sheet order. */
interface Part {
  cells: CellSpec[];
  merges: string[];
  rowHeights: Record<number, number>;
}

const H1 = 5;
const H2 = 6;
const TOTAL_ROW = H2 + 1;

function emptyPart(): Part {
  return { cells: [], merges: [], rowHeights: {} };
}

function joinParts(parts: Part[]): Part {
  return {
    cells: parts.flatMap((p) => p.cells),
    merges: parts.flatMap((p) => p.merges),
    rowHeights: Object.assign({}, ...parts.map((p) => p.rowHeights)) as Record<number, number>,
  };
}

function put(part: Part, row: number, col: number, cell: Omit<CellSpec, "row" | "col">): void {
  part.cells.push({ row, col, ...cell });
}

function mergeRow(part: Part, row: number, from: number, to: number): void {
  if (to > from) part.merges.push(`${a1(row, from)}:${a1(row, to)}`);
}

function layoutOf(allocation: AllocationList, profile: Profile, granularity: Granularity): Layout {
  const cols = columnsFor(allocation, granularity);
  const colOf = new Map(cols.map((c, i) => [c.key, i + 1]));
  const col = (key: string): number => colOf.get(key)!;
  const scale = 10 ** MONEY_UNIT_EXPONENT[allocation.unit];
  const amountKeys = cols
    .map((c) => c.key)
    .filter(
      (k) =>
        k === "allocated" ||
        k.startsWith("split:") ||
        k.startsWith("month:") ||
        k.startsWith("quarter:") ||
        k === "plannedTotal" ||
        k === "actual",
    );
  const monthKeys = granularity === "quarter" ? [] : Array.from({ length: 12 }, (_, i) => `month:${i + 1}`);
  const quarterKeys = granularity === "month" ? [] : Array.from({ length: 4 }, (_, i) => `quarter:${i + 1}`);
  return {
    cols,
    colOf,
    col,
    L: (key) => columnLetter(col(key)),
    width: cols.length,
    year: profile.year,
    granularity,
    money: (dong) => dong / scale,
    amountKeys,
    monthKeys,
    quarterKeys,
    periodKeys: granularity === "quarter" ? quarterKeys : monthKeys,
    deadlines: new Map(profile.sources.map((s) => [s.id, s.deadline])),
  };
}

/** Title, unit, the profile's name and the report day, above the header. */
function titleRows(lay: Layout, options: TemplateOptions, unit: AllocationList["unit"]): Part {
  const { width, year } = lay;
  const part = emptyPart();
  put(part, 1, 1, {
    value: `KẾ HOẠCH GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM ${year}`,
    style: { bold: true, fontSize: 14, horizontal: "center" },
  });
  mergeRow(part, 1, 1, width);
  put(part, 2, 1, {
    value: `Đơn vị: ${options.unitName ?? "………………………………"}`,
    style: { bold: true, horizontal: "center", locked: false },
  });
  mergeRow(part, 2, 1, width);
  put(part, 3, 1, {
    value: `(Mốc thời hạn theo: ${options.profile.name.vi}. Nhập số liệu vào các ô nền vàng.)`,
    style: { italic: true, horizontal: "center", fontSize: 10 },
  });
  mergeRow(part, 3, 1, width);
  // The day actuals are reported at, for the lapsed-capital highlight: the day the plan is made for, if
  // given; blank, nothing is judged against it (a blank template is not red before anything is typed).
  put(part, 4, 2, { value: "Số liệu giải ngân đến ngày:", style: { italic: true, horizontal: "right" } });
  put(part, REPORT_DATE.row, REPORT_DATE.col, {
    value: options.asOf === undefined ? null : serialDay(options.asOf),
    style: { ...TEXT, fill: INPUT_FILL, locked: false, numberFormat: "dd/mm/yyyy", horizontal: "center" },
  });
  put(part, 4, width - 3, { value: `Đơn vị tính: ${UNIT_TEXT[unit]}`, style: { italic: true, horizontal: "right" } });
  mergeRow(part, 4, width - 3, width);
  part.rowHeights[1] = 24;
  return part;
}

/** The two-row header: group titles merged across, single titles merged down. */
function headerRows(cols: Column[]): Part {
  const part = emptyPart();
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (c.group === null) {
      put(part, H1, i + 1, { value: c.title, style: HEADER });
      put(part, H2, i + 1, { style: HEADER });
      part.merges.push(`${a1(H1, i + 1)}:${a1(H2, i + 1)}`);
      continue;
    }
    if (i === 0 || cols[i - 1].group !== c.group) {
      let end = i;
      while (end + 1 < cols.length && cols[end + 1].group === c.group) end++;
      put(part, H1, i + 1, { value: c.group, style: HEADER });
      for (let k = i + 1; k <= end; k++) put(part, H1, k + 1, { style: HEADER });
      mergeRow(part, H1, i + 1, end + 1);
    }
    put(part, H2, i + 1, { value: c.title, style: HEADER });
  }
  part.rowHeights[H1] = 30;
  part.rowHeights[H2] = 45;
  return part;
}

/** Headings bold on a grey that lightens with depth. */
function groupStyle(depth: number): CellStyle {
  return {
    ...TEXT,
    bold: true,
    fill: depth === 0 ? "D9D9D9" : depth === 1 ? "E7E6E6" : depth === 2 ? "F2F2F2" : undefined,
  };
}

function amountStyle(base: CellStyle, input: boolean): CellStyle {
  return {
    ...base,
    wrap: false,
    horizontal: "right",
    numberFormat: AMOUNT_FORMAT,
    ...(input ? { fill: INPUT_FILL, locked: false } : {}),
  };
}

/** Tall enough for the wrapped texts of a line shared by `rows` sheet rows. */
function fitRows(lay: Layout, first: number, rows: number, texts: [string | null, string][]): Record<number, number> {
  const width = (key: string): number => lay.cols[lay.col(key) - 1].width;
  const lines = Math.max(1, ...texts.map(([t, k]) => Math.ceil((t ?? "").length / (width(k) * 1.15))));
  const height = Math.max(16, Math.ceil((lines * 13.5) / rows) + 3);
  const heights: Record<number, number> = {};
  for (let r = first; r < first + rows; r++) heights[r] = height;
  return heights;
}

function rateFormulas(part: Part, lay: Layout, r: number, style: CellStyle): void {
  const { L } = lay;
  const pct: CellStyle = { ...style, wrap: false, horizontal: "right", numberFormat: "0.0%" };
  put(part, r, lay.col("planRate"), {
    formula: `IF(N(${L("allocated")}${r})=0,0,${L("plannedTotal")}${r}/${L("allocated")}${r})`,
    style: pct,
  });
  put(part, r, lay.col("actualRate"), {
    formula: `IF(N(${L("allocated")}${r})=0,0,${L("actual")}${r}/${L("allocated")}${r})`,
    style: pct,
  });
}

/** A heading or the total: subtotals of the rows first..last (none: zeros) and its rates. */
function groupRow(
  lay: Layout,
  r: number,
  heading: { label: string; stt: string; depth: number },
  first: number,
  last: number,
): Part {
  const { col } = lay;
  const style = groupStyle(heading.depth);
  const part = emptyPart();
  part.rowHeights = fitRows(lay, r, 1, [[heading.label, "label"]]);
  put(part, r, col("stt"), { value: heading.stt || null, style: { ...style, horizontal: "center" } });
  put(part, r, col("label"), { value: heading.label, style });
  for (const k of ["code", "owner", "leader", "source", "deadline", "note"]) put(part, r, col(k), { style });
  for (const k of lay.amountKeys) {
    const c = columnLetter(col(k));
    // A group with no rows under it sums nothing: 0, not a range reaching its sibling or itself.
    if (last < first) put(part, r, col(k), { value: 0, style: amountStyle(style, false) });
    else put(part, r, col(k), { formula: `SUBTOTAL(9,${c}${first}:${c}${last})`, style: amountStyle(style, false) });
  }
  rateFormulas(part, lay, r, style);
  return part;
}

type ItemNode = OutlineNode & { kind: "item" };

/** One line's source row r: its texts, allocation, open period and actual cells, sums and rates. */
function sourceRow(lay: Layout, part: Part, node: ItemNode, s: ItemNode["sources"][number], r: number): TemplateLine {
  const { col } = lay;
  const { item } = node;
  const style = TEXT;
  const deadline = lay.deadlines.get(s.source) ?? null;
  put(part, r, col("stt"), { value: node.stt, style: { ...style, horizontal: "center" } });
  put(part, r, col("label"), { value: item.label, style });
  put(part, r, col("code"), { value: item.code, style: { ...style, horizontal: "center" } });
  put(part, r, col("owner"), { value: item.owner, style });
  put(part, r, col("leader"), { value: item.leader, style });
  put(part, r, col("source"), { value: sourceText(s.source, lay.year), style });
  put(part, r, col("deadline"), {
    value: deadline === null ? null : serialDay(deadline),
    style: { ...style, horizontal: "center", numberFormat: "dd/mm/yyyy" },
  });
  put(part, r, col("allocated"), { value: lay.money(s.allocated), style: amountStyle(style, false) });
  for (const k of SPLIT_KEYS) {
    if (lay.colOf.has(`split:${k}`)) {
      const v = s[k];
      put(part, r, col(`split:${k}`), {
        value: v === undefined ? null : lay.money(v),
        style: amountStyle(style, false),
      });
    }
  }
  for (const k of lay.periodKeys) put(part, r, col(k), { value: null, style: amountStyle(style, true) });
  if (lay.granularity === "month+quarter") {
    lay.quarterKeys.forEach((k, q) => {
      const from = columnLetter(col(`month:${3 * q + 1}`));
      const to = columnLetter(col(`month:${3 * q + 3}`));
      put(part, r, col(k), { formula: `SUM(${from}${r}:${to}${r})`, style: amountStyle(style, false) });
    });
  }
  const p0 = columnLetter(col(lay.periodKeys[0]));
  const p1 = columnLetter(col(lay.periodKeys[lay.periodKeys.length - 1]));
  put(part, r, col("plannedTotal"), { formula: `SUM(${p0}${r}:${p1}${r})`, style: amountStyle(style, false) });
  put(part, r, col("actual"), { value: null, style: amountStyle(style, true) });
  rateFormulas(part, lay, r, style);
  put(part, r, col("note"), { value: null, style: { ...style, fill: INPUT_FILL, locked: false } });
  return { row: r, source: s.source, allocated: s.allocated, deadline };
}

/** A plan line from row `first`: one row per source, its name, code, owner and leader merged over them. */
function itemRows(lay: Layout, node: ItemNode, first: number): { part: Part; lines: TemplateLine[] } {
  const part = emptyPart();
  part.rowHeights = fitRows(lay, first, node.sources.length, [
    [node.item.label, "label"],
    [node.item.owner, "owner"],
    [node.item.leader, "leader"],
  ]);
  const lines = node.sources.map((s, i) => sourceRow(lay, part, node, s, first + i));
  const last = first + node.sources.length - 1;
  if (last > first) {
    for (const k of ["stt", "label", "code", "owner", "leader"]) {
      part.merges.push(`${a1(first, lay.col(k))}:${a1(last, lay.col(k))}`);
    }
  }
  return { part, lines };
}

interface Body {
  parts: Part[];
  lines: TemplateLine[];
  /** The first row after the body. */
  next: number;
}

/** The outline depth-first from row `first`: a heading above its children, summing them. */
function bodyRows(lay: Layout, nodes: OutlineNode[], first: number): Body {
  const body: Body = { parts: [], lines: [], next: first };
  for (const node of nodes) {
    if (node.kind === "item") {
      const { part, lines } = itemRows(lay, node, body.next);
      body.parts.push(part);
      body.lines.push(...lines);
      body.next += node.sources.length;
      continue;
    }
    const r = body.next;
    const children = bodyRows(lay, node.children, r + 1);
    body.parts.push(...children.parts, groupRow(lay, r, node, r + 1, children.next - 1));
    body.lines.push(...children.lines);
    body.next = children.next;
  }
  return body;
}

/** Signature block, two rows under the table. */
function signatureRows(lay: Layout, lastRow: number): Part {
  const { width, year } = lay;
  const part = emptyPart();
  const sign = lastRow + 2;
  const right = Math.max(lay.col("plannedTotal"), width - 5);
  const centered = (row: number, col: number, value: string, bold: boolean): void =>
    put(part, row, col, { value, style: { ...(bold ? { bold: true } : { italic: true }), horizontal: "center" } });
  centered(sign, right, `…………, ngày …… tháng …… năm ${year}`, false);
  mergeRow(part, sign, right, width);
  centered(sign + 1, 2, "Người lập biểu", true);
  centered(sign + 1, right, "Thủ trưởng đơn vị", true);
  mergeRow(part, sign + 1, right, width);
  centered(sign + 2, 2, "(Ký, ghi rõ họ tên)", false);
  centered(sign + 2, right, "(Ký tên, đóng dấu)", false);
  mergeRow(part, sign + 2, right, width);
  return part;
}

export function planTemplate(allocation: AllocationList, options: TemplateOptions): PlanTemplate {
  const { profile, granularity } = options;
  const lay = layoutOf(allocation, profile, granularity);
  const { col, year } = lay;
  const ids = profile.sources.map((s) => s.id);
  const body = bodyRows(lay, outline(allocation, ids), TOTAL_ROW + 1);
  const lastRow = body.next - 1;
  const total = groupRow(lay, TOTAL_ROW, { label: "TỔNG CỘNG", stt: "", depth: 0 }, TOTAL_ROW + 1, lastRow);
  const sheet = joinParts([
    titleRows(lay, options, allocation.unit),
    headerRows(lay.cols),
    ...body.parts,
    total,
    signatureRows(lay, lastRow),
  ]);
  const block = { first: TOTAL_ROW + 1, last: lastRow, year, granularity };
  const spec: SheetSpec = {
    name: options.sheetName ?? `KH giải ngân ${year}`,
    cells: sheet.cells,
    columnWidths: Object.fromEntries(lay.cols.map((c, i) => [i + 1, c.width])),
    rowHeights: sheet.rowHeights,
    merges: sheet.merges,
    freeze: { rows: H2, columns: col("label") },
    validations: inputChecks(col, {
      ...block,
      deadlineCol: lay.L("deadline"),
      stop: options.deadlineCheck !== "warning",
    }),
    conditionalFormats: breachFormats(col, lay.L, { ...block, monthKeys: lay.monthKeys, quarterKeys: lay.quarterKeys }),
    protection: {},
    print: { paper: "A3", orientation: "landscape", fitToWidth: true, repeatRows: [H1, H2] },
    tabColor: "2F75B5",
  };
  return {
    spec,
    lines: body.lines,
    inputs: {
      months: granularity === "quarter" ? [] : lay.monthKeys.map(col),
      quarters: granularity === "quarter" ? lay.quarterKeys.map(col) : [],
      actual: col("actual"),
    },
    headerRows: [H1, H2],
    reportDate: REPORT_DATE,
    columns: Object.fromEntries(lay.colOf),
  };
}

interface Block {
  first: number;
  last: number;
  year: number;
  granularity: Granularity;
}

/** The last day of the period in a column, as a spreadsheet formula: months from the first period column. */
function periodEndFormula(cell: string, firstCol: number, year: number, byQuarter: boolean): string {
  const n = `(COLUMN(${cell})-${firstCol - 1})`;
  return `DATE(${year},${byQuarter ? `3*${n}+1` : `${n}+1`},1)-1`;
}

/** Non-negative amounts everywhere; no money in a period ending after the row's deadline. */
function inputChecks(
  col: (key: string) => number,
  b: Block & { deadlineCol: string; stop: boolean },
): DataValidationSpec[] {
  const byQuarter = b.granularity === "quarter";
  const first = col(byQuarter ? "quarter:1" : "month:1");
  const last = col(byQuarter ? "quarter:4" : "month:12");
  const topLeft = a1(b.first, first);
  const d = `$${b.deadlineCol}${b.first}`;
  const period = byQuarter ? "quý" : "tháng";
  return [
    {
      range: `${topLeft}:${a1(b.last, last)}`,
      kind: "custom",
      formula: `AND(ISNUMBER(${topLeft}),${topLeft}>=0,OR(${topLeft}=0,${d}="",${periodEndFormula(topLeft, first, b.year, byQuarter)}<=${d}))`,
      errorStyle: b.stop ? "stop" : "warning",
      errorTitle: "Kế hoạch giải ngân",
      error: `Nhập một số không âm. Không lập kế hoạch cho ${period} kết thúc sau hạn giải ngân của nguồn vốn (cột Hạn giải ngân).`,
    },
    {
      range: `${a1(b.first, col("actual"))}:${a1(b.last, col("actual"))}`,
      kind: "decimal",
      min: 0,
      errorStyle: "stop",
      errorTitle: "Giải ngân thực hiện",
      error: "Nhập số vốn đã giải ngân lũy kế, một số không âm.",
    },
  ];
}

/** Breaches shown as they are typed: money after the deadline, a plan that does not add up, capital lapsed. */
function breachFormats(
  col: (key: string) => number,
  L: (key: string) => string,
  b: Block & { monthKeys: string[]; quarterKeys: string[] },
): ConditionalFormatSpec[] {
  const r = b.first;
  const d = `$${L("deadline")}${r}`;
  const red = { fill: "FFC7CE", fontColor: "9C0006" };
  // The periods typed in: months, or quarters in a quarterly plan. A quarter summing July and August of
  // capital due 31/8 is no breach when the months say when; so derived quarters are not marked.
  const byQuarter = b.granularity === "quarter";
  const keys = byQuarter ? b.quarterKeys : b.monthKeys;
  const first = col(keys[0]);
  const topLeft = a1(r, first);
  const formats: ConditionalFormatSpec[] = [
    {
      range: `${topLeft}:${a1(b.last, col(keys[keys.length - 1]))}`,
      formula: `AND(N(${topLeft})<>0,N(${d})>0,${periodEndFormula(topLeft, first, b.year, byQuarter)}>${d})`,
      style: red,
    },
  ];
  const total = `${L("plannedTotal")}${r}`;
  const alloc = `$${L("allocated")}${r}`;
  formats.push({
    range: `${total}:${L("plannedTotal")}${b.last}`,
    formula: `AND(N(${d})>0,N(${total})<>0,ROUND(${total}-${alloc},6)<>0)`,
    style: { fill: "FFEB9C", fontColor: "9C5700", bold: true },
  });
  const actual = `${L("actual")}${r}`;
  // Short of the allocation is judged only once a report day is typed, and only after the deadline; with
  // the day blank there is nothing to judge yet (never today's date: a template outlives its year).
  const day = `$${columnLetter(REPORT_DATE.col)}$${REPORT_DATE.row}`;
  formats.push({
    range: `${actual}:${L("actual")}${b.last}`,
    formula: `AND(N(${d})>0,OR(ROUND(N(${actual})-${alloc},6)>0,AND(N(${day})>${d},ROUND(N(${actual})-${alloc},6)<0)))`,
    style: red,
  });
  return formats;
}
