import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { applyXlsxHighlights, clearXlsxHighlights } from "../../src/workbook/file/highlight-xlsx";
import { validateWorkbook } from "../../src/engine/validate";
import { highlightPlan } from "../../src/engine/highlight";
import { highlightPlanWithLegend } from "../../src/engine/highlight-legend";
import { findingCells } from "../../src/engine/report-types";
import { listFindings } from "../../src/taskpane/check/findings-view";

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

  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx"))) {
    it(`adds to ${file} a "Chú giải" sheet: the colours, then every finding linked to its cell; clearing removes it`, async () => {
      const original = new Uint8Array(readFileSync(join(EXAMPLES, file)));
      const grids = await readXlsx(original, file);
      const report = validateWorkbook(grids, { file, asOf: "2024-05-31", lang: "vi" });
      const plan = highlightPlanWithLegend(report, "vi");
      const marked = (await applyXlsxHighlights(original, plan)).bytes;

      const read = await readXlsx(marked, file);
      assert.deepEqual(read.slice(0, grids.length), grids, "the user's sheets read as before");
      const legend = read[grids.length];
      assert.equal(legend.sheet, "Chú giải");
      const texts = legend.rows.map((r) => (r?.values ?? []).map((v) => (v === null ? "" : String(v))));
      const findings = listFindings(report);
      const listed = texts.filter((r) => findings.some((f) => f.message === r[5]));
      assert.equal(listed.length, findings.length, "every finding is listed once");
      const first = findings[0];
      const row = listed.find((r) => r[5] === first.message)!;
      assert.deepEqual([row[0], row[1], row[4]], [first.sheet, findingCells(first).join(", "), first.rule]);

      const xml = Object.values(parts(marked)).find((x) => x.includes('codeName="ntpDisburseLegend"'))!;
      assert.ok(xml.includes(`HYPERLINK(&quot;#'${first.sheet}'!${first.cell}&quot;`), "a link to the finding's cell");
      for (const mark of ["line-at-risk", "cell-error"]) assert.match(xml, new RegExp(`ntp-disburse:${mark}`));
      // ExcelJS (another reader) loads the copy and sees the sheet.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(marked) as unknown as ExcelJS.Buffer);
      assert.ok(wb.getWorksheet("Chú giải"));

      assert.deepEqual(
        parts((await applyXlsxHighlights(marked, plan)).bytes),
        parts(marked),
        "applying twice replaces the legend",
      );
      assert.deepEqual(parts(await clearXlsxHighlights(marked)), parts(original));
    });
  }

  it("names the legend apart from a sheet of the user's called 'Chú giải', and never removes that one", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("KH").getCell("A1").value = 5;
    wb.addWorksheet("Chú giải").getCell("A1").value = "ghi chú của đơn vị";
    const original = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const legend = { name: "Chú giải", cells: [{ row: 1, col: 1, value: "x" }] };
    const marked = (await applyXlsxHighlights(original, { ranges: [], legend })).bytes;
    assert.deepEqual(
      (await readXlsx(marked, "x.xlsx")).map((g) => g.sheet),
      ["KH", "Chú giải", "Chú giải (2)"],
    );
    assert.deepEqual(parts(await clearXlsxHighlights(marked)), parts(original));
  });

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
