import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import type { HighlightPlan } from "../../src/engine/highlight-types";
import { metadataToXml } from "../../src/engine/metadata";
import { FileWorkbookPort, type FileWriters } from "../../src/workbook/file/file-port";
import type { ReadProgress } from "../../src/workbook/port";

const SAMPLE = readFileSync(join(__dirname, "..", "..", "examples", "thi-xa-dien-ban-ntm-2024.xlsx"));
const PLAN: HighlightPlan = { ranges: [{ sheet: "KH giải ngân", range: "A9:K9", mark: "line-at-risk" }] };

/** Writers that record what they were asked to write. */
function recording(): FileWriters & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    highlightedCopy: async (bytes, plan) => {
      calls.push(["highlight", bytes.length, plan]);
      return new Uint8Array([1]);
    },
  };
}

describe("file-mode workbook port", () => {
  it("reads the picked file's sheets, reporting the sheet and rows read", async () => {
    const progress: ReadProgress[] = [];
    const port = new FileWorkbookPort("kh.xlsx", new Uint8Array(SAMPLE), recording());
    const grids = await port.readGrids((p) => progress.push(p));
    assert.ok(grids.some((g) => g.sheet === "KH giải ngân"));
    assert.ok(progress.every((p) => p.total === 0 && typeof p.sheet === "string"));
  });

  it("reads the add-in's metadata from the file's custom XML part, then keeps what is saved in memory", async () => {
    const files = unzipSync(new Uint8Array(SAMPLE));
    files["customXml/item1.xml"] = strToU8(
      metadataToXml({ version: 1, profile: { id: "x", extends: "quang-nam-2024" } }),
    );
    const port = new FileWorkbookPort("kh.xlsx", zipSync(files), recording());
    assert.deepEqual(await port.loadMetadata(), { version: 1, profile: { id: "x", extends: "quang-nam-2024" } });
    await port.saveMetadata({ version: 1, mappings: [] });
    assert.deepEqual(await port.loadMetadata(), { version: 1, mappings: [] });
    const plain = new FileWorkbookPort("kh.xlsx", new Uint8Array(SAMPLE), recording());
    assert.equal(await plain.loadMetadata(), null);
  });

  it("offers a highlighted copy only while highlights are applied, from the untouched original", async () => {
    const writers = recording();
    const port = new FileWorkbookPort("kh.xlsx", new Uint8Array(SAMPLE), writers);
    assert.equal(await port.highlightedCopy(), null);
    await port.applyHighlights(PLAN);
    assert.deepEqual(await port.highlightedCopy(), { fileName: "kh - highlighted.xlsx", bytes: new Uint8Array([1]) });
    assert.deepEqual(writers.calls, [["highlight", SAMPLE.length, PLAN]]);
    await port.clearHighlights();
    assert.equal(await port.highlightedCopy(), null);
  });

  it("refuses to add sheets, which only the Excel views do, rather than write them nowhere", async () => {
    const port = new FileWorkbookPort("kh.xlsx", new Uint8Array(SAMPLE), recording());
    await assert.rejects(port.addSheets(), /only in Excel/);
  });
});
