import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { applyXlsxHighlights, clearXlsxHighlights } from "../../src/workbook/file/highlight-xlsx";
import { validateWorkbook } from "../../src/engine/validate";
import { highlightPlan } from "../../src/engine/highlight";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const parts = (b: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(b)).map(([k, v]) => [k, strFromU8(v)]));

describe("highlights on a copy of an .xlsx", () => {
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx"))) {
    it(`marks ${file} without changing a value, and clearing gives back every part as it was`, async () => {
      const original = new Uint8Array(readFileSync(join(EXAMPLES, file)));
      const grids = await readXlsx(original, file);
      const plan = highlightPlan(validateWorkbook(grids, { file, asOf: "2024-09-30", lang: "vi" }));
      assert.ok(plan.ranges.length > 0, "the sample has lines to mark");

      const { bytes: marked } = await applyXlsxHighlights(original, plan);
      assert.deepEqual(await readXlsx(marked, file), grids);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(marked) as unknown as ExcelJS.Buffer);
      // ExcelJS reads conditional formats into a property its typings leave out.
      type Cf = { ref: string; rules: { formulae?: string[] }[] };
      const rules = wb.worksheets.flatMap((ws) =>
        ((ws as unknown as { conditionalFormattings?: Cf[] }).conditionalFormattings ?? []).flatMap((cf) =>
          cf.rules.map((r) => ({ ref: cf.ref, ...r })),
        ),
      );
      const ours = rules.filter((r) => r.formulae?.some((f) => f.includes("ntp-disburse:")));
      assert.equal(ours.length, new Set(plan.ranges.map((r) => `${r.sheet}|${r.mark}`)).size);
      const cell = plan.ranges.find((r) => r.mark.startsWith("cell-"));
      if (cell) assert.ok(ours.some((r) => r.ref.split(" ").includes(cell.range)));

      const { bytes: again } = await applyXlsxHighlights(marked, plan);
      assert.deepEqual(parts(again), parts(marked), "applying twice replaces, never stacks");

      assert.deepEqual(parts(await clearXlsxHighlights(marked)), parts(original));
    });
  }

  it("keeps the user's own conditional formats and styles when clearing", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("KH");
    ws.getCell("A1").value = 5;
    ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
    ws.addConditionalFormatting({
      ref: "A1:A5",
      rules: [{ type: "expression", priority: 1, formulae: ["A1>3"], style: { font: { bold: true } } }],
    });
    const original = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { bytes: marked } = await applyXlsxHighlights(original, {
      ranges: [{ sheet: "KH", range: "A1:C1", mark: "line-at-risk" }],
    });
    const text = parts(marked)["xl/worksheets/sheet1.xml"];
    assert.match(text, /A1&gt;3|A1>3/);
    assert.match(text, /ISTEXT\("ntp-disburse:line-at-risk"\)/);
    assert.deepEqual(parts(await clearXlsxHighlights(marked)), parts(original));
  });
});
