/**
 * Treasury exports in the Treasury's own shapes, generated from a seed
 * together with the units' workbooks they are reconciled with and the
 * differences a correct reconciliation must report, known from how the two
 * sides were made to differ (never computed by the code under test).
 *
 * The two shapes the State Treasury writes: "area" (one row per project and
 * plan year, the area — "Địa bàn" — in a column, on every row or once over
 * a unit's rows, merged down or not) and "unit-rows" (projects under a heading row per unit). Both
 * carry the budget-unit code (seven digits, like the project code, under a
 * header of its own), the investor, and the plan year whose capital each row
 * pays, which names the row's source.
 */

import { type CellValue, type Grid, columnLetter } from "../../src/engine/grid";
import { grid } from "./grid";
import { item, months, planGrid } from "./plan-grid";
import { type Random, seededRandom } from "./seeded-random";

export type TreasuryShape = "area" | "unit-rows";

export const SOURCES = ["carryover-2022", "carryover-2023", "plan-2024"] as const;
export type Source = (typeof SOURCES)[number];
const YEAR: Record<Source, number> = { "carryover-2022": 2022, "carryover-2023": 2023, "plan-2024": 2024 };

interface Money {
  allocated: number;
  paid: number;
}

interface Project {
  code: string;
  label: string;
  owner: string;
  money: Partial<Record<Source, Money>>;
}

interface Unit {
  /** As offices write it and as the consolidation must name it: "Huyện Nam Trà My". */
  name: string;
  kind: string;
  place: string;
  unitCode: string;
  projects: Project[];
}

export interface ExpectedDifference {
  unit: string;
  code: string;
  source: Source;
  field: "allocated" | "actualToDate";
  workbook: number;
  treasury: number;
  missingIn: "workbook" | "treasury" | null;
}

export interface TreasuryCase {
  seed: number;
  shape: TreasuryShape;
  /** Each unit's submission, one sheet per source. */
  workbooks: { file: string; grids: Grid[] }[];
  treasury: Grid;
  differences: ExpectedDifference[];
}

const PLACES: [string, string][] = [
  ["Huyện", "Nam Trà My"],
  ["Huyện", "Tây Giang"],
  ["Huyện", "Phước Sơn"],
  ["Huyện", "Tiên Phước"],
  ["Huyện", "Quế Sơn"],
  ["Huyện", "Đại Lộc"],
  ["Thị xã", "Điện Bàn"],
  ["Thành phố", "Tam Kỳ"],
  ["Thành phố", "Hội An"],
];
const WORKS = ["Đường giao thông thôn", "Nhà văn hóa thôn", "Trường mẫu giáo", "Kênh mương nội đồng", "Cầu treo"];

/** đồng, a whole number of thousands (the workbooks are in triệu đồng with three decimals). */
const amount = (rnd: Random, lo: number, hi: number): number => rnd.int(lo, hi) * 1_000;

function makeUnits(rnd: Random, codes: Set<string>): Unit[] {
  const newCode = (): string => {
    let c: string;
    do c = String(rnd.int(7_000_000, 7_999_999));
    while (codes.has(c));
    codes.add(c);
    return c;
  };
  return rnd
    .shuffle(PLACES)
    .slice(0, rnd.int(2, 4))
    .map(([kind, place], u) => ({
      name: `${kind} ${place}`,
      kind,
      place,
      // A budget-unit code is seven digits too: only its header tells it from a project code.
      unitCode: String(1_000_000 + rnd.int(0, 8_999_999)),
      projects: Array.from({ length: rnd.int(2, 4) }, (_, k) => {
        const money: Partial<Record<Source, Money>> = {};
        for (const s of rnd.shuffle(SOURCES).slice(0, rnd.int(1, 3))) {
          const allocated = amount(rnd, 100_000, 3_000_000);
          money[s] = { allocated, paid: rnd.chance(0.2) ? 0 : amount(rnd, 0, allocated / 1_000) };
        }
        return {
          code: newCode(),
          label: `${rnd.pick(WORKS)} ${u + 1}.${k + 1}`,
          owner: rnd.pick([`UBND ${kind.toLowerCase()} ${place}`, `Ban QLDA ĐTXD ${kind.toLowerCase()} ${place}`]),
          money,
        };
      }),
    }));
}

/** The unit's workbook: one sheet per source, the source named in the allocation header. */
function workbookOf(unit: Unit): Grid[] {
  return SOURCES.filter((s) => unit.projects.some((p) => p.money[s])).map((s) =>
    planGrid({
      title: `UBND ${unit.kind.toLocaleUpperCase("vi")} ${unit.place.toLocaleUpperCase("vi")}`,
      sheet: `KH ${s}`,
      allocationHeader: s === "plan-2024" ? "Kế hoạch vốn năm 2024" : `Vốn năm ${YEAR[s]} kéo dài sang năm 2024`,
      items: unit.projects
        .filter((p) => p.money[s])
        .map((p) => item(p.label, months(0, 0, p.money[s]!.allocated), p.money[s]!.paid, p.code)),
    }),
  );
}

interface TreasuryRow {
  unit: Unit;
  project: Project;
  source: Source;
  money: Money;
}

const HEADERS = {
  unitCode: ["Mã ĐVQHNS", "Mã đơn vị QHNS", "Mã đơn vị có quan hệ với ngân sách"],
  code: ["Mã dự án", "Mã DA", "Mã số dự án"],
  label: ["Tên dự án", "Tên dự án, công trình"],
  owner: ["Chủ đầu tư", "Đơn vị chủ đầu tư"],
  year: ["Năm KH vốn", "Niên độ", "Năm kế hoạch", "Niên độ ngân sách"],
  allocated: ["Kế hoạch vốn", "Dự toán giao", "Kế hoạch vốn được giao"],
  paid: ["Lũy kế thanh toán từ đầu năm", "Lũy kế vốn đã thanh toán đến 31/5/2024", "Số đã thanh toán"],
};

function yearCell(rnd: Random, year: number): CellValue {
  return rnd.pick<CellValue>([year, String(year), `Năm ${year}`]);
}

function treasuryGridOf(rnd: Random, shape: TreasuryShape, units: Unit[], rows: TreasuryRow[]): Grid {
  const h = (k: keyof typeof HEADERS): string => rnd.pick(HEADERS[k]);
  // The two seven-digit codes in either order: the header, not the position, must tell them apart.
  const codes = rnd.shuffle(["unitCode", "code"] as const);
  const keys =
    shape === "area"
      ? (["stt", "area", ...codes, "owner", "label", "year", "allocated", "paid"] as const)
      : (["stt", codes[0], "label", codes[1], "owner", "year", "allocated", "paid"] as const);
  const header = keys.map((k) => (k === "stt" ? "STT" : k === "area" ? "Địa bàn" : h(k)));
  const out: (CellValue[] | undefined)[] = [
    ["KHO BẠC NHÀ NƯỚC QUẢNG NAM"],
    ["BÁO CÁO TÌNH HÌNH THANH TOÁN VỐN ĐẦU TƯ CÁC CHƯƠNG TRÌNH MTQG"],
    ["Đơn vị: đồng"],
    header,
  ];
  const merges: string[] = [];
  const col = (k: (typeof keys)[number]): number => keys.indexOf(k as never);
  const letter = (c: number): string => columnLetter(c + 1);
  let n = 0;
  const mergeProjects = rnd.chance(0.4);
  units.forEach((u, i) => {
    const mine = rows.filter((r) => r.unit === u);
    if (mine.length === 0) return;
    if (shape === "unit-rows") {
      const heading: CellValue[] = Array<CellValue>(keys.length).fill(null);
      heading[col("stt")] = ["I", "II", "III", "IV"][i];
      heading[col("label")] = rnd.pick([
        u.name,
        `UBND ${u.kind.toLowerCase()} ${u.place}`,
        u.name.toLocaleUpperCase("vi"),
      ]);
      heading[col("allocated")] = mine.reduce((s, r) => s + r.money.allocated, 0);
      heading[col("paid")] = mine.reduce((s, r) => s + r.money.paid, 0);
      out.push(heading);
    }
    const area = rnd.pick([u.name, u.place]);
    // The area on every row, or once over the unit's rows: merged down, or left blank under.
    const style = rnd.pick(["every", "merged", "once"] as const);
    const merged = shape === "area" && mine.length > 1 && style === "merged";
    if (merged)
      merges.push(`${letter(col("area"))}${out.length + 1}:${letter(col("area"))}${out.length + mine.length}`);
    mine.forEach((r, k) => {
      // A project paid from several plan years: its number, codes, name and investor merged down over its rows.
      const first = k === 0 || mine[k - 1].project !== r.project;
      const rowsOf = mine.filter((x) => x.project === r.project).length;
      if (mergeProjects && first && rowsOf > 1)
        for (const key of ["stt", "unitCode", "code", "label", "owner"] as const) {
          const c = letter(col(key));
          merges.push(`${c}${out.length + 1}:${c}${out.length + rowsOf}`);
        }
      const under = mergeProjects && !first;
      const cells: CellValue[] = keys.map((key) => {
        if (under && ["stt", "unitCode", "code", "label", "owner"].includes(key)) return null;
        switch (key) {
          case "stt":
            return String(++n);
          case "area":
            return style !== "every" && k > 0 ? null : area;
          case "unitCode":
            return rnd.chance(0.5) ? Number(u.unitCode) : u.unitCode;
          case "code":
            return r.project.code;
          case "label":
            return r.project.label;
          case "owner":
            return r.project.owner;
          case "year":
            return yearCell(rnd, YEAR[r.source]);
          case "allocated":
            return r.money.allocated;
          case "paid":
            return r.money.paid;
        }
      });
      out.push(cells);
    });
  });
  out.push(undefined, ["Người lập biểu", null, null, null, "Kế toán trưởng", null, "Giám đốc"]);
  return grid({ sheet: "Bao cao KBNN", rows: out, merges });
}

/** A case of units, their workbooks, the Treasury's export in `shape`, and the 1–3 true differences. */
export function treasuryCase(seed: number, shape: TreasuryShape): TreasuryCase {
  const rnd = seededRandom(seed);
  const codes = new Set<string>();
  const units = makeUnits(rnd, codes);
  // The Treasury's rows start as the workbooks' lines; each kind of difference is then made on purpose.
  const rows: TreasuryRow[] = units.flatMap((unit) =>
    unit.projects.flatMap((project) =>
      SOURCES.filter((s) => project.money[s]).map((source) => ({
        unit,
        project,
        source,
        money: { ...project.money[source]! },
      })),
    ),
  );
  const differences: ExpectedDifference[] = [];
  const touched = new Set<TreasuryRow>();
  for (let i = rnd.int(1, 3); i > 0; i--) {
    const kind = rnd.pick(["paid", "allocated", "treasury-only", "workbook-only"] as const);
    if (kind === "treasury-only") {
      const unit = rnd.pick(units);
      const source = rnd.pick(SOURCES);
      const allocated = amount(rnd, 50_000, 900_000);
      const money = { allocated, paid: rnd.chance(0.5) ? 0 : amount(rnd, 1, allocated / 1_000) };
      const project: Project = { code: "", label: "Dự án chỉ Kho bạc có", owner: `UBND ${unit.name}`, money: {} };
      do project.code = String(rnd.int(7_000_000, 7_999_999));
      while (codes.has(project.code));
      codes.add(project.code);
      rows.push({ unit, project, source, money });
      const base = { unit: unit.name, code: project.code, source, workbook: 0, missingIn: "workbook" as const };
      differences.push({ ...base, field: "allocated", treasury: money.allocated });
      if (money.paid !== 0) differences.push({ ...base, field: "actualToDate", treasury: money.paid });
      continue;
    }
    const free = rows.filter((r) => !touched.has(r) && r.project.money[r.source]);
    if (free.length === 0) continue;
    const row = rnd.pick(free);
    touched.add(row);
    const base = { unit: row.unit.name, code: row.project.code, source: row.source };
    if (kind === "workbook-only") {
      rows.splice(rows.indexOf(row), 1);
      const m = row.project.money[row.source]!;
      differences.push({ ...base, field: "allocated", workbook: m.allocated, treasury: 0, missingIn: "treasury" });
      if (m.paid !== 0)
        differences.push({ ...base, field: "actualToDate", workbook: m.paid, treasury: 0, missingIn: "treasury" });
    } else {
      const field = kind === "paid" ? "paid" : "allocated";
      const workbook = row.money[field];
      row.money[field] += amount(rnd, 1, 50_000) * (rnd.chance(0.5) || workbook < 50_000_000 ? 1 : -1);
      differences.push({
        ...base,
        field: kind === "paid" ? "actualToDate" : "allocated",
        workbook,
        treasury: row.money[field],
        missingIn: null,
      });
    }
  }
  const workbooks = units.map((u) => ({
    file: `${u.place
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/gi, "d")
      .toLowerCase()
      .replace(/ /g, "-")}.xlsx`,
    grids: workbookOf(u),
  }));
  return { seed, shape, workbooks, treasury: treasuryGridOf(rnd, shape, units, rows), differences };
}

/** A difference as a comparable line: unit, code, source, field, the two sides, which side lacks the code. */
export const differenceLine = (d: {
  unit: string | null;
  code: string;
  source: string | null;
  field: string;
  workbook: number;
  treasury: number;
  missingIn: string | null;
}): string => [d.unit, d.code, d.source, d.field, d.workbook, d.treasury, d.missingIn].join(" | ");
