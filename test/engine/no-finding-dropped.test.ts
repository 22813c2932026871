import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type CellValue, type Grid, columnLetter } from "../../src/engine/grid";
import { checkWorkbook } from "../../src/engine/validate";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { grid } from "../helpers/grid";
import { item, months, planGrid } from "../helpers/plan-grid";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const QUARTERS = ["I", "II", "III", "IV"];

/**
 * A month+quarter table whose quarters are "Cộng quý I…IV" subtotal columns inside the
 * month groups; `rows` are [STT, name, owner, allocation, then per quarter three months and the subtotal].
 */
function quarterSubtotals(rows: CellValue[][]): Grid {
  const top: CellValue[] = ["STT", "Tên công trình", "Chủ đầu tư", "Kế hoạch vốn năm 2024"];
  const sub: CellValue[] = [null, null, null, null];
  const merges = ["A2:A3", "B2:B3", "C2:C3", "D2:D3"];
  QUARTERS.forEach((q, i) => {
    for (let m = 1; m <= 3; m++) {
      top.push(`Quý ${q}`);
      sub.push(`Tháng ${i * 3 + m}`);
    }
    top.push(`Quý ${q}`);
    sub.push(`Cộng quý ${q}`);
    merges.push(`${columnLetter(5 + i * 4)}2:${columnLetter(8 + i * 4)}2`);
  });
  return grid({ sheet: "KH 2024", rows: [["ĐVT: triệu đồng"], top, sub, ...rows], merges });
}

/** One column group per source (allocation, twelve months), one row per works line. */
function multiSource(rows: CellValue[][]): Grid {
  const sources = ["Vốn năm 2022 kéo dài sang 2024", "Kế hoạch vốn năm 2024"];
  const top: CellValue[] = ["STT", "Tên công trình", "Chủ đầu tư"];
  const sub: CellValue[] = [null, null, null];
  const merges = ["A2:A3", "B2:B3", "C2:C3"];
  for (const s of sources) {
    const from = top.length + 1;
    top.push(s, ...Array<CellValue>(12).fill(s));
    sub.push("Kế hoạch vốn", ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`));
    merges.push(`${columnLetter(from)}2:${columnLetter(from + 12)}2`);
  }
  return grid({ sheet: "Theo nguồn", rows: [["ĐVT: triệu đồng"], top, sub, ...rows], merges });
}

/** Findings the rules produced (on every line read, breakdown rows included) and findings the report carries. */
function counts(grids: Grid[], asOf = "2024-05-31"): { produced: string[]; reported: string[] } {
  const { report, tables } = checkWorkbook(grids, { file: "t.xlsx", asOf, lang: "vi" });
  const key = (sheet: string, f: { rule: string; cell: string | null }) => `${sheet}!${f.cell} ${f.rule}`;
  return {
    produced: tables.flatMap((t) => t.lines.flatMap((l) => l.findings.map((f) => key(t.table.sheet, f)))).sort(),
    reported: report.tables.flatMap((t) => t.lines.flatMap((l) => l.findings.map((f) => key(t.sheet, f)))).sort(),
  };
}

const quarterRow = (stt: CellValue, name: string, q1: CellValue[]): CellValue[] => [
  stt,
  name,
  "UBND xã A",
  1200,
  ...q1,
  100,
  100,
  100,
  300,
  100,
  100,
  100,
  300,
  100,
  100,
  100,
  300,
];

describe("no finding dropped", () => {
  it("finds a typed 'Cộng quý' subtotal that differs from the sum of its three months", () => {
    const g = quarterSubtotals([quarterRow(1, "Đường GTNT thôn 1", [100, 100, 100, 350])]);
    const { report } = checkWorkbook([g], { file: "t.xlsx", asOf: "2024-05-31", lang: "vi" });
    const line = report.tables[0].lines[0];
    assert.deepEqual(
      line.findings.map((f) => [f.rule, f.cell]),
      [["quarter-month-mismatch", "H4"]],
    );
    assert.match(line.findings[0].message, /Quý I ghi 350 triệu đồng nhưng tổng các tháng 1–3 là 300 triệu đồng/);
    assert.equal(line.status, "at-risk");
  });

  it("reports a finding on a 'Trong đó' breakdown row on the line it details", () => {
    const g = quarterSubtotals([
      quarterRow(1, "Đường GTNT thôn 1", [100, 100, 100, 300]),
      quarterRow(null, "Trong đó: vốn NSTW", [50, 50, 50, 160]),
    ]);
    const { report } = checkWorkbook([g], { file: "t.xlsx", asOf: "2024-05-31", lang: "vi" });
    const lines = report.tables[0].lines;
    assert.equal(lines.length, 1);
    assert.deepEqual(
      lines[0].findings.map((f) => [f.rule, f.cell]),
      [["quarter-month-mismatch", "H5"]],
    );
  });

  const layouts: [string, () => Promise<Grid[]> | Grid[]][] = [
    ...readdirSync(EXAMPLES)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f): [string, () => Promise<Grid[]>] => [f, () => readXlsx(readFileSync(join(EXAMPLES, f)), f)]),
    [
      "month+quarter with 'Cộng quý' subtotals, breakdown rows and mistakes",
      () => [
        quarterSubtotals([
          quarterRow("I", "Dự án 1: Hạ tầng", [200, 200, 200, 600]),
          quarterRow(1, "Đường GTNT thôn 1", [100, 100, 100, 350]),
          quarterRow(null, "Trong đó: vốn NSTW", [50, 50, "năm mươi", 160]),
          quarterRow(2, "Nhà văn hoá xã", [100, -100, 100, 100]),
          quarterRow(null, "Trong đó: vốn NSTW", [50, 50, 50, 160]),
        ]),
      ],
    ],
    [
      "one column group per source, with mistakes in each",
      () => [
        multiSource([
          [
            1,
            "Đường GTNT thôn 1",
            "UBND xã A",
            600,
            ...months(100, 100, 100, 100, 100, 0, 100),
            1200,
            ...months(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100),
          ],
          [2, "Nhà văn hoá xã", null, 300, ...months(100, 100, { error: "#REF!" } as never), 500, ...months(-100, 100)],
        ]),
      ],
    ],
    [
      "a generated monthly plan",
      () => [
        planGrid({
          title: "UBND HUYỆN A",
          items: [
            item("Đường GTNT thôn 1", months(100e6, 100e6, 100e6, 0, 0, 0, 0, 200e6), 0, "7900001"),
            item("Nhà văn hoá xã", months(0, 0, 0, 50e6, 50e6), 0, "7900001"),
          ],
        }),
      ],
    ],
  ];

  for (const [name, grids] of layouts) {
    it(`reports every finding the rules produce: ${name}`, async () => {
      for (const asOf of ["2024-03-31", "2024-05-31", "2024-09-30"]) {
        const { produced, reported } = counts(await grids(), asOf);
        assert.ok(produced.length > 0, "the layout has findings to lose");
        assert.deepEqual(reported, produced, asOf);
      }
    });
  }
});
