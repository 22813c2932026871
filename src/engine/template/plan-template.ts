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
import { UNIT_EXPONENT } from "../money";
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

export function planTemplate(allocation: AllocationList, options: TemplateOptions): PlanTemplate {
  const { profile, granularity } = options;
  const year = profile.year;
  const cols = columnsFor(allocation, granularity);
  const colOf = new Map(cols.map((c, i) => [c.key, i + 1]));
  const widthOf = new Map(cols.map((c) => [c.key, c.width]));
  const col = (key: string): number => colOf.get(key)!;
  const L = (key: string): string => columnLetter(col(key));
  const width = cols.length;
  const scale = 10 ** UNIT_EXPONENT[allocation.unit];
  const money = (dong: number): number => dong / scale;

  const cells: CellSpec[] = [];
  const merges: string[] = [];
  const put = (row: number, c: number, cell: Omit<CellSpec, "row" | "col">): void => {
    cells.push({ row, col: c, ...cell });
  };
  const mergeRow = (row: number, from: number, to: number): void => {
    if (to > from) merges.push(`${a1(row, from)}:${a1(row, to)}`);
  };

  // Title and unit lines.
  put(1, 1, {
    value: `KẾ HOẠCH GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM ${year}`,
    style: { bold: true, fontSize: 14, horizontal: "center" },
  });
  mergeRow(1, 1, width);
  put(2, 1, {
    value: `Đơn vị: ${options.unitName ?? "………………………………"}`,
    style: { bold: true, horizontal: "center", locked: false },
  });
  mergeRow(2, 1, width);
  put(3, 1, {
    value: `(Mốc thời hạn theo: ${profile.name.vi}. Nhập số liệu vào các ô nền vàng.)`,
    style: { italic: true, horizontal: "center", fontSize: 10 },
  });
  mergeRow(3, 1, width);
  // The day actuals are reported at, for the lapsed-capital highlight: the day the plan is made for, if
  // given; blank, nothing is judged against it (a blank template is not red before anything is typed).
  put(4, 2, { value: "Số liệu giải ngân đến ngày:", style: { italic: true, horizontal: "right" } });
  put(REPORT_DATE.row, REPORT_DATE.col, {
    value: options.asOf === undefined ? null : serialDay(options.asOf),
    style: { ...TEXT, fill: INPUT_FILL, locked: false, numberFormat: "dd/mm/yyyy", horizontal: "center" },
  });
  put(4, width - 3, {
    value: `Đơn vị tính: ${UNIT_TEXT[allocation.unit]}`,
    style: { italic: true, horizontal: "right" },
  });
  mergeRow(4, width - 3, width);

  // The two-row header: group titles merged across, single titles merged down.
  const h1 = 5;
  const h2 = 6;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i];
    if (c.group === null) {
      put(h1, i + 1, { value: c.title, style: HEADER });
      put(h2, i + 1, { style: HEADER });
      merges.push(`${a1(h1, i + 1)}:${a1(h2, i + 1)}`);
      continue;
    }
    if (i === 0 || cols[i - 1].group !== c.group) {
      let end = i;
      while (end + 1 < cols.length && cols[end + 1].group === c.group) end++;
      put(h1, i + 1, { value: c.group, style: HEADER });
      for (let k = i + 1; k <= end; k++) put(h1, k + 1, { style: HEADER });
      mergeRow(h1, i + 1, end + 1);
    }
    put(h2, i + 1, { value: c.title, style: HEADER });
  }

  // Rows: the total first, then the outline depth-first, one row per item and source.
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
  const periodKeys = granularity === "quarter" ? quarterKeys : monthKeys;
  const deadlines = new Map(profile.sources.map((s) => [s.id, s.deadline]));
  const totalRow = h2 + 1;
  const lines: TemplateLine[] = [];
  let row = totalRow + 1;

  // Headings bold on a grey that lightens with depth; lines plain.
  const groupStyle = (depth: number): CellStyle => ({
    ...TEXT,
    bold: true,
    fill: depth === 0 ? "D9D9D9" : depth === 1 ? "E7E6E6" : depth === 2 ? "F2F2F2" : undefined,
  });
  const rowHeights: Record<number, number> = { 1: 24, [h1]: 30, [h2]: 45 };
  /** Tall enough for the wrapped texts of a line shared by `rows` sheet rows. */
  const fitRows = (first: number, rows: number, texts: [string | null, string][]): void => {
    const lines = Math.max(1, ...texts.map(([t, k]) => Math.ceil((t ?? "").length / (widthOf.get(k)! * 1.15))));
    const height = Math.max(16, Math.ceil((lines * 13.5) / rows) + 3);
    for (let r = first; r < first + rows; r++) rowHeights[r] = height;
  };
  const amountStyle = (base: CellStyle, input: boolean): CellStyle => ({
    ...base,
    wrap: false,
    horizontal: "right",
    numberFormat: AMOUNT_FORMAT,
    ...(input ? { fill: INPUT_FILL, locked: false } : {}),
  });
  const rateFormulas = (r: number, style: CellStyle): void => {
    const pct: CellStyle = { ...style, wrap: false, horizontal: "right", numberFormat: "0.0%" };
    put(r, col("planRate"), {
      formula: `IF(N(${L("allocated")}${r})=0,0,${L("plannedTotal")}${r}/${L("allocated")}${r})`,
      style: pct,
    });
    put(r, col("actualRate"), {
      formula: `IF(N(${L("allocated")}${r})=0,0,${L("actual")}${r}/${L("allocated")}${r})`,
      style: pct,
    });
  };
  const groupRow = (r: number, label: string, stt: string, depth: number, first: number, last: number): void => {
    const style = groupStyle(depth);
    fitRows(r, 1, [[label, "label"]]);
    put(r, col("stt"), { value: stt || null, style: { ...style, horizontal: "center" } });
    put(r, col("label"), { value: label, style });
    for (const k of ["code", "owner", "leader", "source", "deadline", "note"]) put(r, col(k), { style });
    for (const k of amountKeys) {
      const c = columnLetter(col(k));
      // A group with no rows under it sums nothing: 0, not a range reaching its sibling or itself.
      if (last < first) put(r, col(k), { value: 0, style: amountStyle(style, false) });
      else put(r, col(k), { formula: `SUBTOTAL(9,${c}${first}:${c}${last})`, style: amountStyle(style, false) });
    }
    rateFormulas(r, style);
  };

  const itemRows = (node: OutlineNode & { kind: "item" }): void => {
    const { item } = node;
    const style = TEXT;
    const first = row;
    fitRows(first, node.sources.length, [
      [item.label, "label"],
      [item.owner, "owner"],
      [item.leader, "leader"],
    ]);
    for (const s of node.sources) {
      const r = row++;
      const deadline = deadlines.get(s.source) ?? null;
      lines.push({ row: r, source: s.source, allocated: s.allocated, deadline });
      put(r, col("stt"), { value: node.stt, style: { ...style, horizontal: "center" } });
      put(r, col("label"), { value: item.label, style });
      put(r, col("code"), { value: item.code, style: { ...style, horizontal: "center" } });
      put(r, col("owner"), { value: item.owner, style });
      put(r, col("leader"), { value: item.leader, style });
      put(r, col("source"), { value: sourceText(s.source, year), style });
      put(r, col("deadline"), {
        value: deadline === null ? null : serialDay(deadline),
        style: { ...style, horizontal: "center", numberFormat: "dd/mm/yyyy" },
      });
      put(r, col("allocated"), { value: money(s.allocated), style: amountStyle(style, false) });
      for (const k of SPLIT_KEYS) {
        if (colOf.has(`split:${k}`)) {
          const v = s[k];
          put(r, col(`split:${k}`), { value: v === undefined ? null : money(v), style: amountStyle(style, false) });
        }
      }
      for (const k of periodKeys) put(r, col(k), { value: null, style: amountStyle(style, true) });
      if (granularity === "month+quarter") {
        quarterKeys.forEach((k, q) => {
          const from = columnLetter(col(`month:${3 * q + 1}`));
          const to = columnLetter(col(`month:${3 * q + 3}`));
          put(r, col(k), { formula: `SUM(${from}${r}:${to}${r})`, style: amountStyle(style, false) });
        });
      }
      const p0 = columnLetter(col(periodKeys[0]));
      const p1 = columnLetter(col(periodKeys[periodKeys.length - 1]));
      put(r, col("plannedTotal"), { formula: `SUM(${p0}${r}:${p1}${r})`, style: amountStyle(style, false) });
      put(r, col("actual"), { value: null, style: amountStyle(style, true) });
      rateFormulas(r, style);
      put(r, col("note"), { value: null, style: { ...style, fill: INPUT_FILL, locked: false } });
    }
    // The line's name, code, owner and leader once, over its source rows.
    if (row - 1 > first) {
      for (const k of ["stt", "label", "code", "owner", "leader"]) {
        merges.push(`${a1(first, col(k))}:${a1(row - 1, col(k))}`);
      }
    }
  };

  const walk = (nodes: OutlineNode[]): void => {
    for (const node of nodes) {
      if (node.kind === "item") {
        itemRows(node);
        continue;
      }
      const r = row++;
      walk(node.children);
      groupRow(r, node.label, node.stt, node.depth, r + 1, row - 1);
    }
  };
  walk(
    outline(
      allocation,
      profile.sources.map((s) => s.id),
    ),
  );
  const lastRow = row - 1;
  groupRow(totalRow, "TỔNG CỘNG", "", 0, totalRow + 1, lastRow);

  const validations = inputChecks(col, {
    first: totalRow + 1,
    last: lastRow,
    year,
    granularity,
    deadlineCol: L("deadline"),
    stop: options.deadlineCheck !== "warning",
  });
  const conditionalFormats = breachFormats(col, L, {
    first: totalRow + 1,
    last: lastRow,
    year,
    granularity,
    monthKeys,
    quarterKeys,
  });

  // Signature block, two rows under the table.
  const sign = lastRow + 2;
  const right = Math.max(col("plannedTotal"), width - 5);
  put(sign, right, { value: `…………, ngày …… tháng …… năm ${year}`, style: { italic: true, horizontal: "center" } });
  mergeRow(sign, right, width);
  put(sign + 1, 2, { value: "Người lập biểu", style: { bold: true, horizontal: "center" } });
  put(sign + 1, right, { value: "Thủ trưởng đơn vị", style: { bold: true, horizontal: "center" } });
  mergeRow(sign + 1, right, width);
  put(sign + 2, 2, { value: "(Ký, ghi rõ họ tên)", style: { italic: true, horizontal: "center" } });
  put(sign + 2, right, { value: "(Ký tên, đóng dấu)", style: { italic: true, horizontal: "center" } });
  mergeRow(sign + 2, right, width);

  const columnWidths: Record<number, number> = {};
  cols.forEach((c, i) => (columnWidths[i + 1] = c.width));
  const spec: SheetSpec = {
    name: options.sheetName ?? `KH giải ngân ${year}`,
    cells,
    columnWidths,
    rowHeights,
    merges,
    freeze: { rows: h2, columns: col("label") },
    validations,
    conditionalFormats,
    protection: {},
    print: { paper: "A3", orientation: "landscape", fitToWidth: true, repeatRows: [h1, h2] },
    tabColor: "2F75B5",
  };
  return {
    spec,
    lines,
    inputs: {
      months: granularity === "quarter" ? [] : monthKeys.map(col),
      quarters: granularity === "quarter" ? quarterKeys.map(col) : [],
      actual: col("actual"),
    },
    headerRows: [h1, h2],
    reportDate: REPORT_DATE,
    columns: Object.fromEntries(colOf),
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
