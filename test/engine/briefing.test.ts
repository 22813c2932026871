import { strict as assert } from "node:assert";
import { outlook } from "../../src/engine/consolidate/projection";
import { linesOf } from "../../src/engine/consolidate/sheet-layout";
import type { UnitTotal } from "../../src/engine/consolidate/types";
import { parseDay, pastProfileYear } from "../../src/engine/day-text";
import { QUANG_NAM_2024 } from "../../src/engine/profile";

const total = (unit: string, source: string, allocated: number, actualToDate: number): UnitTotal => ({
  unit,
  programme: null,
  source,
  allocated,
  actualToDate,
  plannedTotal: allocated,
  plannedToDate: 0,
  rate: allocated ? actualToDate / allocated : null,
});

describe("the briefing's projection and the day as typed", () => {
  it("projects what lapses at each unit's pace so far, per source in deadline order and per unit", () => {
    // 31/5: five months ended. The 2022 carry-over is due 30/6 (one month left), the 2024 plan 31/12 (seven).
    const { sources, units } = outlook(
      [
        total("A", "plan-2024", 1_000e6, 100e6), // 20e6 a month → 140e6 more by December; 760e6 lapses
        total("A", "carryover-2022", 300e6, 250e6), // 50e6 a month → all 50e6 left goes by June
        total("B", "carryover-2022", 200e6, 0), // no pace: all 200e6 lapses
      ],
      QUANG_NAM_2024,
      "2024-05-31",
    );
    assert.deepEqual(
      sources.map((s) => [s.source, s.remaining, s.monthsLeft, s.projectedLapse]),
      [
        ["carryover-2022", 250e6, 1, 200e6],
        ["plan-2024", 900e6, 7, 760e6],
      ],
    );
    assert.deepEqual(
      units.map((u) => [u.unit, u.projectedLapse]),
      [
        ["A", 760e6],
        ["B", 200e6],
      ],
    );
    const late = outlook([total("A", "carryover-2022", 300e6, 250e6)], QUANG_NAM_2024, "2024-07-15");
    assert.deepEqual([late.sources[0].monthsLeft, late.sources[0].projectedLapse], [0, 50e6], "past the deadline");
  });

  it("reads a day as officers type it, only when the day exists", () => {
    for (const text of ["31/05/2024", "31/5/24", "31-05-2024", "31.05.2024", "31.5.2024", " 2024-05-31 "])
      assert.equal(parseDay(text), "2024-05-31", text);
    for (const text of ["31/04/2024", "29/2/2023", "2024-02-30", "31/5", "31/05-2024", "5/31/2024", ""])
      assert.equal(parseDay(text), null, text);
    assert.equal(parseDay("29/2/24"), "2024-02-29");
    assert.equal(pastProfileYear("2026-01-12", QUANG_NAM_2024), true);
    assert.equal(pastProfileYear("2024-12-31", QUANG_NAM_2024), false);
  });

  it("counts the lines a text wraps to at word breaks", () => {
    assert.equal(linesOf("Kế hoạch sau hạn", 30), 1);
    assert.equal(linesOf("Giải ngân chậm so với kế hoạch; Tốc độ giải ngân không kịp hạn", 30), 3);
    assert.equal(linesOf("một\nhai", 30), 2);
    assert.equal(linesOf("x".repeat(50), 11), 5);
  });
});
