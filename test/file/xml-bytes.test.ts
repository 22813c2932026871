import { strict as assert } from "node:assert";
import fc from "fast-check";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { WorkbookReadError } from "../../src/workbook/file/read-error";
import { parseNumber } from "../../src/workbook/file/xml-bytes";
import { cellAt, formulaAt } from "../../src/engine/grid";
import { sheetXlsx, worksheet } from "../helpers/sheet-xlsx";

const read = async (sheetXml: string, sharedStrings?: string) =>
  (await readXlsx(sheetXlsx(sheetXml, { sharedStrings }), "t.xlsx"))[0];

describe("the sheet XML tokenizer, on what a hand-written scanner gets wrong", () => {
  it("decodes the five entities and decimal and hexadecimal character references, in text and attributes", async () => {
    const g = await read(
      worksheet(
        `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#7899;&#x1EBF;&#X41;</t></is></c>` +
          `<c r="B1" t="str"><f>"x&amp;y"&amp;A1</f><v>x&amp;y</v></c></row></sheetData>` +
          `<mergeCells><mergeCell ref="&#67;2:D3"/></mergeCells>`,
      ),
    );
    assert.equal(cellAt(g, 1, 1), `a <b> & "c" 'd' ớếA`);
    assert.equal(cellAt(g, 1, 2), "x&y");
    assert.equal(formulaAt(g, 1, 2), '"x&y"&A1');
    assert.deepEqual(g.merges, [{ top: 2, left: 3, bottom: 3, right: 4 }]);
  });

  it("reads attributes in either quote, with whitespace around = and between attributes", async () => {
    const g = await read(
      worksheet(
        `<sheetData>\n  <row r='2'  hidden = "1" >\n    <c r = 'C2'\tt="s" ><v> 1 </v></c>\n    <c\nr="D2"><v>\n42.5\n</v></c>\n  </row>\n</sheetData>`,
      ),
      "<si><t>zero</t></si><si><t>one</t></si>",
    );
    assert.equal(cellAt(g, 2, 3), "one");
    assert.equal(cellAt(g, 2, 4), 42.5);
    assert.equal(g.rows[1]?.hidden, true);
  });

  it("reads elements with a namespace prefix (<x:c>) as the same elements", async () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:cols><x:col min="2" max="3" hidden="1"/></x:cols>' +
      '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>bốn</x:t></x:is></x:c></x:row></x:sheetData>' +
      '<x:mergeCells><x:mergeCell ref="A1:C1"/></x:mergeCells></x:worksheet>';
    const g = await read(xml);
    assert.equal(cellAt(g, 1, 1), 7);
    assert.equal(cellAt(g, 1, 4), "bốn");
    assert.deepEqual(g.hiddenColumns, [2, 3]);
    assert.equal(g.merges.length, 1);
  });

  it("joins rich text runs, skips phonetic runs and keeps the spaces xml:space preserves", async () => {
    const g = await read(
      worksheet(
        `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Kế </t></r><r><t>hoạch</t></r><rPh sb="0" eb="1"><t>ケ</t></rPh></is></c></row></sheetData>`,
      ),
      `<si><r><t xml:space="preserve">  Giải </t></r><r><rPr><i/></rPr><t>ngân  </t></r><rPh><t>x</t></rPh></si>`,
    );
    assert.equal(cellAt(g, 1, 1), "  Giải ngân  ");
    assert.equal(cellAt(g, 1, 2), "Kế hoạch");
  });

  it("reads CDATA, skips comments and processing instructions, and refuses a DOCTYPE", async () => {
    const g = await read(
      worksheet(
        `<!-- written by hand --><sheetData><?pi x?><row r="1"><c r="A1" t="str"><v><![CDATA[a<b>&c]]></v></c><!-- <c r="B1"><v>9</v></c> --></row></sheetData>`,
      ),
    );
    assert.equal(cellAt(g, 1, 1), "a<b>&c");
    assert.equal(cellAt(g, 1, 2), null);
    await assert.rejects(
      read(
        `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "x">]>${worksheet("<sheetData/>").replace(/^<\?xml[^>]*>\n/, "")}`,
      ),
      (e: WorkbookReadError) => e.code === "corrupt",
    );
  });

  it("refuses markup that is not well formed: an unknown entity, a close tag that does not match, a cut-short part", async () => {
    for (const xml of [
      worksheet(`<sheetData><row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row></sheetData>`),
      worksheet(`<sheetData><row r="1"><c r="A1"><v>1</c></v></row></sheetData>`),
      worksheet(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row>`),
      worksheet(`<sheetData><row r="1"><c r="A1" t="str"><v>&#xD800;</v></c></row></sheetData>`),
    ]) {
      await assert.rejects(read(xml), (e: WorkbookReadError) => e.code === "corrupt", xml);
    }
  });

  it("reads a cell cut across inflated pieces the same as a whole one", async () => {
    const row = (r: number) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Công trình &amp; số ${r}</t></is></c><c r="B${r}"><v>${r}.25</v></c></row>`;
    const rows = Array.from({ length: 20_000 }, (_, i) => row(i + 1)).join("");
    const g = await read(worksheet(`<sheetData>${rows}</sheetData>`));
    for (const r of [1, 4_567, 20_000]) {
      assert.equal(cellAt(g, r, 1), `Công trình & số ${r}`);
      assert.equal(cellAt(g, r, 2), r + 0.25);
    }
  });

  it("parses a number from its bytes exactly as Number() does, or leaves it to Number()", () => {
    const enc = new TextEncoder();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
          fc.integer().map(String),
          fc.stringMatching(/^-?\d{0,18}(\.\d{0,24})?([eE][+-]?\d{1,3})?$/),
        ),
        (text) => {
          const n = parseNumber(enc.encode(text), 0, text.length);
          if (!Number.isNaN(n)) assert.ok(Object.is(n, Number(text)), text);
          // Left to the caller only when empty, for exponents, more than 15 digits, or what is no number at all.
          else
            assert.ok(
              text === "" || Number.isNaN(Number(text)) || /[eE]/.test(text) || text.replace(/\D/g, "").length > 15,
              text,
            );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
