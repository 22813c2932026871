import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { OfficeWorkbookPort } from "../../src/workbook/office/port";
import { checkAndHighlight } from "../../src/commands/check";
import { FakeWorkbook, fakeHost, installExcelEnums, sheetFromGrid } from "./fake-excel";

describe("ribbon command: Check now", () => {
  before(installExcelEnums);

  it("checks the workbook, highlights it and keeps a summary in the workbook, values untouched", async () => {
    const file = join(__dirname, "..", "..", "examples", "huyen-que-son-ntm-2024.xlsx");
    const book = new FakeWorkbook();
    for (const g of await readXlsx(readFileSync(file), "q.xlsx")) sheetFromGrid(book, g);
    const cells = JSON.stringify(book.sheets.map((s) => [...s.cells]));
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });
    const out = await checkAndHighlight(port, { file: "q.xlsx", asOf: "2024-09-30", lang: "en", now: new Date(0) });
    assert.match(out.text, /^Checked \d+ lines: \d+ highlighted, \d+ errors\./);
    assert.ok(book.sheets.some((s) => s.cfs.length > 0));
    assert.equal(JSON.stringify(book.sheets.map((s) => [...s.cells])), cells);
    const meta = await port.loadMetadata();
    assert.equal((meta?.lastCheck as { asOf: string }).asOf, "2024-09-30");
    assert.ok(meta?.highlights);
  });

  it("falls back to the built-in profile when the stored one no longer loads, and says so in the summary", async () => {
    const file = join(__dirname, "..", "..", "examples", "huyen-que-son-ntm-2024.xlsx");
    const book = new FakeWorkbook();
    for (const g of await readXlsx(readFileSync(file), "q.xlsx")) sheetFromGrid(book, g);
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });
    await port.saveMetadata({ version: 1, profile: { id: "x", extends: "nowhere" } });
    const out = await checkAndHighlight(port, { file: "q.xlsx", asOf: "2024-09-30", lang: "en", now: new Date(0) });
    assert.match(
      out.text,
      /^The milestone profile saved in the workbook cannot be used \(.*nowhere.*\).* Checked \d+ lines/,
    );
    assert.ok(book.sheets.some((s) => s.cfs.length > 0));
  });

  it("says in the summary which sheets a password kept from being highlighted", async () => {
    const file = join(__dirname, "..", "..", "examples", "huyen-que-son-ntm-2024.xlsx");
    const book = new FakeWorkbook();
    for (const g of await readXlsx(readFileSync(file), "q.xlsx")) sheetFromGrid(book, g);
    for (const s of book.sheets) s.protection = { password: "x", options: {} };
    const port = new OfficeWorkbookPort({ host: fakeHost(book), lang: () => "en" });
    const out = await checkAndHighlight(port, { file: "q.xlsx", asOf: "2024-09-30", lang: "en", now: new Date(0) });
    assert.match(out.text, /^Checked .* Could not highlight sheet\(s\) .*password/);
    assert.ok(book.sheets.every((s) => s.cfs.length === 0));
  });
});
