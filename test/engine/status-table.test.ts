import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { CellValue } from "../../src/engine/grid";
import type { LineStatus, RuleId, Severity } from "../../src/engine/report-types";
import { STATUS_ORDER, leastStatus } from "../../src/engine/status";
import { validateWorkbook } from "../../src/engine/validate";
import { grid } from "../helpers/grid";
import { readXlsx } from "../../src/workbook/file/read-xlsx";

const MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
const worse = (a: LineStatus, b: LineStatus) => STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b);

/** An amount cell as officers leave them: blank, a figure (sometimes negative), text, a formula error. */
const amount: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 900 }) },
  { weight: 1, arbitrary: fc.integer({ min: -50, max: -1 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>("chưa có", { error: "#REF!" }) },
);

const row = fc.record({
  source: fc.constantFrom("Vốn năm 2022 kéo dài", "Vốn năm 2023 kéo dài", "Kế hoạch vốn năm 2024"),
  label: fc.constantFrom("Đường GTNT thôn 1", "Nhà văn hoá xã", ""),
  owner: fc.constantFrom<CellValue>("UBND xã A", null),
  leader: fc.constantFrom<CellValue>("Phó Chủ tịch UBND huyện", null),
  allocated: amount,
  months: fc.array(amount, { minLength: 12, maxLength: 12 }),
  actual: amount,
});

describe("statuses follow from findings, by one table", () => {
  it("never leaves a line with an error or a warning ok, and never says less than a finding's least status", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("2024-03-31", "2024-05-31", "2024-07-15", "2024-09-30", "2025-01-15"),
        (rows, asOf) => {
          const g = grid({
            rows: [
              ["ĐVT: triệu đồng"],
              [
                "STT",
                "Tên công trình",
                "Chủ đầu tư",
                "Lãnh đạo phụ trách",
                "Nguồn vốn",
                "Kế hoạch vốn",
                ...MONTHS,
                "Giải ngân đến 31/5/2024",
              ],
              ...rows.map((r, i) => [i + 1, r.label, r.owner, r.leader, r.source, r.allocated, ...r.months, r.actual]),
            ],
          });
          const report = validateWorkbook([g], { file: "t.xlsx", asOf, lang: "vi" });
          for (const line of report.tables.flatMap((t) => t.lines)) {
            for (const f of line.findings) {
              if (f.severity !== "info")
                assert.notEqual(line.status, "ok", `${f.rule} ${f.severity} on row ${line.row}`);
              assert.ok(
                worse(line.status, leastStatus(f.rule, f.severity)),
                `${line.status} < ${f.rule}/${f.severity}`,
              );
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("puts a line with a negative month invalid and a line without its owner on watch", () => {
    const g = grid({
      rows: [
        ["ĐVT: triệu đồng"],
        ["STT", "Tên công trình", "Chủ đầu tư", "Kế hoạch vốn năm 2024", ...MONTHS, "Giải ngân đến 31/5/2024"],
        [1, "Đường GTNT thôn 1", "UBND xã A", 1200, 100, -100, 200, 100, 100, 100, 100, 100, 100, 100, 100, 100, 200],
        [2, "Nhà văn hoá xã", null, 1200, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 500],
      ],
    });
    const [neg, ownerless] = validateWorkbook([g], { file: "t.xlsx", asOf: "2024-05-31", lang: "vi" }).tables[0].lines;
    assert.ok(neg.findings.some((f) => f.rule === "negative-amount"));
    assert.equal(neg.status, "invalid");
    assert.deepEqual(
      ownerless.findings.map((f) => [f.rule, f.severity]),
      [["missing-required", "warning"]],
    );
    assert.equal(ownerless.status, "watch");
  });

  it("gives the samples the figures the README states for the demo", async () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const rows = [
      ...readme.matchAll(
        /^\| `([a-z0-9-]+\.xlsx)` \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/gm,
      ),
    ];
    assert.equal(rows.length, 5);
    for (const [, file, ...figures] of rows) {
      const bytes = readFileSync(join(__dirname, "..", "..", "examples", file));
      const { summary: s } = validateWorkbook(await readXlsx(bytes, file), { file, asOf: "2024-05-31", lang: "vi" });
      const b = s.byStatus;
      assert.deepEqual(
        [s.lines, b.ok, b.watch, b["at-risk"], b.invalid, s.errors, s.warnings],
        figures.map(Number),
        file,
      );
    }
  });

  it("is the table the README states, rule by rule and severity by severity", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("**Statuses.**"));
    const rows = [...section.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \| `([a-z-]+)` \|/gm)];
    assert.ok(rows.length >= 18, `README status table rows: ${rows.length}`);
    for (const [, rule, severity, status] of rows) {
      assert.equal(leastStatus(rule as RuleId, severity as Severity), status, `${rule} ${severity}`);
    }
  });
});
