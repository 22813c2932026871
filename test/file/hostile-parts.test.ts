import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { highlightPlan } from "../../src/engine/highlight";
import { validateWorkbook } from "../../src/engine/validate";
import { readMetadata, withMetadata } from "../../src/workbook/file/custom-xml";
import { applyXlsxHighlights, clearXlsxHighlights } from "../../src/workbook/file/highlight-xlsx";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { ZipArchive } from "../../src/workbook/file/zip";
import { lyingEntry, rawZip, trueEntry } from "../helpers/raw-zip";

const SAMPLE = join(__dirname, "..", "..", "examples", "huyen-que-son-ntm-2024.xlsx");
const SHEET = "xl/worksheets/sheet1.xml";

const sampleParts = () => unzipSync(new Uint8Array(readFileSync(SAMPLE)));
const text = (b: Uint8Array, part: string) => strFromU8(unzipSync(b)[part]);

async function planOf(bytes: Uint8Array) {
  const grids = await readXlsx(bytes, "plan.xlsx");
  return highlightPlan(validateWorkbook(grids, { file: "plan.xlsx", asOf: "2024-09-30", lang: "vi" }));
}

/** Milliseconds `f` takes. */
async function timed(f: () => Promise<unknown>): Promise<number> {
  const started = Date.now();
  await f();
  return Date.now() - started;
}

describe("the highlighted copy against hostile or odd packages", () => {
  it("copies a part it does not read as stored, never inflating it, though it lies about its size", async () => {
    // Declares 1,000 bytes, inflates to 2 GiB: inflating it would take many seconds and truncate it.
    const lying = lyingEntry("xl/media/blob.bin", 2048, 1000);
    const parts = sampleParts();
    const bytes = rawZip([...Object.entries(parts).map(([n, b]) => trueEntry(n, b)), lying]);
    const plan = await planOf(bytes);
    let copy: Uint8Array = new Uint8Array();
    const ms = await timed(async () => (copy = (await applyXlsxHighlights(bytes, plan)).bytes));
    assert.ok(ms < 5000, `${ms} ms`);
    const zip = new ZipArchive(copy);
    const e = zip.entries.get("xl/media/blob.bin")!;
    assert.equal(e.size, 1000);
    assert.equal(e.compressedSize, lying.data.length);
    const start = e.localHeaderOffset + 30 + e.name.length;
    assert.ok(Buffer.from(copy.subarray(start, start + e.compressedSize)).equals(Buffer.from(lying.data)));
    assert.match(await zip.text(SHEET), /ntp-disburse:/);
  });

  it("places the marks when workbook.xml names the sheet with character references and single quotes (as excelize writes it)", async () => {
    const parts = sampleParts();
    const workbook = strFromU8(parts["xl/workbook.xml"]);
    const name = /<sheet [^>]*name="([^"]+)"/.exec(workbook)![1];
    const odd = [...name].map((c) => `&#${c.charCodeAt(0)};`).join("");
    parts["xl/workbook.xml"] = strToU8(
      workbook.replace(
        /<sheet ([^>]*)\/>/,
        (_, attrs: string) => `<sheet ${attrs.replace(/"([^"]*)"/g, "'$1'").replace(`'${name}'`, `'${odd}'`)}/>`,
      ),
    );
    assert.notEqual(strFromU8(parts["xl/workbook.xml"]), workbook);
    const bytes = zipSync(parts);
    const plan = await planOf(bytes);
    assert.ok(plan.ranges.length > 0);
    const copy = await applyXlsxHighlights(bytes, plan);
    assert.deepEqual(copy.placed, [name]);
    assert.deepEqual(copy.unplaced, []);
    assert.match(text(copy.bytes, SHEET), /ntp-disburse:cell-error/);
  });

  it("writes a sound copy from a Node Buffer, whose slices share its memory, and leaves the input's bytes as they were", async () => {
    const input = readFileSync(SAMPLE);
    const before = Buffer.from(input);
    const copy = await applyXlsxHighlights(input, await planOf(new Uint8Array(input)));
    assert.ok(input.equals(before));
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(SAMPLE))))) {
      if (name !== SHEET && name !== "xl/styles.xml") assert.deepEqual(unzipSync(copy.bytes)[name], bytes, name);
    }
  });

  it("says which sheets' marks found no place, and places none there", async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const copy = await applyXlsxHighlights(bytes, {
      ranges: [{ sheet: "Không có", range: "A1:B1", mark: "line-at-risk" }],
    });
    assert.deepEqual(copy.unplaced, ["Không có"]);
    assert.deepEqual(copy.placed, []);
    assert.doesNotMatch(text(copy.bytes, SHEET), /ntp-disburse:/);
  });

  it("rewrites a sheet with 400,000 empty conditionalFormatting elements in linear time (quadratic took 15 s for 40,000)", async () => {
    const parts = sampleParts();
    const sheet = strFromU8(parts[SHEET]);
    const at = sheet.indexOf("<pageMargins");
    parts[SHEET] = strToU8(sheet.slice(0, at) + "<conditionalFormatting/>".repeat(400_000) + sheet.slice(at));
    const bytes = zipSync(parts);
    const plan = await planOf(new Uint8Array(readFileSync(SAMPLE)));
    let marked: Uint8Array = new Uint8Array();
    const ms = await timed(async () => (marked = (await applyXlsxHighlights(bytes, plan)).bytes));
    assert.ok(ms < 10000, `${ms} ms`);
    assert.match(text(marked, SHEET), /ntp-disburse:/);
    assert.equal(text(await clearXlsxHighlights(marked), SHEET), strFromU8(parts[SHEET]));
  });

  it("looks for a stored profile through 8 MB of unclosed tags in linear time (quadratic took 31 s for 800 KB)", async () => {
    const tag = '<ntpDisburse xmlns="urn:ntp-disburse:metadata:1">';
    const parts = sampleParts();
    parts["customXml/item1.xml"] = strToU8(tag.repeat(Math.ceil(8_000_000 / tag.length)));
    const bytes = zipSync(parts);
    const ms = await timed(async () => assert.equal(await readMetadata(bytes), null));
    assert.ok(ms < 3000, `${ms} ms`);
    // What the tool writes is still found.
    const ours = withMetadata(new Uint8Array(readFileSync(SAMPLE)), { version: 1, note: "x" });
    assert.deepEqual(await readMetadata(ours), { version: 1, note: "x" });
  });
});
