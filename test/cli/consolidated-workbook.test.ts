/**
 * The consolidated workbook as printed: read back with ExcelJS after the
 * command line wrote it from the bundled samples.
 */

import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { linesOf, LINE_POINTS } from "../../src/engine/consolidate/sheet-layout";
import { RULE_NAMES } from "../../src/engine/text/rule-names";

const ROOT = join(__dirname, "..", "..");
const EXAMPLES = join(ROOT, "examples");
const DEMO = join(EXAMPLES, "consolidate");

describe("the consolidated workbook, readable as printed", function () {
  let wb: ExcelJS.Workbook;

  before(async function () {
    const out = join(mkdtempSync(join(tmpdir(), "ntp-wb-")), "tong-hop.xlsx");
    const files = readdirSync(EXAMPLES)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => join(EXAMPLES, f));
    const r = spawnSync(
      process.execPath,
      [
        join(ROOT, "bin", "ntp-disburse.js"),
        "consolidate",
        ...files,
        "--as-of",
        "31/05/2024",
        "--expected",
        join(DEMO, "don-vi.csv"),
        "--treasury",
        join(DEMO, "kho-bac-2024-05.xlsx"),
        "--previous",
        join(DEMO, "thang-04"),
        "--place",
        "Quảng Nam",
        "--out",
        out,
      ],
      { encoding: "utf8", cwd: ROOT },
    );
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  const texts = (ws: ExcelJS.Worksheet, row: number): string[] =>
    Array.from((ws.getRow(row).values as unknown[]).slice(1), (v) => String(v ?? ""));

  it("gives every wrapped row of the at-risk sheet the height its longest text needs", () => {
    const ws = wb.getWorksheet("Dòng có nguy cơ")!;
    const widths = ws.columns.map((c) => c.width ?? 8);
    let tall = 0;
    for (let r = 5; r <= ws.rowCount; r++) {
      const cells = texts(ws, r);
      const lines = Math.max(...cells.map((text, i) => (Number.isNaN(Number(text)) ? linesOf(text, widths[i]) : 1)));
      const height = ws.getRow(r).height ?? LINE_POINTS;
      assert.ok(height >= lines * LINE_POINTS, `row ${r}: ${lines} lines in ${height} pt`);
      if (lines > 1) tall++;
    }
    assert.ok(tall > 0, "some rows wrap");
  });

  it("labels every column with its unit and gives the reasons as Vietnamese rule names", () => {
    const ws = wb.getWorksheet("Dòng có nguy cơ")!;
    const header = texts(ws, 4);
    assert.ok(header.includes("Vốn giao (đồng)") && header.includes("Đã giải ngân (đồng)"), header.join(" | "));
    const reasons = header.indexOf("Lý do") + 1;
    assert.ok(reasons > 0, header.join(" | "));
    const names = new Set(Object.values(RULE_NAMES).map((n) => n.vi));
    for (let r = 5; r <= ws.rowCount; r++) {
      const given = String(ws.getCell(r, reasons).value).split("; ");
      for (const g of given) assert.ok(names.has(g), `row ${r}: "${g}" is no rule name`);
    }
    const summary = texts(wb.getWorksheet("Tổng hợp")!, 4);
    assert.ok(summary.includes("Tỷ lệ giải ngân (%)"), summary.join(" | "));
  });

  it("sets print areas and repeated header rows on list sheets", () => {
    for (const name of ["Tổng hợp", "Dòng có nguy cơ", "Hồ sơ nộp", "Đối chiếu KBNN", "Trượt kế hoạch"]) {
      const ws = wb.getWorksheet(name)!;
      assert.match(String(ws.pageSetup.printArea), /^A1:[A-Z]+\d+$/, name);
      assert.equal(ws.pageSetup.printTitlesRow, "4:4", name);
    }
  });

  it("explains the slippage sheet's measures and fills the month on every row", () => {
    const ws = wb.getWorksheet("Trượt kế hoạch")!;
    assert.match(String(ws.getCell("A3").value), /^Cách đọc: .*số âm nghĩa là/);
    assert.ok((ws.getRow(3).height ?? 0) >= 2 * LINE_POINTS);
    const month = texts(ws, 4).indexOf("Tháng") + 1;
    assert.ok(ws.rowCount > 4);
    for (let r = 5; r <= ws.rowCount; r++) {
      const m = Number(ws.getCell(r, month).value);
      assert.ok(m >= 1 && m <= 12, `row ${r}: month ${m}`);
    }
  });

  it("makes the briefing a one-page A4 document: agency, date line, amounts in triệu đồng, signature", () => {
    const ws = wb.getWorksheet("Báo cáo tháng")!;
    assert.equal(ws.pageSetup.fitToHeight, 1);
    assert.equal(ws.pageSetup.orientation, "portrait");
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => all.push(String(c.value))));
    for (const expected of [
      "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
      "Quảng Nam, ngày 31 tháng 5 năm 2024",
      "Còn phải giải ngân trước hạn (triệu đồng)",
      "THỦ TRƯỞNG CƠ QUAN",
    ])
      assert.ok(all.includes(expected), expected);
    assert.ok(
      all.some((t) => /^- .+: \d+ dòng; lý do chính: /.test(t)),
      "units at risk with their one reason",
    );
    const sources = all.filter((t) => /^(Vốn năm \d{4} kéo dài|Kế hoạch vốn năm \d{4})$/.test(t));
    assert.deepEqual(
      sources,
      ["Vốn năm 2022 kéo dài", "Vốn năm 2023 kéo dài", "Kế hoạch vốn năm 2024"],
      "deadline order",
    );
    let money = 0;
    ws.eachRow((row) => row.eachCell((c) => (c.numFmt === "#,##0,," ? money++ : 0)));
    assert.ok(money > 10, "amounts shown in triệu đồng");
  });
});
