import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { stampedCopy } from "../../src/workbook/file/stamp-xlsx";
import { applyXlsxHighlights } from "../../src/workbook/file/highlight-xlsx";
import { editPackage } from "../../src/workbook/file/package-edit";
import { ZipArchive } from "../../src/workbook/file/zip";

/** The sample with its parts stored uncompressed, so that a part re-deflated on the way shows. */
const SAMPLE = zipSync(
  unzipSync(new Uint8Array(readFileSync(join(__dirname, "..", "..", "examples", "thi-xa-dien-ban-ntm-2024.xlsx")))),
  { level: 0 },
);

/** A part's stored entry as the archive holds it: compressed bytes, not content. */
function storedBytes(xlsx: Uint8Array, name: string): Buffer {
  const e = new ZipArchive(xlsx).entries.get(name)!;
  const view = new DataView(xlsx.buffer, xlsx.byteOffset, xlsx.byteLength);
  const start =
    e.localHeaderOffset +
    30 +
    view.getUint16(e.localHeaderOffset + 26, true) +
    view.getUint16(e.localHeaderOffset + 28, true);
  return Buffer.from(xlsx.subarray(start, start + e.compressedSize));
}

describe("copies written by editing a few parts of the package", () => {
  it("keep a sheet the stamp does not touch byte for byte as stored, compressed", async () => {
    const copy = await stampedCopy(
      SAMPLE,
      { version: 1 },
      { name: "Xác nhận", cells: [{ row: 1, col: 1, value: "x" }] },
    );
    assert.deepEqual(
      storedBytes(copy.bytes, "xl/worksheets/sheet1.xml"),
      storedBytes(SAMPLE, "xl/worksheets/sheet1.xml"),
    );
    assert.ok(Object.keys(unzipSync(copy.bytes)).length > Object.keys(unzipSync(SAMPLE)).length);
  });

  it("keep a part the highlighted copy with its legend does not touch as stored, compressed", async () => {
    const legend = { name: "Chú giải", cells: [{ row: 1, col: 1, value: "x" }] };
    const copy = await applyXlsxHighlights(SAMPLE, { ranges: [], legend });
    const untouched = "xl/sharedStrings.xml";
    assert.ok(Object.keys(unzipSync(copy.bytes)).length > Object.keys(unzipSync(SAMPLE)).length);
    assert.deepEqual(storedBytes(copy.bytes, untouched), storedBytes(SAMPLE, untouched));
  });

  it("adds, replaces and removes parts, and refuses an edit that reads a part it did not ask for", async () => {
    const edited = await editPackage(
      SAMPLE,
      (n) => n === "[Content_Types].xml",
      (parts) => {
        parts["docs/new.txt"] = strToU8("new");
        delete parts["docProps/app.xml"];
        return parts["[Content_Types].xml"].length;
      },
    );
    const after = unzipSync(edited.bytes);
    assert.ok(edited.result > 0);
    assert.equal(new TextDecoder().decode(after["docs/new.txt"]), "new");
    assert.ok(!("docProps/app.xml" in after));
    await assert.rejects(
      editPackage(
        SAMPLE,
        () => false,
        (parts) => parts["xl/workbook.xml"].length,
      ),
      /without being read/,
    );
  });
});
