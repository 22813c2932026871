import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { OfficeMockObject } from "office-addin-mock";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { validateWorkbook } from "../../src/engine/validate";
import { OfficeWorkbookPort } from "../../src/workbook/office/port";
import { officeHost } from "../../src/workbook/office/host";
import { ExcelAddinError } from "../../src/workbook/office/errors";
import { WEB_PAYLOAD_BUDGET } from "../../src/workbook/office/payload";
import { FakeWorkbook, fakeHost, installExcelEnums, officeError, sheetFromGrid } from "./fake-excel";

const EXAMPLES = join(__dirname, "..", "..", "examples");

/** A plan-like sheet of `rows` lines and 24 columns of numbers and labels. */
function bigBook(rows: number): FakeWorkbook {
  const book = new FakeWorkbook();
  const s = book.addSheet("KH giải ngân");
  s.set(1, 1, { value: "Kế hoạch giải ngân", type: "String" });
  for (let r = 2; r <= rows + 1; r++) {
    s.set(r, 1, { value: r - 1, type: "Double" });
    s.set(r, 2, { value: `Dự án số ${r - 1} xã Trà Mai`, type: "String" });
    for (let c = 3; c <= 24; c++) s.set(r, c, { value: (r * 31 + c * 7) % 1000, type: "Double", format: "#,##0" });
    s.set(r, 25, { value: 1234, type: "Double", formula: `SUM(C${r}:X${r})` });
  }
  return book;
}

describe("Office adapter: reading the open workbook", () => {
  before(installExcelEnums);

  it("reads 100 and 50,000 rows in the same number of syncs on the desktop", async function () {
    this.timeout(120_000);
    const counts: number[] = [];
    for (const rows of [100, 50_000]) {
      const host = fakeHost(bigBook(rows));
      const grids = await new OfficeWorkbookPort({ host }).readGrids();
      assert.equal(grids[0].rows.length, rows + 1);
      counts.push(host.contexts.reduce((n, c) => n + c.sync.callCount, 0));
    }
    assert.deepEqual(counts, [3, 3]);
  });

  it("keeps every request under 5 MB on Excel on the web, syncing only as often as the payload needs", async function () {
    this.timeout(120_000);
    const host = fakeHost(bigBook(50_000), { payloadBudget: WEB_PAYLOAD_BUDGET });
    await new OfficeWorkbookPort({ host }).readGrids();
    const largest = Math.max(...host.stats.requests);
    assert.ok(largest < 5_000_000, `largest request ${largest} bytes`);
    const payload = host.stats.requests.reduce((a, b) => a + b, 0);
    // Two fixed syncs, then data syncs each filled close to the budget.
    assert.ok(host.stats.syncs <= 2 + Math.ceil(payload / (WEB_PAYLOAD_BUDGET / 4)), `${host.stats.syncs} syncs`);
    const small = fakeHost(bigBook(100), { payloadBudget: WEB_PAYLOAD_BUDGET });
    await new OfficeWorkbookPort({ host: small }).readGrids();
    assert.equal(small.stats.syncs, 3);
  });

  it("halves and retries a read the web refuses as too large (long texts), giving the same grids", async function () {
    this.timeout(60_000);
    const book = bigBook(2_000);
    const notes = "Ghi chú dài về tiến độ giải phóng mặt bằng và hồ sơ thanh toán. ".repeat(5);
    for (let r = 2; r <= 2_001; r++)
      for (let c = 3; c <= 12; c++) book.sheets[0].set(r, c, { value: notes, type: "String" });
    const desktop = await new OfficeWorkbookPort({ host: fakeHost(book) }).readGrids();
    const host = fakeHost(book, { payloadBudget: WEB_PAYLOAD_BUDGET });
    const seen: number[] = [];
    const web = await new OfficeWorkbookPort({ host }).readGrids((p) => seen.push(p.done));
    assert.ok(host.stats.refused.includes("ResponsePayloadSizeLimitExceeded"), host.stats.refused.join());
    assert.ok(Math.max(...host.stats.requests) < 5_000_000);
    assert.deepEqual(web, desktop);
    assert.equal(seen[seen.length - 1], 2_001 * 25, "each cell counted once in the progress");
  });

  it("gives up with the Office error when one row alone is over the web's limit", async () => {
    const book = bigBook(1);
    // 200 cells at Excel's 32,767-character limit: 6.4 MB of values, as much again of formulas.
    for (let c = 26; c < 226; c++) book.sheets[0].set(2, c, { value: "x".repeat(32_000), type: "String" });
    const host = fakeHost(book, { payloadBudget: WEB_PAYLOAD_BUDGET });
    await assert.rejects(new OfficeWorkbookPort({ host }).readGrids(), (e) => {
      assert.ok(e instanceof ExcelAddinError);
      assert.equal(e.code, "ResponsePayloadSizeLimitExceeded");
      return true;
    });
  });

  it("reads only the sheets asked for, in three syncs and with only their cells in the requests", async function () {
    this.timeout(60_000);
    const book = bigBook(5_000);
    const small = book.addSheet("Ghi chú");
    small.set(1, 1, { value: "sửa", type: "String" });
    small.set(2, 1, { value: 3, type: "Double", formula: "1+2" });
    const everything = fakeHost(book);
    const all = await new OfficeWorkbookPort({ host: everything }).readGrids();
    const host = fakeHost(book);
    const seen: number[] = [];
    const grids = await new OfficeWorkbookPort({ host }).readGrids((p) => seen.push(p.total), ["Ghi chú", "Đã xoá"]);
    assert.deepEqual(grids, [all[1]], "the sheet asked for, as the whole read gives it; a missing name is skipped");
    assert.equal(host.stats.syncs, 3);
    assert.deepEqual(seen, [2, 2], "progress counts the sheet's cells only");
    const bytes = (h: typeof host) => h.stats.requests.reduce((a, b) => a + b, 0);
    assert.ok(bytes(host) * 1000 < bytes(everything), `${bytes(host)} of ${bytes(everything)} bytes`);
  });

  it("reports progress in cells read out of the used cells", async () => {
    const host = fakeHost(bigBook(10));
    const seen: number[] = [];
    await new OfficeWorkbookPort({ host }).readGrids((p) => seen.push(p.done / p.total));
    assert.deepEqual([seen[0], seen[seen.length - 1]], [0, 1]);
  });

  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx"))) {
    it(`gives the same report as the file reader for ${file}`, async () => {
      const fromFile = await readXlsx(readFileSync(join(EXAMPLES, file)), file);
      const book = new FakeWorkbook();
      for (const g of fromFile) sheetFromGrid(book, g);
      const fromExcel = await new OfficeWorkbookPort({ host: fakeHost(book) }).readGrids();
      const options = { file, asOf: "2024-09-30", lang: "vi" as const };
      assert.deepEqual(validateWorkbook(fromExcel, options), validateWorkbook(fromFile, options));
      for (const [i, g] of fromFile.entries()) {
        assert.deepEqual(fromExcel[i].merges, g.merges, `${g.sheet} merges`);
        const hiddenRows = (gr: typeof g) => gr.rows.flatMap((r, k) => (r?.hidden ? [k + 1] : []));
        assert.deepEqual(
          hiddenRows(fromExcel[i]),
          hiddenRows(g).filter((r) => r <= fromExcel[i].rows.length),
        );
      }
    });
  }

  it("reads errors, booleans, dates, text that starts with '=' and hidden rows, columns and sheets like the file reader", async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet("Dữ liệu");
    s.visibility = "Hidden";
    s.set(2, 2, { value: "#REF!", type: "Error", formula: "A1/#REF!" });
    s.set(2, 3, { value: true, type: "Boolean" });
    s.set(2, 4, { value: 45382, type: "Double", format: "dd/mm/yyyy" });
    s.set(3, 2, { value: "=không phải công thức", type: "String", format: "@" });
    s.set(3, 3, { value: 7, type: "Double", formula: "3+4", format: "General" });
    s.set(5, 5, { value: "cuối", type: "String" });
    s.hiddenRows.add(3);
    s.hiddenColumns.add(4);
    s.merges = [{ top: 4, left: 2, bottom: 4, right: 4 }];
    const [g] = await new OfficeWorkbookPort({ host: fakeHost(book) }).readGrids();
    assert.equal(g.sheetHidden, true);
    assert.deepEqual(g.rows[1]!.values.slice(1), [{ error: "#REF!" }, true, { date: "2024-03-31" }]);
    assert.equal(g.rows[1]!.formulas![1], "A1/#REF!");
    assert.equal(g.rows[2]!.values[1], "=không phải công thức");
    assert.equal(g.rows[2]!.formulas?.[1], undefined);
    assert.equal(g.rows[2]!.formulas![2], "3+4");
    assert.equal(g.rows[2]!.numFmts?.[2], undefined, "General is left out");
    assert.equal(g.rows[2]!.hidden, true);
    assert.deepEqual(g.hiddenColumns, [4]);
    assert.deepEqual(g.merges, [{ top: 4, left: 2, bottom: 4, right: 4 }]);
    assert.equal(g.rows[0], undefined);
  });

  it("reads without merges before ExcelApi 1.13 and without hidden rows before 1.9, and refuses before 1.7", async () => {
    const book = new FakeWorkbook();
    const s = book.addSheet("A");
    s.set(1, 1, { value: "x", type: "String" });
    s.set(2, 1, { value: "y", type: "String" });
    s.merges = [{ top: 1, left: 1, bottom: 1, right: 2 }];
    s.hiddenRows.add(2);
    const [old] = await new OfficeWorkbookPort({ host: fakeHost(book, { maxApi: 8 }) }).readGrids();
    assert.deepEqual([old.merges, old.rows[1]!.hidden], [[], undefined]);
    await assert.rejects(new OfficeWorkbookPort({ host: fakeHost(book, { maxApi: 6 }) }).readGrids(), (e) => {
      assert.ok(e instanceof ExcelAddinError);
      assert.equal(e.problem, "needs-newer-excel");
      assert.match(e.text("vi"), /Excel 2019 trở lên \(bộ API ExcelApi 1\.7\)/);
      assert.match(e.text("en"), /^Reading the workbook needs Excel 2019 or later/);
      return true;
    });
  });

  it("surfaces Office errors with their code, and cell-edit mode as 'finish editing the cell first'", async () => {
    const book = bigBook(3);
    const host = fakeHost(book);
    host.stats.fail = () =>
      officeError("InvalidOperationInCellEditMode", "The operation is not allowed in cell edit mode.");
    await assert.rejects(new OfficeWorkbookPort({ host }).readGrids(), (e) => {
      assert.ok(e instanceof ExcelAddinError);
      assert.deepEqual([e.problem, e.code], ["cell-edit", "InvalidOperationInCellEditMode"]);
      assert.match(e.text("en"), /finish editing the cell first/);
      assert.match(e.text("vi"), /chế độ sửa ô/);
      return true;
    });
    host.stats.fail = undefined;
    await assert.rejects(new OfficeWorkbookPort({ host }).selectCell("Không có", "B2"), (e) => {
      assert.ok(e instanceof ExcelAddinError);
      assert.deepEqual([e.problem, e.code], ["office", "ItemNotFound"]);
      return true;
    });
    const before = host.stats.syncs;
    host.stats.fail = (n) => (n === before + 2 ? officeError("GeneralException", "Something broke.") : null);
    await assert.rejects(new OfficeWorkbookPort({ host }).readGrids(), (e) => {
      assert.ok(e instanceof ExcelAddinError);
      assert.equal(e.problem, "office");
      assert.equal(e.text("en"), "Excel reported GeneralException: Something broke. (Fake)");
      return true;
    });
  });

  it("takes the platform and requirement sets from office.js (office-addin-mock)", () => {
    const supported = new Set(["ExcelApi 1.7", "ExcelApi 1.9"]);
    const mock = new OfficeMockObject({
      context: {
        platform: "OfficeOnline",
        requirements: { isSetSupported: (set: string, v: string) => supported.has(`${set} ${v}`) },
      },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
    }) as unknown as { load: (p: string) => void; sync: () => Promise<void> };
    mock.load("context/platform, PlatformType/OfficeOnline");
    return mock.sync().then(() => {
      (globalThis as Record<string, unknown>).Office = mock;
      try {
        const host = officeHost();
        assert.equal(host.payloadBudget, WEB_PAYLOAD_BUDGET);
        assert.equal(host.isSetSupported("ExcelApi", "1.9"), true);
        assert.equal(host.isSetSupported("ExcelApi", "1.13"), false);
      } finally {
        delete (globalThis as Record<string, unknown>).Office;
      }
    });
  });
});
