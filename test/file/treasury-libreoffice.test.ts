import { strict as assert } from "node:assert";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { readTreasuryFile } from "../../src/workbook/file/read-submission";
import { gridXlsx } from "../helpers/grid-xlsx";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/libreoffice";
import { submit } from "../helpers/plan-grid";
import { differenceLine, treasuryCase } from "../helpers/treasury-shapes";

const AS_OF = "2024-05-31";

describe("Treasury exports written by LibreOffice", function () {
  this.timeout(180000);
  before(function () {
    if (!hasLibreOffice()) this.skip();
  });

  for (const shape of ["area", "unit-rows"] as const) {
    it(`reads a generated "${shape}" export LibreOffice saved and reports exactly its true differences`, async () => {
      const c = treasuryCase(7, shape);
      const bytes = convertWithLibreOffice(await gridXlsx([c.treasury]), "xlsx", "kbnn");
      const options = { asOf: AS_OF, profile: QUANG_NAM_2024, lang: "vi" as const };
      const treasury = await readTreasuryFile(bytes, "kbnn.xlsx", options);
      const subs = c.workbooks.map((w) => submit(w.file, w.grids, { asOf: AS_OF }));
      const r = consolidate(subs, { ...options, treasury });
      assert.deepEqual(r.reconciliation!.map(differenceLine).sort(), c.differences.map(differenceLine).sort());
    });
  }
});
