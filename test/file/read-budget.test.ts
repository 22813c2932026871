import { strict as assert } from "node:assert";
import { readFileSync, rmSync } from "node:fs";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { WorkbookReadError } from "../../src/workbook/file/read-error";
import { validateWorkbook } from "../../src/engine/validate";
import { cellAt } from "../../src/engine/grid";
import { sheetXlsx, worksheet } from "../helpers/sheet-xlsx";
import { writeZipBomb } from "../helpers/zip-bomb";

/** A small plan table: a header the detector knows, a numbering row (1)…(n), three lines. */
function planRows(extra = ""): string {
  const header = ["STT", "Tên dự án", "Mã dự án", "Kế hoạch vốn năm 2024", "Giải ngân đến 31/5/2024"];
  const cell = (r: number, c: number, v: string | number) =>
    typeof v === "number"
      ? `<c r="${String.fromCharCode(64 + c)}${r}"><v>${v}</v></c>`
      : `<c r="${String.fromCharCode(64 + c)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const rows = [
    `<row r="1">${cell(1, 1, "UBND HUYỆN THỬ")}</row>`,
    `<row r="2">${cell(2, 1, "ĐVT: triệu đồng")}</row>`,
    `<row r="3">${header.map((h, i) => cell(3, i + 1, h)).join("")}</row>`,
    `<row r="4">${header.map((_, i) => cell(4, i + 1, `(${i + 1})`)).join("")}${extra}</row>`,
  ];
  for (let k = 0; k < 3; k++) {
    const r = 5 + k;
    rows.push(
      `<row r="${r}">${[k + 1, `Đường thôn ${k + 1}`, `790000${k}`, 1000 + k, 100].map((v, i) => cell(r, i + 1, v)).join("")}</row>`,
    );
  }
  return rows.join("");
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  const value = await f();
  return { value, ms: Date.now() - start };
}

describe("reading within a budget that follows the cells that hold something", () => {
  it("reads 10,000 <col> elements hiding all 16,384 columns in its used width, not 160 million columns", async () => {
    const cols = '<col min="1" max="16384" hidden="1"/>'.repeat(10_000);
    const bytes = sheetXlsx(worksheet(`<cols>${cols}</cols><sheetData>${planRows()}</sheetData>`));
    const { value, ms } = await timed(() => readXlsx(bytes, "cols.xlsx"));
    assert.deepEqual(value[0].hiddenColumns, [1, 2, 3, 4, 5]);
    assert.ok(ms < 5_000, `${ms} ms`);
  });

  it("reads 2,000 merges of 100 x 100 cells and validates the sheet in seconds", async () => {
    const merges: string[] = [];
    for (let k = 0; k < 2_000; k++) {
      const top = 10 + (k % 20) * 100;
      merges.push(`<mergeCell ref="F${top}:CZ${top + 99}"/>`);
    }
    const bytes = sheetXlsx(
      worksheet(`<sheetData>${planRows()}</sheetData><mergeCells count="2000">${merges.join("")}</mergeCells>`),
    );
    const { value, ms } = await timed(async () => {
      const grids = await readXlsx(bytes, "merges.xlsx");
      return validateWorkbook(grids, { file: "merges.xlsx", asOf: "2024-05-31", lang: "vi" });
    });
    assert.equal(value.tables.length, 1);
    assert.ok(ms < 10_000, `${ms} ms`);
  });

  it("validates a sheet with one cell at XFD12 beside its table in seconds", async () => {
    const bytes = sheetXlsx(
      worksheet(`<sheetData>${planRows()}<row r="12"><c r="XFD12"><v>1</v></c></row></sheetData>`),
    );
    const { value, ms } = await timed(async () =>
      validateWorkbook(await readXlsx(bytes, "xfd.xlsx"), { file: "xfd.xlsx", asOf: "2024-05-31", lang: "vi" }),
    );
    assert.equal(value.tables.length, 1);
    assert.ok(ms < 10_000, `${ms} ms`);
  });

  it("keeps the numbering row (1)…(n) out of the data when a stray cell sits far to its right", async () => {
    for (const extra of ['<c r="ZZ4" t="inlineStr"><is><t>x</t></is></c>']) {
      const grids = await readXlsx(sheetXlsx(worksheet(`<sheetData>${planRows(extra)}</sheetData>`)), "zz.xlsx");
      assert.equal(cellAt(grids[0], 4, 702), "x");
      const report = validateWorkbook(grids, { file: "zz.xlsx", asOf: "2024-05-31", lang: "vi" });
      const table = report.tables[0];
      assert.equal(table.firstDataRow, 5);
      assert.deepEqual(
        table.lines.map((l) => l.row),
        [5, 6, 7],
      );
    }
  });

  it("refuses a sheet bomb whose directory lies about its size as over the budget, after inflating little", async function () {
    this.timeout(60_000);
    const bomb = writeZipBomb({ declaredUncompressedSize: 1000 });
    try {
      const before = process.memoryUsage().rss;
      const { value: e, ms } = await timed(() =>
        readXlsx(readFileSync(bomb.file), "bomb.xlsx").then(
          () => assert.fail("the bomb was read"),
          (err: unknown) => err as WorkbookReadError,
        ),
      );
      assert.ok(e instanceof WorkbookReadError);
      assert.equal(e.code, "too-large");
      assert.match(e.reason("en"), /exceeds the reading limits .*declares/);
      assert.match(e.reason("vi"), /vượt giới hạn đọc/);
      assert.ok(ms < 2_000, `${ms} ms`);
      assert.ok(process.memoryUsage().rss - before < 100 * 1024 * 1024);
    } finally {
      rmSync(bomb.dir, { recursive: true, force: true });
    }
  });

  it("refuses more merged ranges or more time than the budget allows, each with its own reason", async () => {
    const merges = Array.from({ length: 50 }, (_, k) => `<mergeCell ref="A${k + 20}:B${k + 20}"/>`).join("");
    const bytes = sheetXlsx(worksheet(`<sheetData>${planRows()}</sheetData><mergeCells>${merges}</mergeCells>`));
    await assert.rejects(readXlsx(bytes, "m.xlsx", { limits: { maxMerges: 49 } }), (e: WorkbookReadError) =>
      /merged ranges/.test(e.reason("en")),
    );
    assert.equal((await readXlsx(bytes, "m.xlsx", { limits: { maxMerges: 50 } }))[0].merges.length, 50);
    await assert.rejects(readXlsx(bytes, "m.xlsx", { limits: { maxMillis: -1 } }), (e: WorkbookReadError) =>
      /took more than/.test(e.reason("en")),
    );
  });

  it("reads in linear time: 400,000 cells in one row, 200,000 merges and one 4 MB text take seconds, not minutes", async () => {
    const wide = Array.from({ length: 16_000 }, (_, c) => `<c><v>${c}</v></c>`).join("");
    const rows = Array.from({ length: 25 }, (_, r) => `<row r="${r + 1}">${wide}</row>`).join("");
    const merges = Array.from({ length: 200_000 }, (_, k) => `<mergeCell ref="A${k + 30}:C${k + 30}"/>`).join("");
    const long = "Đ".repeat(2_000_000);
    const bytes = sheetXlsx(
      worksheet(
        `<sheetData>${rows}<row r="26"><c r="A26" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData><mergeCells>${merges}</mergeCells>`,
      ),
    );
    const { value, ms } = await timed(() => readXlsx(bytes, "big.xlsx"));
    assert.equal(cellAt(value[0], 25, 16_000), 15_999);
    assert.equal((cellAt(value[0], 26, 1) as string).length, 2_000_000);
    assert.equal(value[0].merges.length, 200_000);
    assert.ok(ms < 20_000, `${ms} ms`);
  });
});
