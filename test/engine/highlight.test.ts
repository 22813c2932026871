import { strict as assert } from "node:assert";
import { highlightFormula, highlightPlan, markOfFormula } from "../../src/engine/highlight";
import { highlightLegend } from "../../src/engine/text/highlight";
import type { ReportLine, ReportTable, ValidateReport } from "../../src/engine/report-types";
import { validateWorkbook } from "../../src/engine/validate";
import { grid } from "../helpers/grid";

const MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

function line(row: number, status: ReportLine["status"], findings: ReportLine["findings"] = []): ReportLine {
  return {
    row,
    kind: "item",
    parentRow: null,
    label: "x",
    code: null,
    source: "plan-2024",
    deadline: null,
    allocated: 0,
    planned: [],
    plannedTotal: 0,
    actualToDate: null,
    status,
    findings,
    programme: null,
    owner: null,
    leader: null,
    hidden: false,
  };
}

function report(lines: ReportLine[]): ValidateReport {
  const table: ReportTable = {
    sheet: "KH 2024",
    headerRows: [5, 6],
    firstDataRow: 7,
    lastDataRow: 40,
    unit: "million-vnd",
    granularity: "month",
    columns: {
      label: "B",
      allocated: { "plan-2024": "E" },
      planned: { "plan-2024": { "1": "F", "12": "Q" } },
      actual: { "plan-2024": "S" },
    },
    lines,
    confidence: {},
    actualAsOf: null,
  };
  return {
    reportVersion: 1,
    tool: { name: "ntp-disburse", version: "0" },
    file: "x.xlsx",
    profile: "p",
    asOf: "2024-06-30",
    tables: [table],
    summary: { lines: 0, byStatus: { ok: 0, watch: 0, "at-risk": 0, lapsed: 0, invalid: 0 }, errors: 0, warnings: 0 },
    lang: "vi",
  };
}

describe("highlight plan", () => {
  it("marks lines needing attention across the table's columns, joining consecutive rows with the same mark", () => {
    const plan = highlightPlan(
      report([
        line(7, "at-risk"),
        line(8, "at-risk"),
        line(9, "ok"),
        line(10, "lapsed"),
        line(11, "watch"),
        line(12, "invalid"),
      ]),
    );
    assert.deepEqual(plan.ranges, [
      { sheet: "KH 2024", range: "B7:S8", mark: "line-at-risk" },
      { sheet: "KH 2024", range: "B10:S10", mark: "line-lapsed" },
      { sheet: "KH 2024", range: "B11:S11", mark: "line-watch" },
      { sheet: "KH 2024", range: "B12:S12", mark: "line-invalid" },
    ]);
    assert.equal(highlightPlan(report([line(11, "watch")]), { watch: false }).ranges.length, 0);
  });

  it("gives a row with several sources its worst status, and each finding's cell its worst severity", () => {
    const f = (cell: string, severity: "error" | "warning" | "info") => ({
      rule: "not-a-number" as const,
      severity,
      cell,
      message: "",
    });
    const plan = highlightPlan(
      report([
        line(7, "watch", [f("K7", "warning"), f("L7", "info")]),
        line(7, "lapsed", [f("K7", "error"), f("M7", "warning")]),
      ]),
    );
    assert.deepEqual(plan.ranges, [
      { sheet: "KH 2024", range: "B7:S7", mark: "line-lapsed" },
      { sheet: "KH 2024", range: "K7", mark: "cell-error" },
      { sheet: "KH 2024", range: "M7", mark: "cell-warning" },
    ]);
  });

  it("marks every month after the deadline, not only the first, and lists them all in the finding", () => {
    const g = grid({
      rows: [
        ["ĐVT: triệu đồng"],
        ["STT", "Tên công trình", "Chủ đầu tư", "Vốn năm 2022 kéo dài", ...MONTHS, "Giải ngân đến 31/5/2024"],
        [1, "Đường GTNT thôn 1", "UBND xã A", 900, 100, 100, 100, 100, 100, 100, 100, 100, 100, 0, 0, 0, 500],
      ],
    });
    const r = validateWorkbook([g], { file: "t.xlsx", asOf: "2024-05-31", lang: "vi" });
    const f = r.tables[0].lines[0].findings.find((x) => x.rule === "plan-after-deadline")!;
    assert.equal(f.cell, "K3");
    assert.deepEqual(f.cells, ["K3", "L3", "M3"]);
    const cellMarks = highlightPlan(r)
      .ranges.filter((x) => x.mark === "cell-error")
      .map((x) => x.range);
    assert.deepEqual(cellMarks, ["K3", "L3", "M3"]);
  });

  it("names each mark in a formula that is always true and recognises only its own formulas", () => {
    assert.equal(highlightFormula("line-at-risk"), 'ISTEXT("ntp-disburse:line-at-risk")');
    assert.equal(markOfFormula('=ISTEXT("ntp-disburse:cell-error")'), "cell-error");
    assert.equal(markOfFormula('ISTEXT("ntp-disburse:something-else")'), null);
    assert.equal(markOfFormula("=$A1>0"), null);
  });

  it("has a legend entry with a label in each language and a colour for every mark", () => {
    const vi = highlightLegend("vi");
    const en = highlightLegend("en");
    assert.equal(vi.length, 6);
    assert.equal(vi[0].mark, "line-invalid");
    assert.ok(vi.every((e, i) => /^#[0-9A-F]{6}$/.test(e.fill) && e.label !== en[i].label));
  });
});
