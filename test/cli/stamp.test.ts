import { strict as assert } from "node:assert";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { ValidateReport } from "../../src/engine/report-types";
import { stampOf } from "../../src/engine/stamp/stamp";
import { auditOf } from "../../src/engine/audit";
import { readMetadata } from "../../src/workbook/file/custom-xml";
import { applyXlsxHighlights } from "../../src/workbook/file/highlight-xlsx";
import { highlightPlan } from "../../src/engine/highlight";
import { convertWithLibreOffice, hasLibreOffice } from "../helpers/libreoffice";
import { ROOT, runIn as run } from "../helpers/cli";

const SAMPLE = join(ROOT, "examples", "huyen-que-son-ntm-2024.xlsx");

/** A copy of the sample stamped by the command line, in a fresh folder. */
function stamped(): { dir: string; input: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), "ntp-stamp-"));
  const input = join(dir, "plan.xlsx");
  copyFileSync(SAMPLE, input);
  const out = join(dir, "da-xac-nhan.xlsx");
  const r = run(
    dir,
    "stamp",
    input,
    "--leader",
    "Nguyễn Văn An",
    "--position",
    "Phó Chủ tịch UBND huyện",
    "--as-of",
    "2024-05-31",
    "--out",
    out,
  );
  assert.equal(r.code, 0, r.stderr);
  return { dir, input, out };
}

/** The package with one cell's number replaced in the sheet part (as a user typing over it would leave it). */
function withCell(bytes: Uint8Array, sheetPart: string, ref: string, value: number): Uint8Array {
  const parts = unzipSync(bytes);
  const xml = strFromU8(parts[sheetPart]);
  const cell = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  assert.match(xml, cell, `${ref} is in ${sheetPart}`);
  parts[sheetPart] = strToU8(
    xml.replace(cell, (_m, attrs: string) => `<c r="${ref}"${attrs.replace(/\s*t="\w+"/, "")}><v>${value}</v></c>`),
  );
  return zipSync(parts);
}

function validateJson(dir: string, file: string, ...more: string[]): { code: number | null; report: ValidateReport } {
  const r = run(dir, "validate", file, "--as-of", "2024-05-31", "--json", ...more);
  return { code: r.code, report: JSON.parse(r.stdout) as ValidateReport };
}

describe("ntp-disburse stamp (command line, end to end)", function () {
  this.timeout(180000);

  it("writes a copy with the stamp in the metadata part, a printable Xác nhận sheet and an audit entry, the input untouched", async () => {
    const { dir, input, out } = stamped();
    assert.deepEqual(readFileSync(input), readFileSync(SAMPLE));
    const meta = await readMetadata(readFileSync(out));
    const stamp = stampOf(meta)!;
    assert.equal(stamp.leader, "Nguyễn Văn An");
    assert.equal(stamp.position, "Phó Chủ tịch UBND huyện");
    assert.equal(stamp.unit, "Huyện Quế Sơn");
    assert.equal(stamp.asOf, "2024-05-31");
    assert.match(stamp.fingerprint, /^[0-9a-f]{64}$/);
    // Every line of every table is stamped, headings and totals too (a typed group sum is committed to as well).
    const allLines = validateJson(dir, input).report.tables.reduce((n, t) => n + t.lines.length, 0);
    assert.equal(stamp.lines.length, allLines);
    assert.deepEqual(
      auditOf(meta).map((e) => [e.action, e.by]),
      [["stamped", "cli"]],
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    const sheet = wb.getWorksheet("Xác nhận")!;
    assert.equal(sheet.getCell("A1").value, "XÁC NHẬN KẾ HOẠCH GIẢI NGÂN");
    assert.equal(sheet.getCell("B6").value, "Nguyễn Văn An");
    assert.equal(sheet.getCell("B13").value, stamp.fingerprint);
  });

  it("validate says stamped and unchanged, then names the line and field after an amount is edited", async () => {
    const { dir, out } = stamped();
    const before = validateJson(dir, out);
    assert.equal(before.report.stamp?.state, "valid");
    const text = run(dir, "validate", out, "--as-of", "2024-05-31").stdout;
    assert.match(
      text,
      /Xác nhận kế hoạch: đã xác nhận bởi Nguyễn Văn An \(Phó Chủ tịch UBND huyện\) ngày \d+\/\d+\/\d{4} \d\d:\d\d, không thay đổi/,
    );

    // The first item line with a code: its plan for month 3, typed over.
    const table = before.report.tables[0];
    const line = table.lines.find((l) => l.kind === "item" && l.code && l.source === "plan-2024")!;
    const letter = table.columns.planned["plan-2024"]["3"];
    const edited = join(dir, "sua.xlsx");
    writeFileSync(edited, withCell(readFileSync(out), "xl/worksheets/sheet1.xml", `${letter}${line.row}`, 123));
    const after = validateJson(dir, edited);
    assert.equal(after.report.stamp?.state, "changed");
    assert.deepEqual(after.report.stamp?.differences, [
      {
        change: "changed",
        row: line.row,
        label: line.label,
        code: line.code,
        source: "plan-2024",
        fields: ["month:3"],
      },
    ]);
    const said = run(dir, "validate", edited, "--as-of", "2024-05-31").stdout;
    assert.match(
      said,
      new RegExp(`đã thay đổi sau khi xác nhận .*dòng ${line.row} \\(${line.code} [^)]*\\) khác: KH tháng 3`),
    );
  });

  it("says chưa xác nhận of an unstamped workbook; with requireStamp that is a stamp-missing error (exit 1), and an edit stamp-changed", () => {
    const { dir, input, out } = stamped();
    assert.equal(validateJson(dir, input).report.stamp?.state, "none");
    assert.match(run(dir, "validate", input, "--as-of", "2024-05-31").stdout, /Xác nhận kế hoạch: chưa xác nhận/);
    const profile = join(dir, "yeu-cau.json");
    writeFileSync(profile, JSON.stringify({ id: "qn-stamp", extends: "quang-nam-2024", requireStamp: true }));
    const missing = validateJson(dir, input, "--profile", profile);
    assert.equal(missing.report.stamp?.finding?.rule, "stamp-missing");
    assert.equal(missing.code, 1);
    assert.equal(validateJson(dir, out, "--profile", profile).report.stamp?.finding, undefined);
  });

  it("consolidate lists each file's stamp state, and with requireStamp counts an unstamped file's finding", () => {
    const { dir, input, out } = stamped();
    const profile = join(dir, "yeu-cau.json");
    writeFileSync(profile, JSON.stringify({ id: "qn-stamp", extends: "quang-nam-2024", requireStamp: true }));
    const other = join(ROOT, "examples", "thi-xa-dien-ban-ntm-2024.xlsx");
    const r = run(dir, "consolidate", out, other, "--as-of", "2024-05-31", "--json", "--profile", profile);
    const report = JSON.parse(r.stdout);
    const byFile = Object.fromEntries(report.files.map((f: { file: string }) => [f.file, f]));
    assert.equal(byFile["da-xac-nhan.xlsx"].stamp.state, "valid");
    assert.equal(byFile["thi-xa-dien-ban-ntm-2024.xlsx"].stamp.state, "none");
    assert.equal(byFile["thi-xa-dien-ban-ntm-2024.xlsx"].stamp.finding.rule, "stamp-missing");
    assert.ok(input);
  });

  it("keeps the stamp valid through formatting only: highlights, a column width, and a LibreOffice round trip", async function () {
    if (!hasLibreOffice()) this.skip();
    const { dir, out } = stamped();
    const report = validateJson(dir, out).report;
    let bytes: Uint8Array = (await applyXlsxHighlights(readFileSync(out), highlightPlan(report))).bytes;
    const parts = unzipSync(bytes);
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    parts["xl/worksheets/sheet1.xml"] = strToU8(sheet.replace(/(<col [^>]*width=")[\d.]+/, "$140"));
    bytes = convertWithLibreOffice(zipSync(parts), "xlsx", "dinh-dang");
    const lo = join(dir, "libreoffice.xlsx");
    writeFileSync(lo, bytes);
    const after = validateJson(dir, lo);
    assert.equal(after.report.stamp?.state, "valid", JSON.stringify(after.report.stamp));
  });
});
