import { strict as assert } from "node:assert";
import { validateWorkbook } from "../../src/engine/validate";
import type { CellValue } from "../../src/engine/grid";
import { grid } from "../helpers/grid";
import { formatReport } from "../../src/cli/summary";

const HEADER: CellValue[] = [
  "STT",
  "Tên dự án",
  "Mã dự án",
  "Chủ đầu tư",
  "KH vốn năm 2024",
  "Quý I",
  "Quý II",
  "Quý III",
  "Quý IV",
];
const run = (rows: CellValue[][], sheet = "KH 2024", lang: "vi" | "en" = "vi") =>
  validateWorkbook([grid({ sheet, rows: [HEADER, ...rows] })], { file: "t.xlsx", asOf: "2024-05-31", lang });
const findings = (r: ReturnType<typeof run>) =>
  r.tables.flatMap((t) => t.lines.flatMap((l) => l.findings.map((f) => [f.rule, f.cell])));

describe("reading rules", () => {
  it("accepts group sums that add up exactly although the sheet's floats do not", () => {
    const r = run([
      ["I", "Nhóm", null, null, 0.3, 0.1 + 0.2, 0, 0, 0],
      [1, "A", "7900001", "Xã A", 0.1, 0.1, 0, 0, 0],
      [2, "B", "7900002", "Xã B", 0.2, 0.2, 0, 0, 0],
    ]);
    assert.deepEqual(findings(r), []);
  });

  it("reports a group row one đồng off its children, at the group's cell", () => {
    const r = run([
      ["I", "Nhóm", null, null, 300.000001, 300, 0, 0, 0],
      [1, "A", "7900001", "Xã A", 100, 100, 0, 0, 0],
      [2, "B", "7900002", "Xã B", 200, 200, 0, 0, 0],
    ]);
    assert.deepEqual(findings(r), [["group-sum-mismatch", "E2"]]);
    assert.match(
      r.tables[0].lines[0].findings[0].message,
      /300,000001 triệu đồng .* 300 triệu đồng \(chênh 0,000001 triệu đồng/,
    );
  });

  it("does not check a group cell left blank, nor one whose children are unreadable", () => {
    const r = run([
      ["I", "Nhóm", null, null, null, 999, 0, 0, 0],
      [1, "A", "7900001", "Xã A", 100, "abc", 0, 0, 0],
    ]);
    assert.deepEqual(findings(r), [["not-a-number", "F3"]]);
    assert.equal(r.tables[0].lines[1].status, "invalid");
  });

  it("reports a quarter that differs from the sum of its months", () => {
    const g = grid({
      rows: [
        ["STT", "Tên dự án", "KH vốn 2024", "T1", "T2", "T3", "Quý I"],
        [1, "A", 30, 10, 10, 10, 30],
        [2, "B", 30, 10, 10, 10, 25],
      ],
    });
    const r = validateWorkbook([g], { file: "t.xlsx", asOf: "2024-05-31", lang: "en" });
    const f = r.tables[0].lines[1].findings;
    assert.deepEqual(
      f.map((x) => [x.rule, x.cell]),
      [["quarter-month-mismatch", "G3"]],
    );
    assert.match(f[0].message, /Quarter I states 25 million VND but months 1–3 add up to 30 million VND/);
  });

  it("reports a project code used twice for the same source, across sheets, but not for different sources", () => {
    const a = grid({ sheet: "KH 2024", rows: [HEADER, [1, "A", "7900001", "Xã A", 10, 10, 0, 0, 0]] });
    const b = grid({ sheet: "KH 2024 (2)", rows: [HEADER, [1, "A lặp", "7900001", "Xã A", 10, 10, 0, 0, 0]] });
    const c = grid({
      sheet: "Vốn 2023 kéo dài",
      rows: [
        HEADER.map((h) => (h === "KH vốn năm 2024" ? "Vốn giao" : h)),
        [1, "A", "7900001", "Xã A", 10, 10, 0, 0, 0],
      ],
    });
    const r = validateWorkbook([a, b, c], { file: "t.xlsx", asOf: "2024-05-31", lang: "vi" });
    assert.deepEqual(findings(r), [["duplicate-code", "C2"]]);
    assert.equal(r.tables[1].lines[0].findings[0].message.includes("KH 2024"), true);
  });

  it("reports a line without a name as an error and one without an owner as a warning", () => {
    const r = run([
      [1, null, "7900001", "Xã A", 10, 10, 0, 0, 0],
      [2, "B", "7900002", null, 10, 10, 0, 0, 0],
    ]);
    const all = r.tables[0].lines.flatMap((l) => l.findings.map((f) => [f.rule, f.severity, f.cell]));
    assert.deepEqual(all, [
      ["missing-required", "error", "B2"],
      ["missing-required", "warning", "D3"],
    ]);
    assert.equal(r.tables[0].lines[0].status, "invalid");
  });

  it("reports negative amounts and formula errors at their cells", () => {
    const r = run([[1, "A", "7900001", "Xã A", -10, { error: "#REF!" }, 0, 0, 0]]);
    assert.deepEqual(findings(r), [
      ["negative-amount", "E2"],
      ["formula-error", "F2"],
    ]);
    assert.match(r.tables[0].lines[0].findings[1].message, /#REF!/);
  });

  it("counts lines of plan only (works and contents), never the total or heading rows", () => {
    const g = grid({
      rows: [
        ["ĐVT: triệu đồng"],
        [
          "STT",
          "Tên công trình",
          "Mã dự án",
          "Chủ đầu tư",
          "Kế hoạch vốn năm 2024",
          "Tháng 1",
          "Tháng 2",
          "Tháng 3",
          "Tháng 4",
        ],
        [null, "TỔNG CỘNG", null, null, 30, 0, 10, 10, 10],
        ["I", "Dự án 1: Hạ tầng", null, null, 30, 0, 10, 10, 10],
        [1, "A", "7900001", "Xã A", 10, 0, 10, 0, 0],
        [2, "B", "7900002", "Xã B", 10, 0, 0, 10, 0],
        [3, "C", "7900003", "Xã C", 10, 0, 0, 0, 10],
      ],
    });
    const r = validateWorkbook([g], { file: "t.xlsx", asOf: "2024-01-31", lang: "vi" });
    assert.equal(r.tables[0].lines.length, 5);
    assert.equal(r.summary.lines, 3);
    assert.equal(
      Object.values(r.summary.byStatus).reduce((a, b) => a + b, 0),
      3,
    );
    assert.match(formatReport(r, "vi"), /; 3 dòng kế hoạch\n/);
  });

  it("counts errors and warnings and lines by status in the summary", () => {
    const r = run([
      [1, "A", "7900001", "Xã A", 10, "x", 0, 0, 0],
      [2, "B", "7900002", null, 10, 10, 0, 0, 0],
    ]);
    assert.deepEqual(r.summary, {
      lines: 2,
      // The line without its owner is watched, not ok: a warning never leaves a line ok.
      byStatus: { ok: 0, watch: 1, "at-risk": 0, lapsed: 0, invalid: 1 },
      errors: 1,
      warnings: 1,
    });
  });
});
