import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { applyXlsxHighlights } from "../../src/workbook/file/highlight-xlsx";
import { validateWorkbook } from "../../src/engine/validate";
import { highlightPlanWithLegend } from "../../src/engine/highlight-legend";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/libreoffice";

const FILE = join(__dirname, "..", "..", "examples", "huyen-que-son-ntm-2024.xlsx");

describe("the highlighted copy's legend sheet opened by LibreOffice", function () {
  this.timeout(180_000);
  before(function () {
    if (!hasLibreOffice()) this.skip();
  });

  it("keeps the 'Chú giải' sheet, its rows as written and each link's text as recalculated", async () => {
    const original = new Uint8Array(readFileSync(FILE));
    const grids = await readXlsx(original, "q.xlsx");
    const report = validateWorkbook(grids, { file: "q.xlsx", asOf: "2024-05-31", lang: "vi" });
    const marked = (await applyXlsxHighlights(original, highlightPlanWithLegend(report, "vi"))).bytes;
    const ours = (await readXlsx(marked, "ours.xlsx")).find((g) => g.sheet === "Chú giải")!;
    const lo = (await readXlsx(convertWithLibreOffice(marked, "xlsx"), "lo.xlsx")).find((g) => g.sheet === "Chú giải");
    assert.ok(lo, "LibreOffice keeps the sheet");
    const text = (g: typeof ours) => g.rows.map((r) => (r?.values ?? []).map((v) => (v === null ? "" : String(v))));
    assert.deepEqual(text(lo).slice(0, text(ours).length), text(ours));
  });
});
