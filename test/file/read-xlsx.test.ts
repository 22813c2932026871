import { strict as assert } from "node:assert";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { WorkbookReadError } from "../../src/workbook/file/read-error";
import { cellAt, formulaAt } from "../../src/engine/grid";
import { writeZipBomb } from "../helpers/zip-bomb";

const FIXTURES = join(__dirname, "..", "fixtures");

async function refusal(bytes: Uint8Array, name = "x.xlsx"): Promise<WorkbookReadError> {
  try {
    await readXlsx(bytes, name);
  } catch (e) {
    assert.ok(e instanceof WorkbookReadError, String(e));
    return e;
  }
  assert.fail("the file was read");
}

describe("reading .xlsx files into Grids", () => {
  it("keeps values, formulas with cached results, errors, dates, merges and hidden rows, columns and sheets", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("KH 2024");
    ws.getCell("A1").value = "Tiêu đề gộp";
    ws.mergeCells("A1:D1");
    ws.getCell("A2").value = 1250.5;
    ws.getCell("B2").value = { formula: "A2*2", result: 2501 };
    ws.getCell("C2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellValue;
    ws.getCell("D2").value = new Date(Date.UTC(2024, 4, 31));
    ws.getCell("A3").value = "dòng ẩn";
    ws.getRow(3).hidden = true;
    ws.getColumn(4).hidden = true;
    ws.getCell("A4").value = {
      formula: "A2+1",
      result: 1251.5,
      shareType: "shared",
      ref: "A4:A5",
    } as unknown as ExcelJS.CellValue;
    ws.getCell("A5").value = { sharedFormula: "A4", result: 1252.5 } as unknown as ExcelJS.CellValue;
    ws.getCell("B6").value = { richText: [{ text: "Tiểu dự án " }, { font: { bold: true }, text: "1" }] };
    const hidden = wb.addWorksheet("Tham số");
    hidden.state = "hidden";
    hidden.getCell("A1").value = "x";
    const [g, h] = await readXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), "t.xlsx");

    assert.equal(g.sheet, "KH 2024");
    assert.deepEqual(g.merges, [{ top: 1, left: 1, bottom: 1, right: 4 }]);
    assert.equal(cellAt(g, 2, 1), 1250.5);
    assert.equal(cellAt(g, 2, 2), 2501);
    assert.equal(formulaAt(g, 2, 2), "A2*2");
    assert.deepEqual(cellAt(g, 2, 3), { error: "#DIV/0!" });
    assert.deepEqual(cellAt(g, 2, 4), { date: "2024-05-31" });
    assert.equal(g.rows[2]?.hidden, true);
    assert.deepEqual(g.hiddenColumns, [4]);
    assert.equal(formulaAt(g, 5, 1), "A3+1", "a shared formula moves with its cell");
    assert.equal(cellAt(g, 6, 2), "Tiểu dự án 1");
    assert.equal(h.sheetHidden, true);
  });

  it("reads workbooks written by LibreOffice: merges, hidden rows and columns, dates, cached formula results", async () => {
    const [g] = await readXlsx(readFileSync(join(FIXTURES, "libreoffice", "huyen-bac-tra-my-2024.xlsx")), "b.xlsx");
    assert.ok(g.merges.some((m) => m.top === 11 && m.bottom === 12 && m.left === 1));
    assert.ok(g.hiddenColumns.includes(5));
    assert.deepEqual(cellAt(g, 2, 2), { date: "2024-06-05" });
    assert.equal(formulaAt(g, 8, 7), "G9+G14");
    assert.equal(cellAt(g, 8, 7), 8211.5);
    const [d] = await readXlsx(readFileSync(join(FIXTURES, "libreoffice", "ban-dan-toc-dtts-mn-2024.xlsx")), "d.xlsx");
    assert.equal(d.rows[18]?.hidden, true);
  });

  const bad: [string, string][] = [
    ["empty.xlsx", "empty"],
    ["text-file.xlsx", "not-xlsx"],
    ["truncated.xlsx", "truncated"],
    ["corrupt-sheet-xml.xlsx", "corrupt"],
    ["password-protected.xlsx", "encrypted"],
    ["old-binary.xls", "xls"],
    ["ods-named-xlsx.xlsx", "ods"],
  ];
  for (const [file, code] of bad) {
    it(`refuses ${file} as ${code}`, async () => {
      const e = await refusal(readFileSync(join(FIXTURES, "bad", file)), file);
      assert.equal(e.code, code);
      assert.ok(e.reason("vi").length > 0 && e.reason("en").length > 0);
    });
  }

  it("refuses a zip bomb by its declared size without inflating it", async function () {
    const bomb = writeZipBomb();
    try {
      const started = Date.now();
      const e = await refusal(readFileSync(bomb.file));
      assert.equal(e.code, "too-large");
      assert.ok(Date.now() - started < 2000);
    } finally {
      rmSync(bomb.dir, { recursive: true, force: true });
    }
  });

  it("refuses a zip bomb that lies about its size once it inflates past the ratio limit, in bounded memory", async function () {
    this.timeout(120_000);
    const bomb = writeZipBomb({ declaredUncompressedSize: 1000 });
    try {
      const before = process.memoryUsage().rss;
      const e = await refusal(readFileSync(bomb.file));
      assert.equal(e.code, "too-large");
      assert.ok(process.memoryUsage().rss - before < 300 * 1024 * 1024);
    } finally {
      rmSync(bomb.dir, { recursive: true, force: true });
    }
  });

  it("stops at the cell limit", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    for (let r = 1; r <= 20; r++) ws.addRow([1, 2, 3, 4, 5]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await assert.rejects(
      readXlsx(bytes, "s.xlsx", { limits: { maxCells: 50 } }),
      (e: WorkbookReadError) => e.code === "too-large",
    );
    assert.equal((await readXlsx(bytes, "s.xlsx", { limits: { maxCells: 100 } }))[0].rows.length, 20);
  });
});
