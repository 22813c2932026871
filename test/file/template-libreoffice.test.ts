import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvToGrid } from "../../src/workbook/file/read-csv";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { writeSheetSpecs } from "../../src/workbook/file/write-xlsx";
import { allocationFromGrids } from "../../src/engine/template/allocation";
import { planTemplate } from "../../src/engine/template/plan-template";
import { validateWorkbook } from "../../src/engine/validate";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { cellAt, formulaAt } from "../../src/engine/grid";
import { numberToDong } from "../../src/engine/money";
import { fillOnPlan } from "../helpers/fill-template";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/libreoffice";

const CSV = join(__dirname, "..", "..", "examples", "allocation", "phan-bo-von-2024.csv");

describe("plan templates recalculated by LibreOffice", function () {
  this.timeout(180_000);
  before(function () {
    if (!hasLibreOffice()) this.skip();
  });

  it("computes every formula to the result the file carries, and the totals to the exact sum of the lines", async () => {
    const allocation = allocationFromGrids([csvToGrid(readFileSync(CSV), "phan-bo")], 2024);
    const profile = QUANG_NAM_2024;
    const t = planTemplate(allocation, { granularity: "month+quarter", profile });
    fillOnPlan(t, profile, allocation.unit, 5);
    const ours = (await readXlsx(await writeSheetSpecs([t.spec]), "ours.xlsx"))[0];
    const lo = (await readXlsx(convertWithLibreOffice(await writeSheetSpecs([t.spec]), "xlsx"), "lo.xlsx"))[0];

    let formulas = 0;
    ours.rows.forEach((row, i) => {
      row?.values.forEach((v, j) => {
        if (formulaAt(ours, i + 1, j + 1) === undefined) return;
        formulas++;
        const recalculated = cellAt(lo, i + 1, j + 1);
        assert.equal(typeof recalculated, "number", `${i + 1},${j + 1}`);
        assert.ok(
          Math.abs((recalculated as number) - (v as number)) < 1e-9,
          `${i + 1},${j + 1}: ${recalculated} vs ${v}`,
        );
      });
    });
    assert.ok(formulas > 200, `${formulas} formulas compared`);

    // The total row's allocation and plan, read from LibreOffice's results, equal the sum of the lines in đồng.
    const sum = t.lines.reduce((s, l) => s + l.allocated, 0);
    const totalRow = t.headerRows[1] + 1;
    for (const key of ["allocated", "plannedTotal"]) {
      assert.equal(numberToDong(cellAt(lo, totalRow, t.columns[key]) as number, allocation.unit), sum, key);
    }

    const report = validateWorkbook([lo], { file: "lo.xlsx", asOf: "2024-05-31", lang: "vi", profile });
    assert.deepEqual(
      report.tables.flatMap((tb) => tb.lines.flatMap((l) => l.findings.map((f) => f.rule))),
      [],
    );
  });
});
