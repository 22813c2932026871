import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseRange } from "../../src/engine/grid";
import { readForCheck } from "../../src/taskpane/check/run-check";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { OfficeWorkbookPort } from "../../src/workbook/office/port";
import { FakeWorkbook, fakeHost, installExcelEnums, sheetFromGrid } from "../office/fake-excel";

const FILE = "huyen-tay-giang-theo-nguon-2024.xlsx";
const AS_OF = "2024-05-31";

/** The four-sheet example (a summary and one plan per source) open in the fake Excel. */
async function openExample(): Promise<FakeWorkbook> {
  const book = new FakeWorkbook();
  for (const g of await readXlsx(readFileSync(join(__dirname, "..", "..", "examples", FILE)), FILE))
    sheetFromGrid(book, g);
  return book;
}

const syncs = (host: ReturnType<typeof fakeHost>) => host.contexts.reduce((n, c) => n + c.sync.callCount, 0);

describe("Check: live re-checking after an edit", () => {
  before(installExcelEnums);

  it("reads only the edited sheet again, in four syncs, and reports what a whole read would", async () => {
    const book = await openExample();
    const host = fakeHost(book);
    const port = new OfficeWorkbookPort({ host });
    const checker = await readForCheck(port, FILE);
    const before = checker.check("vi", AS_OF).report;
    const table = before.tables.find((t) => t.sheet === "KH 2024")!;
    const line = table.lines[0];
    const col = parseRange(`${table.columns.label}1`)!.left;
    book.sheet("KH 2024").set(line.row, col, { value: "Đường vào khu sản xuất (đã sửa)", type: "String" });

    const start = syncs(host);
    const after = (await checker.reread(["KH 2024"])).check("vi", AS_OF).report;
    assert.equal(syncs(host) - start, 4, "three to read the sheet, one to list the sheets");
    const edited = after.tables.find((t) => t.sheet === "KH 2024")!.lines.find((l) => l.row === line.row)!;
    assert.equal(edited.label, "Đường vào khu sản xuất (đã sửa)");
    const whole = (await readForCheck(port, FILE)).check("vi", AS_OF).report;
    assert.deepEqual(after, whole);
    assert.equal(checker.check("vi", AS_OF).report.tables.length, before.tables.length, "the first read is kept");
  });

  it("reads the whole workbook again when a sheet was removed or added since", async () => {
    const book = await openExample();
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });
    const checker = await readForCheck(port, FILE);
    book.sheets = book.sheets.filter((s) => s.name !== "Vốn 2022 kéo dài");
    const afterRemoval = (await checker.reread(["KH 2024"])).check("vi", AS_OF).report;
    assert.ok(!afterRemoval.tables.some((t) => t.sheet === "Vốn 2022 kéo dài"));
    assert.deepEqual(afterRemoval, (await readForCheck(port, FILE)).check("vi", AS_OF).report);

    const copy = book.addSheet("Bản sao");
    for (const [k, v] of book.sheet("KH 2024").cells) copy.cells.set(k, v);
    const afterAdding = (await checker.reread(["Bản sao"])).check("vi", AS_OF).report;
    assert.deepEqual(afterAdding, (await readForCheck(port, FILE)).check("vi", AS_OF).report);
    assert.ok(afterAdding.tables.some((t) => t.sheet === "Bản sao"));
  });
});
