import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvToGrid } from "../../src/workbook/file/read-csv";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { writeSheetSpecs } from "../../src/workbook/file/write-xlsx";
import { readMetadata } from "../../src/workbook/file/custom-xml";
import { AllocationError, type AllocationList, allocationFromGrids } from "../../src/engine/template/allocation";
import { planTemplate, type PlanTemplate } from "../../src/engine/template/plan-template";
import { templateMetadata } from "../../src/engine/template";
import { validateWorkbook } from "../../src/engine/validate";
import { QUANG_NAM_2024, profileFromJson } from "../../src/engine/profile";
import type { Granularity, ValidateReport } from "../../src/engine/report-types";
import { a1 } from "../../src/engine/grid";
import { evaluateSheet } from "../../src/engine/sheet-eval";
import { grid } from "../helpers/grid";
import { fillOnPlan, setCell } from "../helpers/fill-template";

const EXAMPLES = join(__dirname, "..", "..", "examples", "allocation");
const profile = QUANG_NAM_2024;

function sampleAllocation(): AllocationList {
  return allocationFromGrids([csvToGrid(readFileSync(join(EXAMPLES, "phan-bo-von-2024.csv")), "phan-bo")], 2024);
}

async function roundTrip(t: PlanTemplate, asOf: string): Promise<ValidateReport> {
  const bytes = await writeSheetSpecs([t.spec]);
  return validateWorkbook(await readXlsx(bytes, "plan.xlsx"), { file: "plan.xlsx", asOf, lang: "vi", profile });
}

function findings(report: ValidateReport): string[] {
  return report.tables.flatMap((t) => t.lines.flatMap((l) => l.findings.map((f) => `${f.rule}@${f.cell}`)));
}

function cellAt(t: PlanTemplate, row: number, col: number) {
  return t.spec.cells.find((c) => c.row === row && c.col === col);
}

function headerTexts(t: PlanTemplate): string[] {
  return t.spec.cells
    .filter((c) => t.headerRows.includes(c.row) && typeof c.value === "string")
    .map((c) => String(c.value));
}

describe("reading an allocation list", () => {
  it("reads the sample CSV (BOM, semicolons, decimal comma) into lines under their headings, in đồng", () => {
    const a = sampleAllocation();
    assert.equal(a.unit, "million-vnd");
    assert.equal(a.items.length, 9);
    const road = a.items[0];
    assert.deepEqual(road.path, ["Chương trình MTQG xây dựng nông thôn mới", "Nội dung 1: Hạ tầng kinh tế - xã hội"]);
    assert.equal(road.code, "7901234");
    assert.equal(road.leader, "Nguyễn Văn An, Phó Chủ tịch UBND huyện");
    assert.deepEqual(road.sources, [
      { source: "carryover-2022", allocated: 850_000_000 },
      { source: "plan-2024", allocated: 1_250_500_000 },
    ]);
    // "Dự án 4" is a line of its own beside the heading "Dự án 1", not nested under it.
    assert.deepEqual(a.items[4].path, ["Chương trình MTQG giảm nghèo bền vững"]);
  });

  it("reads the sample .xlsx annex with its merged header and the NSTW/NSĐP split of the 2024 capital", async () => {
    const grids = await readXlsx(readFileSync(join(EXAMPLES, "phan-bo-von-2024.xlsx")), "a.xlsx");
    const a = allocationFromGrids(grids, 2024);
    const csv = sampleAllocation();
    assert.deepEqual(
      a.items.map((i) => [i.label, i.sources.map((s) => [s.source, s.allocated])]),
      csv.items.map((i) => [i.label, i.sources.map((s) => [s.source, s.allocated])]),
    );
    assert.deepEqual(a.items[0].sources[1], {
      source: "plan-2024",
      allocated: 1_250_500_000,
      nstw: 1_100_000_000,
      nsdp: 150_500_000,
    });
  });

  it("reads one row per source of a 'Nguồn vốn' column as one line with two sources", () => {
    const g = csvToGrid(
      Buffer.from(
        "STT,Tên dự án,Chủ đầu tư,Nguồn vốn,Kế hoạch vốn được giao (triệu đồng)\n" +
          '1,"Đường ""A""",UBND xã,Vốn năm 2023 kéo dài sang 2024,"1.000,5"\n' +
          '1,"Đường ""A""",UBND xã,Kế hoạch vốn năm 2024,2000\n',
      ),
      "x",
    );
    const a = allocationFromGrids([g], 2024);
    assert.equal(a.items.length, 1);
    assert.equal(a.items[0].label, 'Đường "A"');
    assert.deepEqual(
      a.items[0].sources.map((s) => [s.source, s.allocated]),
      [
        ["carryover-2023", 1_000_500_000],
        ["plan-2024", 2_000_000_000],
      ],
    );
  });

  it("refuses a list with no table, with no capital on any line, or with amounts that cannot be read", () => {
    const reason = (rows: (string | number | null)[][]): string => {
      try {
        allocationFromGrids([grid({ rows })], 2024);
      } catch (e) {
        assert.ok(e instanceof AllocationError);
        return `${e.reason}${e.cells.length > 0 ? ` ${e.cells.join(",")}` : ""}`;
      }
      return "read";
    };
    assert.equal(reason([["Danh bạ"], ["Họ tên", "Điện thoại"], ["An", "0905"]]), "no-table");
    const header = ["STT", "Tên dự án", "Mã dự án", "Chủ đầu tư", "Kế hoạch vốn năm 2024"];
    assert.equal(reason([header, ["1", "Đường A", "7901234", "UBND xã", null]]), "no-rows");
    assert.equal(
      reason([header, ["1", "Đường A", "7901234", "UBND xã", "một tỷ"], ["2", "Đường B", "7901235", "X", -5]]),
      "bad-amounts Sheet1!E2,Sheet1!E3",
    );
  });
});

describe("plan templates", () => {
  const allocation = sampleAllocation();

  it("lays out a monthly template: months as inputs, no quarters, totals and rates as formulas", () => {
    const t = planTemplate(allocation, { granularity: "month", profile });
    const headers = headerTexts(t);
    for (const h of [
      "STT",
      "Nguồn vốn",
      "Hạn giải ngân",
      "Kế hoạch giải ngân theo tháng",
      "Tháng 1",
      "Tháng 12",
      "Giải ngân thực hiện",
    ]) {
      assert.ok(headers.includes(h), h);
    }
    assert.ok(!headers.some((h) => h.startsWith("Quý")));
    assert.equal(t.inputs.months.length, 12);
    const line = t.lines[0];
    assert.equal(cellAt(t, line.row, t.inputs.months[0])?.style?.locked, false);
    const total = t.spec.cells.find((c) => c.row === line.row && c.formula?.startsWith("SUM("));
    assert.ok(total, "planned total is a formula");
    assert.deepEqual(t.spec.freeze, { rows: 6, columns: 2 });
    assert.deepEqual(t.spec.print, { paper: "A3", orientation: "landscape", fitToWidth: true, repeatRows: [5, 6] });
    assert.deepEqual(t.spec.protection, {});
    assert.ok(t.spec.merges!.includes("A5:A6"), "single titles merged over both header rows");
  });

  it("lays out a quarterly template: quarters as inputs, validated against the deadline by quarter end", () => {
    const t = planTemplate(allocation, { granularity: "quarter", profile });
    const headers = headerTexts(t);
    assert.ok(headers.includes("Quý IV") && !headers.includes("Tháng 1"));
    assert.equal(t.inputs.quarters.length, 4);
    const check = t.spec.validations![0];
    assert.equal(check.errorStyle, "stop");
    assert.match(check.formula!, /DATE\(2024,3\*\(COLUMN\(/);
  });

  it("lays out a monthly and quarterly template with each quarter the sum of its months", () => {
    const t = planTemplate(allocation, { granularity: "month+quarter", profile, deadlineCheck: "warning" });
    const line = t.lines[0];
    const quarters = t.spec.cells.filter(
      (c) => c.row === line.row && /^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/.test(c.formula ?? ""),
    );
    assert.equal(quarters.length, 5, "four quarters and the total");
    assert.equal(
      quarters[0].formula,
      `SUM(${a1(line.row, t.inputs.months[0]).replace(/\d+/, "")}${line.row}:${a1(line.row, t.inputs.months[2]).replace(/\d+/, "")}${line.row})`,
    );
    assert.equal(t.spec.validations![0].errorStyle, "warning");
  });

  it("gives an empty list's total 0 rather than a formula over its own row", () => {
    const t = planTemplate({ ...allocation, items: [] }, { granularity: "month", profile });
    const totalRow = t.spec.freeze!.rows + 1; // just under the header
    const totals = t.spec.cells.filter((c) => c.row === totalRow && c.style?.numberFormat?.includes("#,##0"));
    assert.ok(totals.length > 0);
    for (const c of totals) {
      assert.equal(c.formula, undefined, `${c.col}`);
      assert.equal(c.value, 0);
    }
    assert.ok(!t.spec.cells.some((c) => c.formula?.includes("SUBTOTAL")));
  });

  it("numbers levels I / 1 / a, writes one row per line and source, and merges the line's name over them", () => {
    const t = planTemplate(allocation, { granularity: "month", profile });
    const stt = (row: number) => cellAt(t, row, 1)?.value;
    const road = t.lines.slice(0, 2);
    assert.deepEqual(
      road.map((l) => l.source),
      ["carryover-2022", "plan-2024"],
    );
    assert.deepEqual([stt(8), stt(9), stt(10)], ["I", "1", "a"]);
    assert.ok(t.spec.merges!.includes(`B${road[0].row}:B${road[1].row}`));
    assert.equal(cellAt(t, 7, 2)?.value, "TỔNG CỘNG");
    assert.match(cellAt(t, 7, 8)?.formula ?? "", /^SUBTOTAL\(9,H8:H\d+\)$/);
    assert.deepEqual(
      road.map((l) => l.deadline),
      ["2024-06-30", "2024-12-31"],
    );
    const texts = t.spec.cells.map((c) => c.value);
    assert.ok(texts.includes("Người lập biểu") && texts.includes("Thủ trưởng đơn vị"));
  });

  for (const granularity of ["month", "quarter", "month+quarter"] as Granularity[]) {
    it(`reads back a ${granularity} template filled on plan with zero findings, totals exact to the đồng`, async () => {
      const t = planTemplate(allocation, { granularity, profile });
      fillOnPlan(t, profile, allocation.unit, 5);
      const report = await roundTrip(t, "2024-05-31");
      assert.deepEqual(findings(report), []);
      const table = report.tables[0];
      assert.equal(table.granularity, granularity);
      const items = table.lines.filter((l) => l.kind === "item");
      assert.equal(items.length, t.lines.length);
      const total = table.lines.find((l) => l.kind === "total")!;
      const sum = t.lines.reduce((s, l) => s + l.allocated, 0);
      assert.equal(total.allocated, sum);
      assert.equal(total.plannedTotal, sum);
      assert.deepEqual(
        items.map((l) => [l.row, l.source, l.allocated]),
        t.lines.map((l) => [l.row, l.source, l.allocated]),
      );
    });
  }

  it("reads back a template filled off plan with the rules that catch each mistake, at the cells typed", async () => {
    const t = planTemplate(allocation, { granularity: "month", profile });
    fillOnPlan(t, profile, allocation.unit, 5);
    const [c22, p24, other] = t.lines;
    const m = t.inputs.months;
    // 100 triệu moved from June to July on a line whose capital lapses on 30/6.
    const june = cellAt(t, c22.row, m[5])!.value as number;
    setCell(t, c22.row, m[5], june - 100);
    setCell(t, c22.row, m[6], 100);
    // One month short of the allocation; one month negative.
    const jan = cellAt(t, p24.row, m[0])!.value as number;
    setCell(t, p24.row, m[0], jan - 0.5);
    setCell(t, other.row, m[0], -1);
    const report = await roundTrip(t, "2024-01-31");
    const got = findings(report);
    assert.ok(got.includes(`plan-after-deadline@${a1(c22.row, m[6])}`), got.join(" "));
    assert.ok(
      got.some((f) => f.startsWith("plan-total-mismatch@") && f.endsWith(String(p24.row))),
      got.join(" "),
    );
    assert.ok(got.includes(`negative-amount@${a1(other.row, m[0])}`), got.join(" "));
    assert.ok(!got.some((f) => f.startsWith("group-sum-mismatch")), "group rows are formulas and stay right");
  });

  it("puts no line at risk when filled exactly on plan with money from April and checked on 31/3", async () => {
    for (const granularity of ["month", "quarter", "month+quarter"] as Granularity[]) {
      const t = planTemplate(allocation, { granularity, profile });
      fillOnPlan(t, profile, allocation.unit, 3, 4);
      const report = await roundTrip(t, "2024-03-31");
      const items = report.tables[0].lines.filter((l) => l.kind === "item");
      assert.equal(items.length, t.lines.length);
      assert.deepEqual(
        items.filter((l) => l.status !== "ok").map((l) => [l.row, l.status, l.findings.map((f) => f.rule)]),
        [],
        granularity,
      );
    }
  });

  /** Whether the actual-to-date column's conditional format marks a line's cell (evaluated as Excel would). */
  function actualMarked(t: PlanTemplate, row: number): boolean {
    const letter = a1(1, t.columns.actual).replace(/\d+$/, "");
    const cf = t.spec.conditionalFormats!.find((f) => f.range.startsWith(letter) && /^[A-Z]+\d+:/.test(f.range))!;
    // The format's formula is written for its top-left cell: shift its relative rows to `row`.
    const shift = row - Number(/^[A-Z]+(\d+)/.exec(cf.range)![1]);
    const formula = cf.formula.replace(/(\$?[A-Z]{1,3})(\d+)/g, (_, c, r) => `${c}${Number(r) + shift}`);
    const probe = { row: 9999, col: 1 };
    const values = evaluateSheet({ ...t.spec, cells: [...t.spec.cells, { ...probe, formula }] });
    return values.get(a1(probe.row, probe.col)) === true;
  }

  it("keeps the actuals' live check quiet while the report day is blank, and judges from the day given", () => {
    const blank = planTemplate(allocation, { granularity: "month", profile });
    assert.equal(cellAt(blank, blank.reportDate.row, blank.reportDate.col)!.value, null);
    for (const l of blank.lines) assert.equal(actualMarked(blank, l.row), false, `row ${l.row}`);

    const dated = planTemplate(allocation, { granularity: "month", profile, asOf: "2024-07-15" });
    // 15/7/2024 as an Excel serial day.
    assert.equal(cellAt(dated, dated.reportDate.row, dated.reportDate.col)!.value, 45488);
    const lapsed = dated.lines.filter((l) => l.deadline === "2024-06-30");
    const open = dated.lines.filter((l) => l.deadline === "2024-12-31");
    assert.ok(lapsed.length > 0 && open.length > 0);
    for (const l of lapsed)
      assert.equal(actualMarked(dated, l.row), true, `row ${l.row} is past its deadline, nothing disbursed`);
    for (const l of open) assert.equal(actualMarked(dated, l.row), false, `row ${l.row}`);
  });

  it("carries the profile in the workbook, loadable as a profile file", async () => {
    const t = planTemplate(allocation, { granularity: "month", profile });
    const bytes = await writeSheetSpecs([t.spec], { metadata: templateMetadata(profile, "month") });
    const meta = await readMetadata(bytes);
    assert.deepEqual(profileFromJson(meta?.profile), profile);
    assert.deepEqual(meta?.template, { granularity: "month" });
  });
});
