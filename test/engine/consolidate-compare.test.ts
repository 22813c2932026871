import { strict as assert } from "node:assert";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { validateWorkbook } from "../../src/engine/validate";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { treasuryFigures } from "../../src/engine/consolidate/treasury";
import { item, months, planGrid, submit } from "../helpers/plan-grid";
import { treasuryGrid } from "../helpers/treasury-grid";

const AS_OF = "2024-05-31";
const options = { asOf: AS_OF, profile: QUANG_NAM_2024, lang: "vi" as const };

describe("consolidate: Treasury reconciliation", () => {
  const unitA = submit("a.xlsx", [
    planGrid({
      title: "UBND HUYỆN NAM TRÀ MY",
      items: [
        item("Đường thôn 1", months(0, 0, 500e6, 500e6), 300e6, "7901234"),
        item("Trường mẫu giáo", months(0, 0, 0, 0, 200e6), 0, "7901235"),
        item("Duy tu đường", months(10e6), 10e6),
      ],
    }),
  ]);
  const treasuryOf = (units: Parameters<typeof treasuryGrid>[0]) => {
    const grids = [treasuryGrid(units)];
    return treasuryFigures(validateWorkbook(grids, { file: "kbnn.xlsx", asOf: AS_OF, lang: "vi" }), grids, 2024);
  };
  const treasury = treasuryOf([
    {
      unit: "UBND huyện Nam Trà My",
      projects: [
        { code: "7901234", label: "Đường thôn 1", allocated: 1000e6, paid: 250e6 },
        { code: "7901236", label: "Cầu treo", allocated: 80e6, paid: 0 },
      ],
    },
  ]);

  it("reads the Treasury export's codes, allocations and payments by detecting its columns", () => {
    assert.deepEqual(
      treasury.lines.map((l) => [l.code, l.allocated, l.paid, l.group]),
      [
        ["7901234", 1000e6, 250e6, "UBND huyện Nam Trà My"],
        ["7901236", 80e6, 0, "UBND huyện Nam Trà My"],
      ],
    );
  });

  it("lists every difference per unit, code and field, and codes found on one side only", () => {
    const r = consolidate([unitA], { ...options, treasury });
    assert.deepEqual(
      r.reconciliation!.map((d) => [d.unit, d.code, d.field, d.workbook, d.treasury, d.difference, d.missingIn]),
      [
        ["Huyện Nam Trà My", "7901234", "actualToDate", 300e6, 250e6, 50e6, null],
        ["Huyện Nam Trà My", "7901235", "allocated", 200e6, 0, 200e6, "treasury"],
        ["Huyện Nam Trà My", "7901236", "allocated", 0, 80e6, -80e6, "workbook"],
      ],
    );
  });

  it("compares a single-source export with the workbook lines of that source only, not carried-over capital", () => {
    const unit = submit("a.xlsx", [
      planGrid({
        title: "UBND HUYỆN NAM TRÀ MY",
        items: [
          item("Đường thôn 1", months(1000e6), 0, "7901234"),
          item("Đường thôn 1 (vốn 2023 kéo dài)", months(200e6), 0, "7901234"),
        ],
      }),
    ]);
    unit.report!.tables[0].lines[1].source = "carryover-2023";
    const single = treasuryOf([
      {
        unit: "UBND huyện Nam Trà My",
        projects: [{ code: "7901234", label: "Đường thôn 1", allocated: 1000e6, paid: 0 }],
      },
    ]);
    assert.deepEqual(
      single.lines.map((l) => l.source),
      ["plan-2024"],
    );
    assert.deepEqual(consolidate([unit], { ...options, treasury: single }).reconciliation, []);
  });

  it("compares a code reported by two units once per unit, each with the Treasury's figure under that unit", () => {
    const a = submit("a.xlsx", [
      planGrid({ title: "UBND HUYỆN NAM TRÀ MY", items: [item("Đường liên huyện", months(100e6), 0, "7909999")] }),
    ]);
    const b = submit("b.xlsx", [
      planGrid({ title: "UBND HUYỆN BẮC TRÀ MY", items: [item("Đường liên huyện", months(60e6), 0, "7909999")] }),
    ]);
    const t = treasuryOf([
      { unit: "UBND huyện Nam Trà My", projects: [{ code: "7909999", label: "Đường", allocated: 100e6, paid: 0 }] },
      { unit: "UBND huyện Bắc Trà My", projects: [{ code: "7909999", label: "Đường", allocated: 50e6, paid: 0 }] },
    ]);
    const r = consolidate([a, b], { ...options, treasury: t });
    assert.deepEqual(
      r.reconciliation!.map((d) => [d.unit, d.code, d.field, d.workbook, d.treasury, d.missingIn]),
      [["Huyện Bắc Trà My", "7909999", "allocated", 60e6, 50e6, null]],
    );
  });

  it("puts a Treasury code under no unit to the one unit reporting it, and compares a shared one with the units' sum", () => {
    const a = submit("a.xlsx", [
      planGrid({
        title: "UBND HUYỆN NAM TRÀ MY",
        items: [item("Đường liên huyện", months(100e6), 0, "7909999"), item("Cầu", months(30e6), 0, "7901111")],
      }),
    ]);
    const b = submit("b.xlsx", [
      planGrid({ title: "UBND HUYỆN BẮC TRÀ MY", items: [item("Đường liên huyện", months(60e6), 0, "7909999")] }),
    ]);
    const line = (code: string, allocated: number) => ({ code, source: "plan-2024", allocated, paid: 0, group: null });
    const t = { file: "kbnn.xlsx", lines: [line("7909999", 150e6), line("7901111", 20e6)] };
    assert.deepEqual(
      consolidate([a, b], { ...options, treasury: t }).reconciliation!.map((d) => [
        d.unit,
        d.code,
        d.workbook,
        d.treasury,
      ]),
      [
        [null, "7909999", 160e6, 150e6],
        ["Huyện Nam Trà My", "7901111", 30e6, 20e6],
      ],
    );
  });
});

describe("consolidate: slippage between submissions", () => {
  const previous = submit(
    "x-thang-4.xlsx",
    [
      planGrid({
        title: "UBND HUYỆN X",
        actualAsOf: "30/4/2024",
        items: [
          item("Đường", months(100e6, 100e6, 100e6, 100e6, 100e6, 100e6), 380e6, "7900001"),
          item("Cầu", months(0, 0, 0, 0, 0, 300e6, 300e6), 0, "7900002"),
          item("Trường", months(50e6, 50e6, 50e6, 50e6, 50e6, 50e6), 200e6),
          item("Chợ", months(0, 0, 0, 0, 100e6, 100e6), 0),
        ],
      }),
    ],
    { asOf: "2024-04-30" },
  );
  const current = submit("x-thang-5.xlsx", [
    planGrid({
      title: "UBND huyện X",
      items: [
        // Same total, months 5–6 pushed to December.
        item("Đường", months(100e6, 100e6, 100e6, 100e6, 0, 0, 0, 0, 0, 0, 0, 200e6), 390e6, "7900001"),
        // Shrunk by 100 million in July.
        item("Cầu", months(0, 0, 0, 0, 0, 300e6, 200e6), 0, "7900002"),
        // Matched by name: January rewritten after it had passed.
        item("Trường", months(0, 100e6, 50e6, 50e6, 50e6, 50e6), 250e6),
        // Actuals stayed at zero while May's plan came due.
        item("Chợ", months(0, 0, 0, 0, 100e6, 100e6), 0),
      ],
    }),
  ]);

  it("lists lines moved later, shrunk, past months rewritten and actuals falling further behind", () => {
    const r = consolidate([current], { ...options, previous: [previous] });
    assert.deepEqual(
      r.slippage!.map((s) => [s.label, s.change, s.previous, s.current, s.month]),
      [
        ["Đường", "moved-later", 600e6, 400e6, 6],
        ["Cầu", "shrunk", 600e6, 500e6, 12],
        ["Trường", "past-months-changed", 50e6, 0, 1],
        ["Chợ", "fell-behind", 0, 100e6, 5],
      ],
    );
  });

  it("finds nothing when a unit sends the same plan again", () => {
    const r = consolidate([previous], { ...options, previous: [previous] });
    assert.deepEqual(r.slippage, []);
  });

  it("compares each programme's workbook of a unit with last month's workbook of that programme", () => {
    const file = (name: string, sheet: string, label: string, planned: number[]) =>
      submit(name, [planGrid({ title: "UBND HUYỆN X", sheet, items: [item(label, planned, 0)] })]);
    const previous = [
      file("ntm-4.xlsx", "KH NTM 2024", "Đường", months(0, 0, 0, 0, 0, 100e6)),
      file("gnbv-4.xlsx", "KH GNBV 2024", "Nhà", months(0, 0, 0, 0, 0, 100e6)),
    ];
    const current = [
      file("ntm-5.xlsx", "KH NTM 2024", "Đường", months(0, 0, 0, 0, 0, 100e6)),
      file("gnbv-5.xlsx", "KH GNBV 2024", "Nhà", months(0, 0, 0, 0, 0, 0, 0, 0, 100e6)),
    ];
    const r = consolidate(current, { ...options, previous });
    assert.deepEqual(
      r.slippage!.map((x) => [x.file, x.label, x.change, x.month]),
      [["gnbv-5.xlsx", "Nhà", "moved-later", 6]],
    );
  });
});
