import { strict as assert } from "node:assert";
import { type Unzipped, strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { stampedCopy } from "../../src/workbook/file/stamp-xlsx";
import { addWorksheetPart, removeWorksheetPart, worksheetDocument } from "../../src/workbook/file/worksheet-part";
import { sheetXlsx, worksheet } from "../helpers/sheet-xlsx";

const STYLES = "<fonts/><fills/><borders/><cellXfs/>";

/** The one-sheet test package with its sheet renamed (name as written in workbook.xml, entities and all). */
function packageWithSheet(nameXml: string): Unzipped {
  const parts = unzipSync(sheetXlsx(worksheet("<sheetData/>"), { styles: STYLES }));
  parts["xl/workbook.xml"] = strToU8(strFromU8(parts["xl/workbook.xml"]).replace('name="S"', `name="${nameXml}"`));
  return parts;
}

describe("a sheet of ours added to a copy of the user's package", () => {
  it("gets a name of its own when a user's sheet has the wanted name written with an entity", async () => {
    const copy = await stampedCopy(
      zipSync(packageWithSheet("Ký &amp; duyệt")),
      { version: 1 },
      {
        name: "Ký & duyệt",
        cells: [{ row: 1, col: 1, value: "x" }],
      },
    );
    assert.equal(copy.sheet, "Ký & duyệt (2)");
  });

  it("is listed with the workbook's own prefix and the relationships namespace on its entry", () => {
    const parts = packageWithSheet("S");
    parts["xl/workbook.xml"] = strToU8(
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets>' +
        '<x:sheet name="S" sheetId="3" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
        "</x:sheets></x:workbook>",
    );
    const name = addWorksheetPart(parts, "Chú giải", worksheetDocument("<sheetData/>"));
    assert.equal(name, "Chú giải");
    assert.match(
      strFromU8(parts["xl/workbook.xml"]),
      /<x:sheet name="Chú giải" sheetId="4" xmlns:r="[^"]+" r:id="rId2"\/><\/x:sheets>/,
    );
    assert.ok("xl/worksheets/sheet2.xml" in parts);
  });

  it("is removed again leaving every part as it was", () => {
    const parts = packageWithSheet("S");
    const before = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strFromU8(v)]));
    addWorksheetPart(parts, "Ours", worksheetDocument('<sheetPr codeName="ours"/><sheetData/>'));
    assert.equal(Object.keys(parts).length, Object.keys(before).length + 1);
    assert.equal(
      removeWorksheetPart(parts, (xml) => xml.includes('codeName="ours"')),
      true,
    );
    assert.deepEqual(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strFromU8(v)])), before);
  });

  it("is never confused with a user's sheet that the recogniser does not claim", () => {
    const parts = packageWithSheet("S");
    assert.equal(
      removeWorksheetPart(parts, (xml) => xml.includes('codeName="ours"')),
      false,
    );
    assert.ok("xl/worksheets/sheet1.xml" in parts);
  });
});
