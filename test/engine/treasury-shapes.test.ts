import { strict as assert } from "node:assert";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { validateWorkbook } from "../../src/engine/validate";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { treasuryFigures } from "../../src/engine/consolidate/treasury";
import type { Grid } from "../../src/engine/grid";
import { submit } from "../helpers/plan-grid";
import { type TreasuryShape, treasuryCase } from "../helpers/treasury-shapes";

const AS_OF = "2024-05-31";

function treasuryOf(g: Grid) {
  return treasuryFigures(validateWorkbook([g], { file: "kbnn.xlsx", asOf: AS_OF, lang: "vi" }), [g], 2024);
}

/** A difference as a comparable line: unit, code, source, field, the two sides, which side lacks the code. */
const asLine = (d: {
  unit: string | null;
  code: string;
  source: string | null;
  field: string;
  workbook: number;
  treasury: number;
  missingIn: string | null;
}): string => [d.unit, d.code, d.source, d.field, d.workbook, d.treasury, d.missingIn].join(" | ");

describe("consolidate: Treasury exports in the Treasury's own shapes (generated)", () => {
  for (const shape of ["area", "unit-rows"] as TreasuryShape[]) {
    it(`reports exactly the true differences against 40 generated "${shape}" exports`, () => {
      for (let seed = 1; seed <= 40; seed++) {
        const c = treasuryCase(seed, shape);
        const subs = c.workbooks.map((w) => submit(w.file, w.grids, { asOf: AS_OF }));
        const r = consolidate(subs, {
          asOf: AS_OF,
          profile: QUANG_NAM_2024,
          lang: "vi",
          treasury: treasuryOf(c.treasury),
        });
        assert.deepEqual(
          r.reconciliation!.map(asLine).sort(),
          c.differences.map(asLine).sort(),
          `seed ${seed}, shape ${shape}`,
        );
      }
    });
  }
});
