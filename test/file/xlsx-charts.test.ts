import { strict as assert } from "node:assert";
import { strFromU8, unzipSync } from "fflate";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { consolidationSheets } from "../../src/engine/consolidate/sheets";
import { withUnit } from "../../src/engine/consolidate/submission";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { writeSheetSpecsWithCharts } from "../../src/workbook/file/xlsx-charts";
import { item, months, planGrid, submit } from "../helpers/plan-grid";
import { forbiddenXmlChars } from "../helpers/xml-chars";

describe("workbook charts", () => {
  it("write a unit name with markup and characters XML forbids as well-formed chart XML", async () => {
    const unit = 'U<&"\x01\x0Bx';
    const s = withUnit(
      submit("u.xlsx", [planGrid({ title: "UBND HUYỆN X", items: [item("Đường", months(1e6), 0)] })]),
      unit,
    );
    const report = consolidate([s], { asOf: "2024-05-31", profile: QUANG_NAM_2024, lang: "vi" });
    const parts = unzipSync(await writeSheetSpecsWithCharts(consolidationSheets(report, QUANG_NAM_2024, "vi")));
    const charts = Object.keys(parts).filter((p) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(p));
    assert.ok(
      charts.some((p) => p.startsWith("xl/charts/")),
      "a chart part",
    );
    const unitChart = charts.map((p) => strFromU8(parts[p])).find((x) => x.includes("U&lt;&amp;&quot;x"));
    assert.ok(unitChart, "the unit's name, escaped and stripped, in a chart");
    for (const p of charts) assert.deepEqual(forbiddenXmlChars(strFromU8(parts[p])), [], p);
  });
});
