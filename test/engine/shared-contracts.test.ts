import { strict as assert } from "node:assert";
import fc from "fast-check";
import { uniqueSheetName } from "../../src/engine/sheet-spec";
import { METADATA_NAMESPACE, metadataOf, metadataToXml, readMetadataXml } from "../../src/engine/metadata";

const metadataFromXml = (xml: string) => metadataOf(readMetadataXml(xml));
import { forbiddenXmlChars } from "../helpers/xml-chars";

describe("uniqueSheetName", () => {
  it("keeps the wanted name when no sheet has it", () => {
    assert.equal(uniqueSheetName("KH giải ngân", ["Sheet1"]), "KH giải ngân");
  });

  it("numbers the name when a sheet has it, ignoring case, and never reuses a number", () => {
    assert.equal(uniqueSheetName("KH giải ngân", ["kh GIẢI NGÂN", "KH giải ngân (2)"]), "KH giải ngân (3)");
  });

  it("replaces the characters Excel forbids and stays within 31 characters with its suffix", () => {
    const long = "Tổng hợp kế hoạch giải ngân: Quý I/2024 [bản chính]";
    const first = uniqueSheetName(long, []);
    assert.ok(!/[[\]:*?/\\]/.test(first));
    assert.ok(first.length <= 31);
    const second = uniqueSheetName(long, [first]);
    assert.ok(second.endsWith(" (2)") && second.length <= 31);
  });

  it("always returns a name that no existing sheet has", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }), (w, ex) => {
        const name = uniqueSheetName(w, ex);
        assert.ok(name.length > 0 && name.length <= 31 && !name.startsWith("'") && !name.endsWith("'"));
        assert.ok(!ex.some((e) => e.toLocaleLowerCase() === name.toLocaleLowerCase()));
      }),
    );
  });
});

describe("workbook metadata", () => {
  it("survives the trip through its custom XML part, including characters XML must escape", () => {
    const meta = {
      version: 1 as const,
      profile: { id: "x", name: { vi: '<Hồ sơ> & "mốc"', en: "a ]]> b" } },
      mappings: [{ sheet: "KH", headerRows: [5, 6], headers: { B: "Tên dự án" }, roles: { B: "label" } }],
    };
    const xml = metadataToXml(meta);
    assert.ok(xml.includes(METADATA_NAMESPACE));
    assert.deepEqual(metadataFromXml(xml), meta);
  });

  it("writes only characters XML allows, and still gives back U+FFFE, U+FFFF and control characters", () => {
    const name = 'U<&"\x01\x0Bx\uFFFE\uFFFF\uD800y';
    const meta = { version: 1 as const, profile: { id: "x", name: { vi: name, en: name } } };
    const xml = metadataToXml(meta);
    assert.deepEqual(forbiddenXmlChars(xml), []);
    assert.deepEqual(metadataFromXml(xml), meta);
  });

  it("ignores parts of other namespaces and unreadable content", () => {
    assert.equal(metadataFromXml('<ntpDisburse xmlns="urn:other">{"version":1}</ntpDisburse>'), null);
    assert.equal(metadataFromXml(`<ntpDisburse xmlns="${METADATA_NAMESPACE}">not json</ntpDisburse>`), null);
    assert.equal(metadataFromXml(`<ntpDisburse xmlns="${METADATA_NAMESPACE}">{"version":2}</ntpDisburse>`), null);
  });
});
