import { strict as assert } from "node:assert";
import fc from "fast-check";
import type { CellValue } from "../../src/engine/grid";
import { QUANG_NAM_2024, type Profile } from "../../src/engine/profile";
import type { ReportLine } from "../../src/engine/report-types";
import { validateWorkbook } from "../../src/engine/validate";
import { grid } from "../helpers/grid";

const MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

/** One works line of `source`: allocated, twelve months, actual to date (all in triệu đồng). */
function line(
  source: "carryover-2022" | "carryover-2023" | "plan-2024",
  allocated: CellValue,
  months: number[],
  actual: CellValue,
  asOf: string,
  profile: Profile = QUANG_NAM_2024,
  label = "Đường GTNT thôn 1",
): ReportLine {
  const sourceHeader = {
    "carryover-2022": "Vốn năm 2022 kéo dài",
    "carryover-2023": "Vốn năm 2023 kéo dài",
    "plan-2024": "Kế hoạch vốn năm 2024",
  }[source];
  const g = grid({
    rows: [
      ["ĐVT: triệu đồng"],
      ["STT", "Tên công trình", "Chủ đầu tư", sourceHeader, ...MONTHS, "Giải ngân đến 31/5/2024"],
      [1, label, "UBND xã A", allocated, ...months, actual],
    ],
  });
  const report = validateWorkbook([g], { file: "t.xlsx", asOf, lang: "vi", profile });
  return report.tables[0].lines[0];
}
const rules = (l: ReportLine) => l.findings.map((f) => f.rule);
const even = (total: number, upTo: number) => Array.from({ length: 12 }, (_, i) => (i < upTo ? total / upTo : 0));

describe("milestone rules", () => {
  describe("plan-total-mismatch", () => {
    it("fires when the months plan less than the allocation, and the line is at risk", () => {
      const l = line("plan-2024", 1200, even(1100, 11), 500, "2024-05-31");
      assert.deepEqual(rules(l), ["plan-total-mismatch"]);
      assert.equal(l.findings[0].cell, "D3");
      assert.equal(l.status, "at-risk");
    });
    it("stays silent when the months add up to the đồng, floats notwithstanding", () => {
      const months = [0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3, 0.1, 0.2, 0.3];
      const l = line("plan-2024", 2.4, months, 0.9, "2024-05-31");
      assert.ok(!rules(l).includes("plan-total-mismatch"), JSON.stringify(l.findings));
    });
  });

  describe("plan-after-deadline", () => {
    it("fires for money planned in a month after the deadline, naming the months", () => {
      const months = [100, 100, 100, 100, 100, 0, 50, 50, 0, 0, 0, 0];
      const l = line("carryover-2022", 600, months, 500, "2024-05-31");
      const f = l.findings.find((x) => x.rule === "plan-after-deadline")!;
      assert.equal(f.cell, "K3");
      assert.match(f.message, /Còn 100 triệu đồng kế hoạch sau hạn 30\/6\/2024 ở các tháng 7–8/);
      assert.equal(l.status, "at-risk");
    });
    it("accepts money planned in the deadline's own month", () => {
      const l = line("carryover-2022", 600, [100, 100, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0], 500, "2024-05-31");
      assert.deepEqual(rules(l), []);
      assert.equal(l.status, "ok");
    });
  });

  describe("actual-behind-plan", () => {
    const months = even(1200, 12); // 100 a month: 500 planned by 31/5
    it("stays silent within the watch tolerance (10%)", () => {
      assert.deepEqual(rules(line("plan-2024", 1200, months, 450, "2024-05-31")), []);
    });
    it("watches a line just past the watch tolerance", () => {
      const l = line("plan-2024", 1200, months, 449, "2024-05-31");
      assert.deepEqual(rules(l), ["actual-behind-plan"]);
      assert.equal(l.findings[0].severity, "info");
      assert.equal(l.status, "watch");
    });
    it("puts a line at risk past the at-risk tolerance (25%)", () => {
      const l = line("plan-2024", 1200, months, 374, "2024-05-31");
      assert.ok(rules(l).includes("actual-behind-plan"));
      assert.equal(l.findings.find((f) => f.rule === "actual-behind-plan")!.severity, "warning");
      assert.equal(l.status, "at-risk");
    });
    it("compares with the plan to the day the sheet's actuals are stated for, not later", () => {
      // As of 30/6 the plan is 600, but the actuals are "đến 31/5/2024": 500 is on plan.
      assert.deepEqual(rules(line("plan-2024", 1200, months, 500, "2024-06-30")), []);
    });
  });

  describe("run-rate-insufficient", () => {
    it("fires when the pace needed is more than twice the best pace shown", () => {
      // 5 months, 100 disbursed: 20 a month; 1100 left in 7 months needs 157 a month.
      const l = line("plan-2024", 1200, [20, 20, 20, 20, 20, 157, 157, 157, 157, 157, 157, 158], 100, "2024-05-31");
      assert.deepEqual(rules(l), ["run-rate-insufficient"]);
      assert.equal(l.status, "at-risk");
    });
    it("names the pace it compares with: the average so far", () => {
      const l = line("plan-2024", 1200, [20, 20, 20, 20, 20, 157, 157, 157, 157, 157, 157, 158], 100, "2024-05-31");
      assert.match(l.findings[0].message, /mức bình quân từ đầu năm \(20 triệu đồng\/tháng qua 5 tháng/);
    });
    it("does not judge the pace of a line whose plan has had nothing due and nothing disbursed", () => {
      // Money from April; checked on 31/3 nothing was due, so there is no pace to compare with.
      const months = [0, 0, 0, 150, 150, 150, 150, 150, 150, 150, 150, 0];
      const l = line("plan-2024", 1200, months, 0, "2024-03-31");
      assert.deepEqual(rules(l), []);
      assert.equal(l.status, "ok");
    });
    it("judges the pace once money was due, saying that nothing has been disbursed against the plan", () => {
      const months = [0, 0, 0, 150, 150, 150, 150, 150, 150, 150, 150, 0];
      const l = line("plan-2024", 1200, months, 0, "2024-05-31");
      const f = l.findings.find((x) => x.rule === "run-rate-insufficient")!;
      assert.match(f.message, /kế hoạch đến 31\/5\/2024 là 300 triệu đồng mà chưa giải ngân được đồng nào/);
    });
    it("stays silent when the pace needed is within the factor", () => {
      // 5 months, 400 disbursed: 80 a month; 800 left in 7 months needs 114 a month (< 160).
      const months = [80, 80, 80, 80, 80, 114, 114, 114, 114, 114, 114, 116];
      assert.deepEqual(rules(line("plan-2024", 1200, months, 400, "2024-05-31")), []);
    });
  });

  describe("actual-exceeds-allocated", () => {
    it("fires when more is disbursed than allocated", () => {
      const l = line("plan-2024", 100, even(100, 4), 100.5, "2024-05-31");
      assert.deepEqual(rules(l), ["actual-exceeds-allocated"]);
      assert.equal(l.findings[0].cell, "Q3");
    });
  });

  describe("deadline-passed", () => {
    const months = [100, 100, 100, 100, 100, 100, 0, 0, 0, 0, 0, 0];
    it("is silent on the deadline day itself", () => {
      assert.ok(!rules(line("carryover-2022", 600, months, 550, "2024-06-30")).includes("deadline-passed"));
    });
    it("lapses a line with money left the day after", () => {
      const l = line("carryover-2022", 600, months, 550, "2024-07-01");
      assert.deepEqual(rules(l), ["deadline-passed"]);
      assert.match(l.findings[0].message, /còn 50 triệu đồng chưa giải ngân/);
      assert.equal(l.status, "lapsed");
    });
    it("leaves a fully disbursed line ok the day after", () => {
      assert.equal(line("carryover-2022", 600, months, 600, "2024-07-01").status, "ok");
    });
  });

  describe("allocation-incomplete", () => {
    it("warns of unallocated capital before the allocation deadline and errs after it", () => {
      const before = line("plan-2024", 300, even(0, 0), null, "2024-04-15", QUANG_NAM_2024, "Vốn chưa phân bổ");
      assert.deepEqual(
        before.findings.map((f) => [f.rule, f.severity]),
        [["allocation-incomplete", "warning"]],
      );
      const after = line("plan-2024", 300, even(0, 0), null, "2024-04-16", QUANG_NAM_2024, "Vốn chưa phân bổ");
      assert.deepEqual(
        after.findings.map((f) => [f.rule, f.severity]),
        [["allocation-incomplete", "error"]],
      );
      assert.equal(after.status, "at-risk");
    });
  });

  describe("plan-misses-checkpoint", () => {
    const profile: Profile = {
      ...QUANG_NAM_2024,
      id: "with-checkpoint",
      checkpoints: [{ date: "2024-09-30", minShare: 0.6 }],
    };
    it("fires when the plan reaches less than the checkpoint's share by its date", () => {
      const l = line("plan-2024", 1000, [50, 50, 50, 50, 50, 50, 50, 50, 50, 550, 0, 0], 250, "2024-05-31", profile);
      assert.ok(rules(l).includes("plan-misses-checkpoint"));
      assert.equal(l.status === "watch" || l.status === "at-risk", true);
    });
    it("stays silent at exactly the share", () => {
      const l = line(
        "plan-2024",
        1000,
        [100, 100, 100, 100, 100, 50, 25, 25, 0, 400, 0, 0],
        500,
        "2024-05-31",
        profile,
      );
      assert.ok(!rules(l).includes("plan-misses-checkpoint"), JSON.stringify(l.findings));
    });
  });
});

describe("milestone rules (properties)", () => {
  const plan = fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 12, maxLength: 12 });

  it("keep a line that is exactly on track ok at every as-of day before its deadline", () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 1, max: 12 }), (months, m) => {
        const allocated = months.reduce((s, v) => s + v, 0);
        const asOf = new Date(Date.UTC(2024, m, 0)).toISOString().slice(0, 10);
        const done = months.slice(0, m).reduce((s, v) => s + v, 0);
        // A plan whose rest is no steeper than twice the pace shown; otherwise run-rate rightly fires.
        fc.pre(m === 12 || (allocated - done) / (12 - m) <= (2 * done) / m);
        const g = grid({
          rows: [
            [
              "STT",
              "Tên công trình",
              "Kế hoạch vốn năm 2024",
              ...MONTHS,
              `Giải ngân đến ${asOf.split("-").reverse().join("/")}`,
            ],
            [1, "A", allocated / 1000, ...months.map((v) => v / 1000), done / 1000],
          ],
        });
        const l = validateWorkbook([g], { file: "t", asOf, lang: "vi" }).tables[0].lines[0];
        assert.equal(l.status, "ok", JSON.stringify(l.findings));
      }),
      { numRuns: 200 },
    );
  });

  it("give the same statuses whatever unit the same money is written in", () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 0, max: 6_000_000 }), (months, actual) => {
        const allocated = months.reduce((s, v) => s + v, 0);
        const statuses = (["triệu đồng", "nghìn đồng", "đồng"] as const).map((unit, k) => {
          const scale = [1e-6, 1e-3, 1][k] * 1000; // months are in thousands of đồng
          const g = grid({
            rows: [
              [`ĐVT: ${unit}`],
              ["STT", "Tên công trình", "Kế hoạch vốn năm 2024", ...MONTHS, "Giải ngân đến 31/5/2024"],
              [1, "A", allocated * scale, ...months.map((v) => v * scale), actual * scale],
            ],
          });
          return validateWorkbook([g], { file: "t", asOf: "2024-05-31", lang: "vi" }).tables[0].lines[0].status;
        });
        assert.equal(new Set(statuses).size, 1, statuses.join());
      }),
      { numRuns: 200 },
    );
  });

  it("give the same findings to each line whatever the order of the lines", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(plan, fc.integer({ min: 0, max: 6_000_000 })), { minLength: 2, maxLength: 6 }),
        (items) => {
          const rows = (order: number[]) =>
            grid({
              rows: [
                ["STT", "Tên công trình", "Kế hoạch vốn năm 2024", ...MONTHS, "Giải ngân đến 31/5/2024"],
                ...order.map((i) => {
                  const [months, actual] = items[i];
                  return ["-", `Công trình ${i}`, months.reduce((s, v) => s + v, 0), ...months, actual];
                }),
              ],
            });
          const byLabel = (order: number[]) => {
            const r = validateWorkbook([rows(order)], { file: "t", asOf: "2024-05-31", lang: "vi" });
            return Object.fromEntries(
              r.tables[0].lines.map((l) => [l.label, [l.status, l.findings.map((f) => f.rule + f.message)]]),
            );
          };
          const order = items.map((_, i) => i);
          assert.deepEqual(byLabel(order), byLabel([...order].reverse()));
        },
      ),
      { numRuns: 100 },
    );
  });
});
