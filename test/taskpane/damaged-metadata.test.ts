import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { type AddinMetadata, metadataToXml } from "../../src/engine/metadata";
import { CLI_TEXT } from "../../src/i18n/cli";
import { ui } from "../../src/i18n/ui";
import { readForCheck } from "../../src/taskpane/check/run-check";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { FileWorkbookPort } from "../../src/workbook/file/file-port";
import { OfficeWorkbookPort } from "../../src/workbook/office/port";
import { FakeWorkbook, fakeHost, installExcelEnums, sheetFromGrid } from "../office/fake-excel";

const FILE = "thi-xa-dien-ban-ntm-2024.xlsx";
const SAMPLE = readFileSync(join(__dirname, "..", "..", "examples", FILE));
const AS_OF = "2024-05-31";
/** A saved profile beside confirmed mappings: the mappings are what the hand edit breaks. */
const META: AddinMetadata = {
  version: 1,
  profile: { id: "qn-edited", extends: "quang-nam-2024", paceFactor: 2 },
  mappings: [{ sheet: "Trang khác", headerRows: [5], headers: {}, roles: {} }],
};

/** The metadata part with the JSON of member `key` broken (a stray letter before its value), as a hand edit would. */
function brokenPart(key: string): string {
  const xml = metadataToXml(META);
  const at = xml.indexOf(`&quot;${key}&quot;:`) + `&quot;${key}&quot;:`.length;
  return `${xml.slice(0, at)}x${xml.slice(at)}`;
}

describe("Check: a workbook whose saved metadata is damaged", () => {
  before(installExcelEnums);

  it("in file mode, names what was lost and still checks with the saved profile", async () => {
    const files = unzipSync(new Uint8Array(SAMPLE));
    files["customXml/item1.xml"] = strToU8(brokenPart("mappings"));
    const port = new FileWorkbookPort(FILE, zipSync(files), { highlightedCopy: async () => new Uint8Array() });
    const outcome = (await readForCheck(port, FILE)).check("vi", AS_OF);
    assert.deepEqual(outcome.metadataDamage, { lost: ["mappings"] });
    assert.equal(outcome.profile.id, "qn-edited");
  });

  it("in Excel, names what was lost and still checks with the saved profile", async () => {
    const book = new FakeWorkbook();
    for (const g of await readXlsx(SAMPLE, FILE)) sheetFromGrid(book, g);
    book.xmlParts.push({ id: "part-1", xml: brokenPart("mappings") });
    const outcome = (await readForCheck(new OfficeWorkbookPort({ host: fakeHost(book) }), FILE)).check("en", AS_OF);
    assert.deepEqual(outcome.metadataDamage, { lost: ["mappings"] });
    assert.equal(outcome.profile.id, "qn-edited");
  });

  it("still checks when a cut keeps the mappings as something else than a list, and says data was lost", async () => {
    // "mappings":[{…}] with its "[" dropped reads back as one object, not a list of them.
    const xml = metadataToXml(META);
    const at = xml.indexOf("&quot;mappings&quot;:") + "&quot;mappings&quot;:".length;
    const book = new FakeWorkbook();
    for (const g of await readXlsx(SAMPLE, FILE)) sheetFromGrid(book, g);
    book.xmlParts.push({ id: "part-1", xml: xml.slice(0, at) + xml.slice(at + 1) });
    const outcome = (await readForCheck(new OfficeWorkbookPort({ host: fakeHost(book) }), FILE)).check("vi", AS_OF);
    assert.deepEqual(outcome.metadataDamage, { lost: ["mappings"] });
    assert.ok(outcome.report.tables.length > 0);
  });

  it("says nothing of damage when the metadata reads whole", async () => {
    const book = new FakeWorkbook();
    for (const g of await readXlsx(SAMPLE, FILE)) sheetFromGrid(book, g);
    book.xmlParts.push({ id: "part-1", xml: metadataToXml(META) });
    const outcome = (await readForCheck(new OfficeWorkbookPort({ host: fakeHost(book) }), FILE)).check("vi", AS_OF);
    assert.equal(outcome.metadataDamage, null);
  });

  it("words the warning as the command line does, Vietnamese and English", () => {
    for (const lang of ["vi", "en"] as const)
      for (const lost of [["mappings"], []])
        assert.equal(ui[lang].damagedMetadata(lost), CLI_TEXT[lang].damagedMetadata(lost));
  });
});
