/**
 * Random choices -> a plan workbook's layout and what a correct reader must
 * report about it. Every choice is one real units make (see the README's
 * "Layout corpus"); the ground truth is computed from the choices
 * themselves, never by running the reader.
 */

import type { ColumnInfo, Role } from "../../src/engine/detect";
import type { Granularity, LineKind, MoneyUnit } from "../../src/engine/report-types";
import { a1, columnLetter } from "../../src/engine/grid";
import { type Random, seededRandom } from "../helpers/seeded-random";

export interface GenCell {
  value: string | number | null;
  /** Without "="; `value` is its cached result. */
  formula?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  /** "Centre across selection": the text is written once and shown across blank cells to its right. */
  centreAcross?: boolean;
}

export interface GenSheet {
  name: string;
  cells: Map<number, Map<number, GenCell>>;
  merges: string[];
  hiddenRows: number[];
  hiddenColumns: number[];
}

/** A column as the reader must classify it; `source` only where the header itself names it. */
export type TruthColumn = Pick<ColumnInfo, "col" | "role" | "month" | "quarter" | "source" | "part">;

export interface TruthLine {
  row: number;
  kind: LineKind;
  parentRow: number | null;
  /** "*" on a heading that adds up works of several sources: its amounts are compared, its source is not. */
  source: string;
  breakdown: boolean;
  /** Breakdown rows detail their parent and are not summed: only kind and parent are checked. */
  amounts: boolean;
  allocated: number;
  planned: number[];
  quarters: number[] | null;
  actual: number | null;
}

export interface TruthTable {
  sheet: string;
  headerRows: number[];
  unit: MoneyUnit;
  /** False when no title, header or note says the unit: the reader must say it is unsure. */
  unitStated: boolean;
  granularity: Granularity;
  columns: TruthColumn[];
  lines: TruthLine[];
}

export interface Truth {
  /** The reporting unit as it calls itself. */
  issuer: string;
  tables: TruthTable[];
}

export interface Layout {
  seed: number;
  /** The choices drawn, for the miss report. */
  axes: Record<string, string>;
  sheets: GenSheet[];
  truth: Truth;
}

const YEAR = 2024;
const UNIT_FACTOR: Record<MoneyUnit, number> = { "billion-vnd": 1e9, "million-vnd": 1e6, "thousand-vnd": 1e3, vnd: 1 };

// ---------------------------------------------------------------- text variety

type TextStyle = "plain" | "upper" | "nfd" | "ascii" | "spaces";

function asciiOf(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Header text as people type it: capitals, decomposed accents, none at all, line breaks, double spaces. */
function styled(rng: Random, text: string, style: TextStyle): string {
  let s = text;
  if (style === "upper") s = s.toLocaleUpperCase("vi");
  if (style === "nfd") s = s.normalize("NFD");
  if (style === "ascii") s = asciiOf(s);
  if (style === "spaces") s = s.replace(/ /g, () => (rng.chance(0.3) ? "  " : " "));
  if (s.length > 14 && rng.chance(0.3)) {
    const spaces = [...s.matchAll(/ /g)].map((m) => m.index ?? 0);
    if (spaces.length > 0) {
      const at = rng.pick(spaces);
      s = `${s.slice(0, at)}\n${s.slice(at + 1)}`;
    }
  }
  return s;
}

// ---------------------------------------------------------------- vocabulary

const SOURCES = ["plan-2024", "carryover-2023", "carryover-2022"] as const;
type Source = (typeof SOURCES)[number];

/** Every source phrase in several word orders and forms. */
function sourcePhrase(rng: Random, s: Source): string {
  if (s === "plan-2024") {
    return rng.pick([
      "Kế hoạch vốn năm 2024",
      "Vốn năm 2024",
      "KH vốn 2024",
      "Vốn kế hoạch năm 2024",
      "Kế hoạch năm 2024",
      "Nguồn vốn năm 2024",
    ]);
  }
  const y = s.slice(-4);
  return rng.pick([
    `Vốn năm ${y} kéo dài sang ${YEAR}`,
    `Vốn kéo dài năm ${y}`,
    `Kéo dài ${y}`,
    `Vốn ${y} chuyển nguồn sang ${YEAR}`,
    `Vốn chuyển nguồn năm ${y}`,
    `KH vốn ${y} kéo dài`,
    `Kế hoạch năm ${y} kéo dài sang năm ${YEAR}`,
    `Vốn ${y} kéo dài`,
    `Nguồn vốn kéo dài năm ${y} sang năm ${YEAR}`,
  ]);
}

/** What a "Nguồn vốn" / "Năm vốn" cell holds: a phrase, or the bare year. */
function sourceCell(rng: Random, s: Source, bareYears: boolean): string | number {
  if (bareYears) return Number(s.slice(-4));
  return sourcePhrase(rng, s);
}

const ISSUERS: { lines: string[]; issuer: string; place: string }[] = [
  { lines: ["UBND HUYỆN TIÊN PHƯỚC"], issuer: "Huyện Tiên Phước", place: "Tiên Phước" },
  { lines: ["ỦY BAN NHÂN DÂN HUYỆN NAM TRÀ MY"], issuer: "Huyện Nam Trà My", place: "Nam Trà My" },
  { lines: ["UBND XÃ TAM XUÂN 1", "BAN QUẢN LÝ CÁC CHƯƠNG TRÌNH MTQG"], issuer: "Xã Tam Xuân 1", place: "Tam Xuân 1" },
  { lines: ["UBND XÃ TAM XUÂN 2", "BAN QUẢN LÝ CÁC CHƯƠNG TRÌNH MTQG"], issuer: "Xã Tam Xuân 2", place: "Tam Xuân 2" },
  { lines: ["UBND THỊ XÃ ĐIỆN BÀN"], issuer: "Thị xã Điện Bàn", place: "Điện Bàn" },
  { lines: ["UBND PHƯỜNG AN MỸ"], issuer: "Phường An Mỹ", place: "Tam Kỳ" },
  {
    lines: ["UBND TỈNH QUẢNG NAM", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
    issuer: "Sở Lao động - Thương binh và Xã hội",
    place: "Quảng Nam",
  },
  { lines: ["UBND TỈNH QUẢNG NAM", "BAN DÂN TỘC"], issuer: "Ban Dân tộc", place: "Quảng Nam" },
  {
    lines: ["BAN QLDA ĐẦU TƯ XÂY DỰNG HUYỆN QUẾ SƠN"],
    issuer: "Ban QLDA đầu tư xây dựng huyện Quế Sơn",
    place: "Quế Sơn",
  },
];

const PROGRAMMES = [
  "Chương trình MTQG xây dựng nông thôn mới",
  "Chương trình MTQG giảm nghèo bền vững",
  "Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
];
const PROJECTS = [
  "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội",
  "Dự án 2: Đa dạng hóa sinh kế",
  "Dự án 4: Phát triển giáo dục nghề nghiệp",
  "Nội dung 01: Hạ tầng giao thông nông thôn",
  "Dự án 5: Nước sinh hoạt tập trung",
];
const WORKS = [
  "Đường giao thông thôn",
  "Nhà văn hóa thôn",
  "Kênh mương nội đồng",
  "Trường mẫu giáo",
  "Cầu dân sinh",
  "Hỗ trợ phát triển sản xuất cộng đồng",
  "Trạm y tế",
  "Nâng cấp chợ",
];
const OWNERS = ["UBND xã Tam Xuân 1", "Ban QLDA huyện", "Phòng Nông nghiệp", "UBND xã Tiên Cẩm"];

// ---------------------------------------------------------------- the plan as data

interface Figures {
  allocated: number;
  /** Twelve months, đồng (zero where nothing is planned). */
  months: number[];
  actual: number;
  /** The split of the allocation: NSTW (or ĐTPT) part. */
  firstPart: number;
}

interface Node {
  level: number;
  kind: "programme" | "project" | "work" | "section";
  label: string;
  code: string | null;
  owner: string | null;
  /** Works: figures per source. */
  money: Map<Source, Figures>;
  children: Node[];
  source: Source | null;
  hidden: boolean;
  breakdown: boolean;
}

function figures(rng: Random, withPeriods: boolean, step: number): Figures {
  const units = rng.int(20, 3000);
  const allocated = units * step;
  const months = new Array<number>(12).fill(0);
  if (withPeriods) {
    let left = units;
    for (let m = rng.int(2, 6); m <= 12 && left > 0; m++) {
      const u = m === 12 ? left : Math.min(left, rng.int(0, Math.ceil(units / 3)));
      months[m - 1] = u * step;
      left -= u;
    }
  }
  const actual = rng.int(0, units) * step;
  const firstPart = Math.floor(units * rng.pick([0.5, 0.6, 0.7, 1])) * step;
  return { allocated, months, actual, firstPart };
}

// ---------------------------------------------------------------- the sheet being written

class SheetWriter {
  readonly sheet: GenSheet;

  constructor(name: string) {
    this.sheet = { name, cells: new Map(), merges: [], hiddenRows: [], hiddenColumns: [] };
  }

  set(row: number, col: number, cell: GenCell | string | number | null): void {
    let r = this.sheet.cells.get(row);
    if (!r) this.sheet.cells.set(row, (r = new Map()));
    r.set(col, typeof cell === "object" && cell !== null ? cell : { value: cell });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.sheet.merges.push(`${a1(top, left)}:${a1(bottom, right)}`);
  }
}

// ---------------------------------------------------------------- columns

interface ColumnDef {
  path: string[];
  truth: Omit<TruthColumn, "col">;
  /** The cell of a work's row, in the sheet's unit; null leaves it blank. */
  value: (row: RowCtx) => string | number | null;
  /** Amount columns: the figure of one source they show (headings add it up over their works). */
  figure?: (f: Figures) => number;
  source?: Source;
  /** Heading rows add up their children here. */
  sums: boolean;
}

interface RowCtx {
  node: Node;
  /** The source the row is for (one row per source in "source column" layouts). */
  source: Source | null;
  stt: string;
  figures: Map<Source, Figures> | null;
}

type SourceMode = "groups" | "column" | "sections" | "sheets" | "single";

interface Table {
  mode: SourceMode;
  sources: Source[];
  /** Sources with a monthly/quarterly plan; in "groups" some carry-over capital has none. */
  periodic: Set<Source>;
  granularity: Granularity;
  unit: MoneyUnit;
  step: number;
}

function roleTruth(role: Role, extra: Partial<Omit<TruthColumn, "col" | "role">> = {}): Omit<TruthColumn, "col"> {
  return { role, month: null, quarter: null, source: null, part: null, ...extra };
}

const ROMAN = ["I", "II", "III", "IV"];

// ---------------------------------------------------------------- the generator

export function generateLayout(seed: number): Layout {
  const rng = seededRandom(seed);
  const axes: Record<string, string> = {};
  const note = <T extends string | number | boolean>(k: string, v: T): T => {
    axes[k] = String(v);
    return v;
  };

  const issuer = rng.pick(ISSUERS);
  note("issuer", issuer.issuer);
  const mode = note("sources", rng.pick<SourceMode>(["groups", "groups", "column", "sections", "sheets", "single"]));
  const sources: Source[] =
    mode === "single"
      ? [rng.pick(SOURCES)]
      : (() => {
          const s = subset(rng, SOURCES);
          if (s.length === 1) s.push(s[0] === "plan-2024" ? "carryover-2023" : "plan-2024");
          return SOURCES.filter((x) => s.includes(x));
        })();
  note("sourceList", sources.join(","));
  const unit = note("unit", rng.pick<MoneyUnit>(["vnd", "thousand-vnd", "million-vnd", "million-vnd", "billion-vnd"]));
  const granularity = note("granularity", rng.pick<Granularity>(["month", "quarter", "month+quarter"]));
  const periodic = new Set<Source>(
    // A plan has periods for one source at least (without any it is an allocation list).
    sources.filter((s, i) => s === "plan-2024" || i === 0 || mode !== "groups" || rng.chance(0.5)),
  );
  note("periodless", sources.filter((s) => !periodic.has(s)).join(",") || "none");
  // Amounts on a grid of 100,000 đồng: exact in every unit (0.0001 tỷ).
  const table: Table = { mode, sources, periodic, granularity, unit, step: 100_000 };

  // The plan: programmes > projects > works, each work with one or more sources.
  const sttScheme = note("stt", rng.pick(["I/1/a", "A/I/1", "1/1.1/1.1.1", "I/1/-", "none"]));
  const programmes: Node[] = [];
  const used = subset(rng, [0, 1, 2]);
  let workNo = 0;
  for (const p of used) {
    const prog: Node = blankNode(1, "programme", PROGRAMMES[p]);
    const nProjects = rng.int(1, 2);
    for (let j = 0; j < nProjects; j++) {
      const proj = blankNode(2, "project", PROJECTS[rng.int(0, PROJECTS.length - 1)]);
      const nWorks = rng.int(1, 3);
      for (let k = 0; k < nWorks; k++) {
        workNo++;
        const w = blankNode(3, "work", `${rng.pick(WORKS)} ${workNo}`);
        w.code = String(7_900_000 + rng.int(0, 99_999));
        w.owner = rng.pick(OWNERS);
        const mine = mode === "single" ? sources : subset(rng, sources);
        for (const s of mine) w.money.set(s, figures(rng, periodic.has(s), table.step));
        proj.children.push(w);
      }
      prog.children.push(proj);
    }
    programmes.push(prog);
  }

  const textStyle = note("text", rng.pick<TextStyle>(["plain", "plain", "upper", "nfd", "ascii", "spaces"]));
  const sheets: GenSheet[] = [];
  const tables: TruthTable[] = [];
  const ctx: Ctx = { rng, note, table, textStyle, sttScheme, issuer, axes };

  if (mode === "sheets") {
    const namedIn = note("sourceNamedIn", rng.pick(["sheet", "title"]));
    for (const s of sources) {
      const works = filterWorks(programmes, s);
      if (works.length === 0) continue;
      const sheetName = namedIn === "sheet" ? sheetNameOf(s) : `Biểu ${sheets.length + 1}`;
      const { sheet, truth } = writeTable(ctx, sheetName, works, { only: s, namedIn: namedIn as "sheet" | "title" });
      sheets.push(sheet);
      tables.push(truth);
    }
  } else {
    const roots =
      mode === "sections"
        ? sources.map((s) => {
            const sec = blankNode(0, "section", sourcePhrase(rng, s));
            sec.source = s;
            sec.children = filterWorks(programmes, s);
            return sec;
          })
        : programmes;
    const namedIn = mode === "single" ? note("sourceNamedIn", rng.pick(["header", "title", "sheet"])) : "header";
    const sheetName = namedIn === "sheet" ? sheetNameOf(sources[0]) : rng.pick(["KH giải ngân", "Biểu 01", "Sheet1"]);
    const { sheet, truth } = writeTable(
      ctx,
      sheetName,
      roots.filter((r) => r.children.length > 0),
      {
        only: mode === "single" ? sources[0] : null,
        namedIn: namedIn as "header" | "title" | "sheet",
      },
    );
    sheets.push(sheet);
    tables.push(truth);
  }
  return { seed, axes, sheets, truth: { issuer: issuer.issuer, tables } };
}

function blankNode(level: number, kind: Node["kind"], label: string): Node {
  return {
    level,
    kind,
    label,
    code: null,
    owner: null,
    money: new Map(),
    children: [],
    source: null,
    hidden: false,
    breakdown: false,
  };
}

/** A copy of the programmes keeping only works with money of source `s` (and that money only). */
function filterWorks(programmes: Node[], s: Source): Node[] {
  const copy = (n: Node): Node | null => {
    if (n.kind === "work") {
      const f = n.money.get(s);
      return f ? { ...n, money: new Map([[s, f]]) } : null;
    }
    const children = n.children.map(copy).filter((c): c is Node => c !== null);
    return children.length > 0 ? { ...n, children } : null;
  };
  return programmes.map(copy).filter((c): c is Node => c !== null);
}

function sheetNameOf(s: Source): string {
  if (s === "plan-2024") return "KH vốn 2024";
  return `Vốn ${s.slice(-4)} kéo dài`;
}

interface Ctx {
  rng: Random;
  note: <T extends string | number | boolean>(k: string, v: T) => T;
  table: Table;
  textStyle: TextStyle;
  sttScheme: string;
  issuer: (typeof ISSUERS)[number];
  axes: Record<string, string>;
}

const UNIT_WORDS: Record<MoneyUnit, string> = {
  "billion-vnd": "tỷ đồng",
  "million-vnd": "triệu đồng",
  "thousand-vnd": "nghìn đồng",
  vnd: "đồng",
};

// ---------------------------------------------------------------- one table on one sheet

function writeTable(
  ctx: Ctx,
  sheetName: string,
  roots: Node[],
  opts: { only: Source | null; namedIn: "header" | "title" | "sheet" },
): { sheet: GenSheet; truth: TruthTable } {
  const { rng, note, table } = ctx;
  const w = new SheetWriter(sheetName);
  const factor = UNIT_FACTOR[table.unit];
  const inUnit = (dong: number): number => Math.round((dong / factor) * 1e6) / 1e6;

  // --- columns
  const cols: ColumnDef[] = [];
  const scheme = ctx.sttScheme;
  const hasStt = scheme !== "none";
  const hasCode = !hasStt || rng.chance(0.6);
  const hasOwner = rng.chance(0.6);
  if (hasStt)
    cols.push({
      path: [rng.pick(["STT", "TT", "Số TT"])],
      truth: roleTruth("stt"),
      value: (r) => r.stt || null,
      sums: false,
    });
  cols.push({
    path: [
      rng.pick(["Tên dự án, công trình", "Danh mục dự án", "Nội dung", "Tên công trình", "Danh mục công trình, dự án"]),
    ],
    truth: roleTruth("label"),
    value: (r) => r.node.label,
    sums: false,
  });
  if (hasCode)
    cols.push({
      path: [rng.pick(["Mã dự án", "Mã số dự án", "Mã DA"])],
      truth: roleTruth("code"),
      value: (r) => r.node.code,
      sums: false,
    });
  if (hasOwner)
    cols.push({
      path: [rng.pick(["Chủ đầu tư", "Đơn vị thực hiện", "CĐT"])],
      truth: roleTruth("owner"),
      value: (r) => r.node.owner,
      sums: false,
    });
  const sourceColumn = table.mode === "column";
  const bareYears = sourceColumn && note("bareYears", rng.chance(0.35));
  if (sourceColumn) {
    cols.push({
      path: [bareYears ? rng.pick(["Năm vốn", "Nguồn vốn"]) : rng.pick(["Nguồn vốn", "Loại vốn"])],
      truth: roleTruth("source"),
      value: (r) => (r.node.kind === "work" && r.source ? sourceCell(rng, r.source, bareYears) : null),
      sums: false,
    });
  }

  // The unit: under the title, in a header cell, both, or nowhere (then the reader must say it is unsure).
  const unitAt = note("unitAt", rng.pick(["title-right", "title-left", "header", "header", "nowhere"]));
  const unitStated = unitAt !== "nowhere" || table.unit === "billion-vnd" || table.unit === "thousand-vnd";
  const unitPlace = unitStated && unitAt === "nowhere" ? "title-right" : unitAt;
  const split = note("split", rng.pick(["none", "none", "nstw", "dtpt"]));
  const splitTotal = split !== "none" && note("splitTotal", rng.chance(0.5));
  const periodGroup = note(
    "periodGroup",
    rng.pick(["Kế hoạch giải ngân", "Dự kiến giải ngân", "Tiến độ giải ngân", "KH giải ngân năm 2024"]),
  );
  const monthStyle = note("monthStyle", rng.pick(["Tháng 1", "T1", "T01", "Th.1", "01/2024", "1 under Tháng"]));
  const quarterStyle = note("quarterStyle", rng.pick(["Quý I", "Q1", "Quý 1", "I under Quý"]));
  const mqLayout = note("monthQuarter", rng.pick(["quarter groups", "months then quarters"]));
  const plannedTotal = note("plannedTotal", rng.chance(0.4));
  const cumulative = note("cumulative", rng.chance(0.25));
  const actualTitle = rng.pick([
    "Giải ngân đến 31/5/2024",
    "Lũy kế giải ngân đến 31/5/2024",
    "Đã giải ngân",
    "Giá trị giải ngân đến hết tháng 5/2024",
    "Thực hiện giải ngân",
  ]);
  const rate = note("rate", rng.chance(0.3));
  const textNumbers = note("textNumbers", rng.pick(["none", "none", "vi", "en"]));
  const zeroAs = note("zeroAs", rng.pick(["blank", "-", "0"]));

  const amountCell = (dong: number, allowText: boolean): string | number | null => {
    if (dong === 0) return zeroAs === "blank" ? null : zeroAs === "-" ? "-" : 0;
    const v = inUnit(dong);
    if (allowText && textNumbers !== "none" && rng.chance(0.4)) return numberText(v, textNumbers as "vi" | "en");
    return v;
  };

  const monthLabel = (m: number): string =>
    monthStyle === "Tháng 1"
      ? `Tháng ${m}`
      : monthStyle === "T1"
        ? `T${m}`
        : monthStyle === "T01"
          ? `T${String(m).padStart(2, "0")}`
          : monthStyle === "Th.1"
            ? `Th.${m}`
            : monthStyle === "01/2024"
              ? `${String(m).padStart(2, "0")}/2024`
              : String(m);
  const quarterLabel = (q: number): string =>
    quarterStyle === "Quý I"
      ? `Quý ${ROMAN[q - 1]}`
      : quarterStyle === "Q1"
        ? `Q${q}`
        : quarterStyle === "Quý 1"
          ? `Quý ${q}`
          : ROMAN[q - 1];
  const underMonth = monthStyle === "1 under Tháng";
  const underQuarter = quarterStyle === "I under Quý";

  const sourceNamedInHeader = table.mode === "groups" || (table.mode === "single" && opts.namedIn === "header");
  const allocTitle = (s: Source): string =>
    table.mode === "single" && opts.namedIn === "header"
      ? sourcePhrase(rng, s)
      : rng.pick(["Kế hoạch vốn", "Vốn được giao", "Tổng vốn", "Kế hoạch vốn giao"]);

  // Column groups per source; otherwise one set of columns that every source's rows share.
  const sourcesHere = opts.only ? [opts.only] : table.mode === "groups" ? table.sources : [table.sources[0]];
  for (const s of sourcesHere) {
    const group = table.mode === "groups" ? [sourcePhrase(rng, s)] : [];
    // Column groups name the source over every column; a single table names it in the allocation's header only.
    const colSource = table.mode === "groups" ? s : null;
    const allocSource = sourceNamedInHeader ? s : null;
    const figs = (r: RowCtx): Figures | null =>
      table.mode === "groups" || opts.only
        ? (r.figures?.get(s) ?? null)
        : r.source
          ? (r.figures?.get(r.source) ?? null)
          : r.figures?.size === 1
            ? [...r.figures.values()][0]
            : null;
    const amount = (
      path: string[],
      truth: Omit<TruthColumn, "col">,
      figure: (f: Figures) => number,
      text: boolean,
    ): ColumnDef => ({
      path,
      truth,
      figure,
      source: s,
      value: (r) => (figs(r) ? amountCell(figure(figs(r)!), text) : null),
      sums: true,
    });
    // Allocated, with its split.
    const unitSuffix = unitPlace === "header" ? ` (${UNIT_WORDS[table.unit]})` : "";
    if (split === "none") {
      const title = allocTitle(s) + unitSuffix;
      const path =
        table.mode === "groups" ? [...group, rng.pick(["Kế hoạch vốn", "Vốn giao", "KH vốn"]) + unitSuffix] : [title];
      cols.push(amount(path, roleTruth("allocated", { source: allocSource }), (f) => f.allocated, true));
    } else {
      const head = [...group, (table.mode === "groups" ? "Kế hoạch vốn" : allocTitle(s)) + unitSuffix];
      const [p1, p2] = split === "nstw" ? (["nstw", "nsdp"] as const) : (["dtpt", "sn"] as const);
      const [t1, t2] =
        split === "nstw"
          ? [rng.pick(["NSTW", "Ngân sách trung ương"]), rng.pick(["NSĐP", "Ngân sách địa phương"])]
          : [rng.pick(["ĐTPT", "Đầu tư phát triển", "Vốn đầu tư"]), rng.pick(["SN", "Sự nghiệp", "Vốn sự nghiệp"])];
      if (splitTotal) {
        cols.push(
          amount(
            [...head, rng.pick(["Tổng số", "Tổng cộng", "Tổng"])],
            roleTruth("allocated", { source: allocSource, part: "total" }),
            (f) => f.allocated,
            true,
          ),
        );
      }
      cols.push(
        amount([...head, t1], roleTruth("allocated", { source: allocSource, part: p1 }), (f) => f.firstPart, false),
      );
      cols.push(
        amount(
          [...head, t2],
          roleTruth("allocated", { source: allocSource, part: p2 }),
          (f) => f.allocated - f.firstPart,
          false,
        ),
      );
    }
    // Periods.
    if (table.periodic.has(s)) {
      const pg = [...group, periodGroup];
      const monthCol = (m: number, path: string[]): ColumnDef =>
        amount(path, roleTruth("planned", { source: colSource, month: m }), (f) => f.months[m - 1], true);
      const quarterSum = (f: Figures, q: number): number => f.months.slice(3 * q - 3, 3 * q).reduce((a, b) => a + b, 0);
      const quarterCol = (q: number, outer: string[], title: string): ColumnDef =>
        amount(
          [...outer, title],
          roleTruth("planned", { source: colSource, quarter: q }),
          (f) => quarterSum(f, q),
          true,
        );
      const monthPath = (m: number, outer: string[]): string[] =>
        underMonth ? [...outer, "Tháng", monthLabel(m)] : [...outer, monthLabel(m)];
      if (table.granularity === "month") for (let m = 1; m <= 12; m++) cols.push(monthCol(m, monthPath(m, pg)));
      else if (table.granularity === "quarter") {
        for (let q = 1; q <= 4; q++) cols.push(quarterCol(q, underQuarter ? [...pg, "Quý"] : pg, quarterLabel(q)));
      } else if (mqLayout === "quarter groups") {
        for (let q = 1; q <= 4; q++) {
          const outer = [...pg, `Quý ${ROMAN[q - 1]}`];
          for (let m = 3 * q - 2; m <= 3 * q; m++)
            cols.push(monthCol(m, [...outer, monthLabel(m).replace(/^(\d+)$/, "Tháng $1")]));
          cols.push(quarterCol(q, outer, `Cộng quý ${ROMAN[q - 1]}`));
        }
      } else {
        for (let m = 1; m <= 12; m++) cols.push(monthCol(m, monthPath(m, pg)));
        for (let q = 1; q <= 4; q++) cols.push(quarterCol(q, pg, `Quý ${ROMAN[q - 1]}`));
      }
      if (cumulative) {
        cols.push(
          amount(
            [...pg, "Lũy kế 6 tháng"],
            roleTruth("cumulative", { source: colSource }),
            (f) => f.months.slice(0, 6).reduce((a, b) => a + b, 0),
            false,
          ),
        );
      }
      if (plannedTotal) {
        cols.push(
          amount(
            [...pg, rng.pick(["Tổng cộng", "Cộng"])],
            roleTruth("planned-total", { source: colSource }),
            (f) => f.months.reduce((a, b) => a + b, 0),
            false,
          ),
        );
      }
    }
    cols.push(amount([...group, actualTitle], roleTruth("actual", { source: colSource }), (f) => f.actual, true));
    if (rate) {
      cols.push({
        path: [...group, rng.pick(["Tỷ lệ giải ngân (%)", "Tỷ lệ %", "Tỷ lệ GN"])],
        truth: roleTruth("rate", { source: colSource }),
        value: (r) => {
          const f = figs(r);
          return f && f.allocated > 0 ? Math.round((1000 * f.actual) / f.allocated) / 10 : null;
        },
        sums: false,
      });
    }
  }
  const hasNote = rng.chance(0.5);
  if (hasNote)
    cols.push({ path: [rng.pick(["Ghi chú", "GHI CHÚ"])], truth: roleTruth("note"), value: () => null, sums: false });

  // --- title block
  let row = 1;
  const width = cols.length;
  const right = Math.max(width - 4, 4);
  const formLabel = rng.pick(["Biểu 01", "Biểu số 01", "Mẫu số 02", "Phụ lục 3", null]);
  const formRight = rng.chance(0.5);
  ctx.issuer.lines.forEach((l, i) => {
    w.set(row, 1, { value: l, bold: true });
    if (i === 0) w.set(row, right, { value: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true });
    if (i === 1) w.set(row, right, { value: "Độc lập - Tự do - Hạnh phúc", bold: true });
    if (i === 0 && formLabel) w.set(row, formRight ? width : 3, { value: formLabel, italic: true });
    row++;
  });
  if (ctx.issuer.lines.length === 1) w.set(row++, right, { value: "Độc lập - Tự do - Hạnh phúc", bold: true });
  if (rng.chance(0.6)) w.set(row, 1, `Số: ${rng.int(10, 999)}/BC-UBND`);
  w.set(row++, right, { value: `${ctx.issuer.place}, ngày 5 tháng 6 năm 2024`, italic: true });
  row++;
  const titleText =
    opts.only && opts.namedIn === "title"
      ? `KẾ HOẠCH GIẢI NGÂN ${sourcePhrase(rng, opts.only).toLocaleUpperCase("vi")}`
      : opts.only && opts.namedIn === "sheet"
        ? "KẾ HOẠCH GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"
        : rng.pick([
            "KẾ HOẠCH GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH MTQG NĂM 2024",
            "KẾ HOẠCH GIẢI NGÂN VỐN ĐẦU TƯ CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
          ]);
  w.set(row, 1, { value: titleText, bold: true });
  w.merge(row, 1, row, width);
  row++;
  if (rng.chance(0.4)) w.set(row++, 1, { value: "(Kèm theo Báo cáo của UBND)", italic: true });
  if (unitPlace === "title-right")
    w.set(row++, width, { value: `Đơn vị tính: ${UNIT_WORDS[table.unit]}`, italic: true });
  else if (unitPlace === "title-left") w.set(row++, 1, { value: `ĐVT: ${UNIT_WORDS[table.unit]}`, italic: true });

  // A summary table (by programme, no works) above the detailed plan: its rows are not plan lines.
  const summaryAt = note("summary", rng.pick(["none", "none", "above", "below"]));
  const programmeNodes = roots.flatMap((r) => (r.kind === "section" ? r.children : [r]));
  if (summaryAt === "above") {
    row++;
    row = writeSummary(w, row, programmeNodes, inUnit) + 1;
  }

  // --- header band
  const headerTop = row;
  const depth = Math.max(...cols.map((c) => c.path.length));
  const centreAcross = note("centreAcross", rng.chance(0.3));
  const leafMerge = note("leafMerge", rng.chance(0.8));
  for (let level = 0; level < depth; level++) {
    let c = 0;
    while (c < cols.length) {
      const p = cols[c].path;
      if (level >= p.length) {
        c++;
        continue;
      }
      const isLeaf = level === p.length - 1;
      const text = styled(rng, p[level], ctx.textStyle);
      if (isLeaf) {
        w.set(headerTop + level, c + 1, { value: text, bold: true, wrap: true });
        if (level < depth - 1 && leafMerge) w.merge(headerTop + level, c + 1, headerTop + depth - 1, c + 1);
        c++;
        continue;
      }
      // A group: the run of columns sharing this path prefix.
      let end = c;
      const prefix = p.slice(0, level + 1).join("\u0000");
      while (
        end + 1 < cols.length &&
        cols[end + 1].path.length > level + 1 &&
        cols[end + 1].path.slice(0, level + 1).join("\u0000") === prefix
      )
        end++;
      w.set(headerTop + level, c + 1, { value: text, bold: true, wrap: !centreAcross, centreAcross });
      if (!centreAcross) w.merge(headerTop + level, c + 1, headerTop + level, end + 1);
      c = end + 1;
    }
  }
  const headerRows = Array.from({ length: depth }, (_, i) => headerTop + i);
  row = headerTop + depth;
  if (note("numberingRow", rng.chance(0.5))) {
    const letters = rng.chance(0.5);
    cols.forEach((_, i) =>
      w.set(row, i + 1, letters ? (i < 2 ? String.fromCharCode(65 + i) : String(i - 1)) : `(${i + 1})`),
    );
    row++;
  }

  // --- data rows
  const lines: TruthLine[] = [];
  const totalAt = note("total", rng.pick(["top", "top", "bottom", "none"]));
  const totalLabel = rng.pick(["TỔNG CỘNG", "Tổng số", "TỔNG SỐ", "Cộng"]);
  const sttOf = sttMaker(scheme, table.mode === "sections");
  const hiddenRow = note("hiddenRow", rng.chance(0.2));
  const trongDo = note("trongDo", rng.chance(0.2));
  const mergeContinued = note("mergeContinued", rng.chance(0.4));
  const amountCols = cols.map((c, i) => ({ c, col: i + 1 })).filter((x) => x.c.sums);
  const sourcesOfTable = opts.only ? [opts.only] : table.sources;

  const headingRows = (parentRow: number | null, kind: LineKind, childRows: number[], r: number): void => {
    // Headings add up their children with SUM formulas, cached as a spreadsheet computes them:
    // amounts typed as text are not added (the reader's group-sum check is there for that).
    const dong = (row: number, col: number): number => {
      const v = w.sheet.cells.get(row)?.get(col)?.value;
      return typeof v === "number" ? Math.round(v * factor) : 0;
    };
    for (const { col } of amountCols) {
      const cached = inUnit(childRows.reduce((t, cr) => t + dong(cr, col), 0));
      const formula =
        childRows.length > 0 ? `SUM(${childRows.map((cr) => `${columnLetter(col)}${cr}`).join(",")})` : undefined;
      w.set(r, col, { value: cached, formula, bold: true });
    }
    // A heading's figures are what its cells show, read through the generator's own columns.
    const shown = (s: Source | null): Pick<TruthLine, "allocated" | "planned" | "quarters" | "actual"> => {
      const mine = amountCols.filter(({ c }) => s === null || c.source === s);
      const sum = (pick: (k: TruthColumn) => boolean): number =>
        mine.filter(({ c, col }) => pick({ col, ...c.truth })).reduce((t, { col }) => t + dong(r, col), 0);
      const alloc = mine.filter(({ c }) => c.truth.role === "allocated");
      const hasTotal = alloc.some(({ c }) => c.truth.part === null || c.truth.part === "total");
      const month = (m: number): number => sum((k) => k.role === "planned" && k.month === m);
      const quarter = (q: number): number => sum((k) => k.role === "planned" && k.quarter === q);
      return {
        allocated: sum((k) => k.role === "allocated" && (hasTotal ? k.part === null || k.part === "total" : true)),
        planned:
          table.granularity === "quarter"
            ? [1, 2, 3, 4].map(quarter)
            : Array.from({ length: 12 }, (_, i) => month(i + 1)),
        quarters: table.granularity === "month+quarter" ? [1, 2, 3, 4].map(quarter) : null,
        actual: sum((k) => k.role === "actual"),
      };
    };
    const one = sourceColumn || table.mode === "sections";
    for (const s of one ? [null] : sourcesOfTable) {
      lines.push({ row: r, kind, parentRow, source: s ?? "*", breakdown: false, amounts: true, ...shown(s) });
    }
  };

  const figureTruth = (
    f: Figures | undefined,
    periodic: boolean,
  ): Pick<TruthLine, "allocated" | "planned" | "quarters" | "actual"> => {
    const months = f && periodic ? f.months : new Array<number>(12).fill(0);
    const quarters = [0, 1, 2, 3].map((q) => months.slice(3 * q, 3 * q + 3).reduce((a, b) => a + b, 0));
    return {
      allocated: f?.allocated ?? 0,
      planned: table.granularity === "quarter" ? quarters : months,
      quarters: table.granularity === "month+quarter" ? quarters : null,
      actual: f?.actual ?? 0,
    };
  };

  let totalRow: number | null = null;
  if (totalAt === "top") {
    totalRow = row++;
  }
  const topRows: number[] = [];
  const writeNode = (n: Node, parentRow: number | null, path: number[]): number[] => {
    // Returns the rows that carry this node's money (for the parent's SUM).
    if (n.kind === "work") {
      const srcs = [...n.money.keys()];
      const rowsHere = sourceColumn ? srcs.map(() => row++) : [row++];
      const stt = sttOf(path);
      rowsHere.forEach((r, i) => {
        const source = sourceColumn ? srcs[i] : null;
        const rc: RowCtx = { node: n, source, stt: i === 0 ? stt : "", figures: n.money };
        cols.forEach((c, k) => {
          const v = c.value(rc);
          if (v !== null) w.set(r, k + 1, v);
        });
        if (i > 0 && mergeContinued) {
          // Name and code merged down over the work's rows: one cell, shown on each.
          for (const [k, c] of cols.entries()) {
            if (c.truth.role === "label" || c.truth.role === "code" || c.truth.role === "owner") {
              w.sheet.cells.get(r)?.delete(k + 1);
            }
          }
        }
        const lineSources = sourceColumn ? [source!] : opts.only ? [opts.only] : srcs;
        for (const s of lineSources)
          lines.push({
            row: r,
            kind: "item",
            parentRow,
            source: s,
            breakdown: false,
            amounts: true,
            ...figureTruth(n.money.get(s), table.periodic.has(s)),
          });
      });
      if (sourceColumn && mergeContinued && rowsHere.length > 1) {
        for (const [k, c] of cols.entries()) {
          if (c.truth.role === "label" || c.truth.role === "code" || c.truth.role === "owner")
            w.merge(rowsHere[0], k + 1, rowsHere[rowsHere.length - 1], k + 1);
        }
      }
      if (hiddenRow && !w.sheet.hiddenRows.length && rng.chance(0.3)) w.sheet.hiddenRows.push(rowsHere[0]);
      if (trongDo && !sourceColumn && rng.chance(0.3)) {
        const r0 = rowsHere[rowsHere.length - 1];
        const td = row++;
        w.set(td, cols.findIndex((c) => c.truth.role === "label") + 1, { value: "Trong đó:", italic: true });
        lines.push({
          row: td,
          kind: "item",
          parentRow: r0,
          source: "*",
          breakdown: true,
          amounts: false,
          allocated: 0,
          planned: [],
          quarters: null,
          actual: null,
        });
        const d = row++;
        w.set(d, cols.findIndex((c) => c.truth.role === "label") + 1, { value: "- Xây lắp", italic: true });
        // The part detailed: the work's first amount again.
        const first = amountCols.find(({ col }) => typeof w.sheet.cells.get(r0)?.get(col)?.value === "number");
        if (first) w.set(d, first.col, { value: w.sheet.cells.get(r0)!.get(first.col)!.value, italic: true });
        lines.push({
          row: d,
          kind: "item",
          parentRow: r0,
          source: "*",
          breakdown: true,
          amounts: false,
          allocated: 0,
          planned: [],
          quarters: null,
          actual: null,
        });
      }
      return rowsHere;
    }
    const r = row++;
    w.set(r, cols.findIndex((c) => c.truth.role === "label") + 1, { value: n.label, bold: true });
    const stt = sttOf(path);
    if (hasStt && stt) w.set(r, 1, { value: stt, bold: true });
    const childRows: number[] = [];
    n.children.forEach((ch, i) => childRows.push(...writeNode(ch, r, [...path, i + 1])));
    headingRows(parentRow, "group", childRows, r);
    return [r];
  };
  roots.forEach((n, i) => topRows.push(...writeNode(n, totalAt === "top" ? totalRow : null, [i + 1])));
  if (totalAt === "bottom") totalRow = row++;
  if (totalRow !== null) {
    w.set(totalRow, cols.findIndex((c) => c.truth.role === "label") + 1, { value: totalLabel, bold: true });
    headingRows(null, "total", topRows, totalRow);
  }

  // --- below the table: notes, a summary table, the signature block
  row++;
  if (rng.chance(0.4))
    w.set(row++, rng.pick([1, 2]), { value: "Ghi chú: Số liệu giải ngân lấy theo báo cáo của Kho bạc.", italic: true });
  if (summaryAt === "below") {
    row++;
    row = writeSummary(w, row, programmeNodes, inUnit) + 1;
  }
  const signRight = note("signature", rng.pick(["left+right", "right"]));
  if (rng.chance(0.5)) w.set(row++, right, { value: `${ctx.issuer.place}, ngày 5 tháng 6 năm 2024`, italic: true });
  if (signRight === "left+right") w.set(row, 2, { value: "NGƯỜI LẬP BIỂU", bold: true });
  w.set(row++, right, { value: rng.pick(["TM. ỦY BAN NHÂN DÂN", "THỦ TRƯỞNG ĐƠN VỊ", "KT. CHỦ TỊCH"]), bold: true });

  // --- hidden column: the note or rate column, or none
  if (note("hiddenColumn", rng.chance(0.2))) {
    const k = cols.findIndex((c) => c.truth.role === "note" || c.truth.role === "rate");
    if (k >= 0) w.sheet.hiddenColumns.push(k + 1);
  }

  lines.sort((a, b) => a.row - b.row);
  return {
    sheet: w.sheet,
    truth: {
      sheet: sheetName,
      headerRows,
      unit: table.unit,
      unitStated,
      granularity: table.granularity,
      columns: cols.map((c, i) => ({ col: i + 1, ...c.truth })),
      lines,
    },
  };
}

/** A summary by programme (no works): STT, programme, capital, disbursed. Returns its last row. */
function writeSummary(w: SheetWriter, top: number, programmes: Node[], inUnit: (d: number) => number): number {
  let row = top;
  w.set(row++, 1, { value: "TỔNG HỢP THEO CHƯƠNG TRÌNH", bold: true });
  ["STT", "Chương trình", "Kế hoạch vốn", "Đã giải ngân"].forEach((t, i) =>
    w.set(row, i + 1, { value: t, bold: true }),
  );
  row++;
  const byName = new Map<string, { a: number; d: number }>();
  const walk = (n: Node, prog: string): void => {
    if (n.kind === "work") {
      const o = byName.get(prog) ?? { a: 0, d: 0 };
      for (const f of n.money.values()) {
        o.a += f.allocated;
        o.d += f.actual;
      }
      byName.set(prog, o);
    } else n.children.forEach((c) => walk(c, prog));
  };
  for (const p of programmes) walk(p, p.label);
  [...byName.entries()].forEach(([name, o], i) => {
    w.set(row, 1, ROMAN[i] ?? String(i + 1));
    w.set(row, 2, name);
    w.set(row, 3, inUnit(o.a));
    w.set(row, 4, inUnit(o.d));
    row++;
  });
  return row;
}

/** STT marks by level for a scheme; sections (when present) take a level above the programmes. */
function sttMaker(scheme: string, sections: boolean): (path: number[]) => string {
  const roman = (n: number): string => ROMAN[n - 1] ?? String(n);
  const upper = (n: number): string => String.fromCharCode(64 + n);
  const lower = (n: number): string => String.fromCharCode(96 + n);
  const arabic = (n: number): string => String(n);
  const dash = (): string => "-";
  const levels: Record<string, ((n: number) => string)[]> = {
    "I/1/a": sections ? [upper, roman, arabic, lower] : [roman, arabic, lower],
    "A/I/1": sections ? [upper, roman, arabic, dash] : [upper, roman, arabic],
    "I/1/-": sections ? [upper, roman, arabic, dash] : [roman, arabic, dash],
  };
  return (path) => {
    if (scheme === "none") return "";
    if (scheme === "1/1.1/1.1.1") return path.join(".");
    return levels[scheme][path.length - 1](path[path.length - 1]);
  };
}

/** A number typed as text, in Vietnamese ("1.234,5") or English ("1,234.5") notation. */
function numberText(v: number, notation: "vi" | "en"): string {
  const [int, frac] = String(v).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, notation === "vi" ? "." : ",");
  return frac ? `${grouped}${notation === "vi" ? "," : "."}${frac}` : grouped;
}

/** A non-empty random subset, in the given order. */
function subset<T>(rng: Random, items: readonly T[]): T[] {
  const out = items.filter(() => rng.chance(0.5));
  return out.length > 0 ? out : [rng.pick(items)];
}
