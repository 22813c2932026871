import { strict as assert } from "node:assert";
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/engine/grid";
import { validateWorkbook } from "../../src/engine/validate";

const WORDS = [
  "STT",
  "Tên dự án",
  "Mã dự án",
  "Chủ đầu tư",
  "KH vốn 2024",
  "Vốn 2022 kéo dài",
  "Tháng 1",
  "T2",
  "Quý I",
  "Giải ngân đến 31/5/2024",
  "Ghi chú",
  "Nguồn vốn",
  "TỔNG CỘNG",
  "I",
  "a",
  "-",
  "1.250,5",
  "chưa có",
  "Người lập biểu",
  "",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1e6, max: 1e12 }),
  fc.boolean(),
  fc.constantFrom<CellValue>({ error: "#REF!" }, { error: "#N/A" }, { date: "2024-05-31" }),
);

const sheet: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.option(fc.array(cell, { maxLength: 14 }), { nil: undefined }), { maxLength: 30 }),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: 1, max: 30 }),
        left: fc.integer({ min: 1, max: 14 }),
        h: fc.nat(3),
        w: fc.nat(4),
      }),
      { maxLength: 6 },
    ),
    hidden: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 4 }),
  })
  .map(({ rows, merges, hidden }) => {
    const g: Grid = {
      sheet: "S",
      rows: rows.map((r) => (r ? { values: r } : undefined)),
      merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
      hiddenColumns: [],
    };
    for (const h of hidden) if (g.rows[h - 1]) g.rows[h - 1]!.hidden = true;
    return g;
  });

/** A header every table in these tests starts with, so that random rows below it are read as lines. */
const HEADER: CellValue[] = [
  "STT",
  "Tên dự án",
  "Mã dự án",
  "KH vốn năm 2024",
  "T1",
  "T2",
  "T3",
  "Quý I",
  "Giải ngân đến 31/5/2024",
];

describe("robustness (property)", () => {
  it("never throws on random sheets, and every line's amounts are integers of đồng", () => {
    fc.assert(
      fc.property(sheet, fc.boolean(), (g, withHeader) => {
        if (withHeader) g.rows.unshift({ values: HEADER });
        const r = validateWorkbook([g], { file: "r.xlsx", asOf: "2024-05-31", lang: "vi" });
        for (const t of r.tables) {
          for (const l of t.lines) {
            assert.ok(Number.isSafeInteger(l.allocated));
            assert.ok(l.planned.every(Number.isSafeInteger));
            assert.equal(
              l.plannedTotal,
              l.planned.reduce((s, v) => s + v, 0),
            );
            assert.ok(l.actualToDate === null || Number.isSafeInteger(l.actualToDate));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds the same lines and findings whatever the order of sheets in the workbook", () => {
    fc.assert(
      fc.property(fc.array(sheet, { minLength: 2, maxLength: 3 }), (grids) => {
        grids.forEach((g, i) => {
          g.sheet = `S${i}`;
          g.rows.unshift({ values: HEADER });
        });
        const key = (gs: Grid[]) => {
          const r = validateWorkbook(gs, { file: "r.xlsx", asOf: "2024-05-31", lang: "vi" });
          return r.tables
            .map((t) =>
              JSON.stringify([
                t.sheet,
                t.lines.map((l) => [
                  l.row,
                  l.source,
                  l.allocated,
                  l.findings.filter((f) => f.rule !== "duplicate-code"),
                ]),
              ]),
            )
            .sort();
        };
        assert.deepEqual(key(grids), key([...grids].reverse()));
      }),
      { numRuns: 100 },
    );
  });
});
