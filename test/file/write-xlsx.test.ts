import { strict as assert } from "node:assert";
import { unzipSync, strFromU8 } from "fflate";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { writeSheetSpecs } from "../../src/workbook/file/write-xlsx";
import { readMetadata, withMetadata } from "../../src/workbook/file/custom-xml";
import { evaluateSheet } from "../../src/engine/sheet-eval";
import { cellAt, formulaAt } from "../../src/engine/grid";
import { METADATA_NAMESPACE } from "../../src/engine/metadata";
import type { SheetSpec } from "../../src/engine/sheet-spec";

const spec: SheetSpec = {
  name: "KH giải ngân",
  cells: [
    { row: 1, col: 1, value: '=HYPERLINK("http://x")' },
    { row: 2, col: 1, value: 0.1, style: { locked: false, numberFormat: "#,##0.0" } },
    { row: 3, col: 1, value: 0.2, style: { locked: false } },
    { row: 4, col: 1, formula: "SUBTOTAL(9,A2:A3)", style: { bold: true } },
    { row: 5, col: 1, value: 5 },
    { row: 6, col: 1, formula: "SUBTOTAL(9,A2:A5)" },
    { row: 7, col: 1, formula: 'IF(N(A6)=0,0,ROUND(A4/A6*100,1))&" %"' },
    { row: 8, col: 1, formula: 'INDIRECT("A1")' },
  ],
  merges: ["B1:C1"],
  freeze: { rows: 1, columns: 1 },
  validations: [{ range: "A2:A3", kind: "decimal", min: 0, errorStyle: "stop", error: "≥ 0" }],
  conditionalFormats: [{ range: "A2:A3", formula: "A2<0", style: { fill: "FFC7CE" } }],
  protection: {},
  print: { paper: "A3", orientation: "landscape", fitToWidth: true, repeatRows: [1, 1] },
};

describe("writing SheetSpecs to .xlsx", () => {
  it("computes cached results: SUBTOTAL skips nested SUBTOTALs, decimals lose their binary residue", () => {
    const r = evaluateSheet(spec);
    assert.equal(r.get("A4"), 0.3);
    assert.equal(r.get("A6"), 5.3);
    assert.equal(r.get("A7"), "5.7 %");
    assert.equal(r.has("A8"), false, "an unsupported function is left to the spreadsheet");
  });

  it("writes text as text, formulas with their results, and the sheet's protection, print and view settings", async () => {
    const bytes = await writeSheetSpecs([spec, { ...spec, name: "kh GIẢI NGÂN" }]);
    const [g1, g2] = await readXlsx(bytes, "t.xlsx");
    assert.equal(g1.sheet, "KH giải ngân");
    assert.equal(g2.sheet, "kh GIẢI NGÂN (2)");
    assert.equal(cellAt(g1, 1, 1), '=HYPERLINK("http://x")');
    assert.equal(formulaAt(g1, 1, 1), undefined);
    assert.equal(cellAt(g1, 4, 1), 0.3);
    assert.equal(formulaAt(g1, 4, 1), "SUBTOTAL(9,A2:A3)");
    const sheetXml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    assert.match(sheetXml, /<sheetProtection[^>]*sheet="1"/);
    assert.doesNotMatch(sheetXml, /hashValue/);
    assert.match(sheetXml, /paperSize="8"/);
    assert.match(sheetXml, /orientation="landscape"/);
    assert.match(sheetXml, /fitToPage="1"/);
    assert.match(sheetXml, /<pane [^>]*xSplit="1" ySplit="1"[^>]*state="frozen"/);
    assert.match(sheetXml, /<dataValidation [^>]*errorStyle="stop"[^>]*sqref="A2:A3"/);
    assert.match(sheetXml, /<conditionalFormatting sqref="A2:A3">/);
    const wbXml = strFromU8(unzipSync(bytes)["xl/workbook.xml"]);
    assert.match(wbXml, /_xlnm\.Print_Titles/);
  });

  it("carries the add-in's metadata as one custom XML part, read back and replaced, not duplicated", async () => {
    const meta = { version: 1 as const, profile: { id: "quang-nam-2024" }, note: "a < b & c" };
    const bytes = await writeSheetSpecs([spec], { metadata: meta });
    assert.deepEqual(await readMetadata(bytes), meta);
    const files = unzipSync(bytes);
    assert.match(strFromU8(files["customXml/item1.xml"]), new RegExp(METADATA_NAMESPACE));
    assert.match(strFromU8(files["xl/_rels/workbook.xml.rels"]), /relationships\/customXml"/);
    assert.match(strFromU8(files["[Content_Types].xml"]), /customXmlProperties\+xml/);
    const again = withMetadata(bytes, { version: 1, profile: { id: "other" } });
    const parts = Object.keys(unzipSync(again)).filter((p) => /^customXml\/item\d+\.xml$/.test(p));
    assert.deepEqual(parts, ["customXml/item1.xml"]);
    assert.deepEqual((await readMetadata(again))?.profile, { id: "other" });
    assert.equal(await readMetadata(await writeSheetSpecs([spec])), null);
  });
});
