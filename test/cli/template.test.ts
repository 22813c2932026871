import { strict as assert } from "node:assert";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readMetadata } from "../../src/workbook/file/custom-xml";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { cellAt } from "../../src/engine/grid";
import { ROOT, run } from "../helpers/cli";

const CSV = join(ROOT, "examples", "allocation", "phan-bo-von-2024.csv");
const XLSX = join(ROOT, "examples", "allocation", "phan-bo-von-2024.xlsx");

describe("ntp-disburse template", () => {
  const dir = mkdtempSync(join(tmpdir(), "ntp-template-"));

  it("makes a monthly and quarterly plan from the sample CSV that validate reads with only the unfilled plan to report", async () => {
    const out = join(dir, "ke-hoach.xlsx");
    const r = run("template", CSV, "--granularity", "month+quarter", "--out", out, "--unit-name", "Huyện Quế Sơn");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /14 dòng kế hoạch \(9 nội dung/);
    assert.match(r.stdout, /17\.030,75 triệu đồng/);
    const grids = await readXlsx(readFileSync(out), out);
    assert.equal(grids[0].sheet, "KH giải ngân 2024");
    assert.equal(cellAt(grids[0], 2, 1), "Đơn vị: Huyện Quế Sơn");
    const v = run("validate", out, "--as-of", "2024-01-15", "--json");
    assert.equal(v.code, 1, "an unfilled plan does not add up to its allocation yet");
    const report = JSON.parse(v.stdout) as {
      tables: { granularity: string; lines: { findings: { rule: string }[] }[] }[];
    };
    assert.equal(report.tables[0].granularity, "month+quarter");
    const rules = new Set(report.tables[0].lines.flatMap((l) => l.findings.map((f) => f.rule)));
    assert.deepEqual([...rules], ["plan-total-mismatch"]);
  });

  it("makes a quarterly plan from the sample .xlsx annex, carrying its profile inside", async () => {
    const out = join(dir, "quy.xlsx");
    const r = run("template", XLSX, "--granularity", "quarter", "--out", out, "--lang", "en");
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^Wrote .*quy\.xlsx: 14 plan rows \(9 lines.*quarterly; capital 17,030\.75 million VND\.\n$/,
    );
    const meta = await readMetadata(readFileSync(out));
    assert.equal((meta?.profile as { id: string }).id, "quang-nam-2024");
  });

  it("refuses to write over its input, and leaves the input as it was", () => {
    const input = join(dir, "phan-bo.xlsx");
    copyFileSync(XLSX, input);
    const before = statSync(input).mtimeMs;
    const r = run("template", input, "--granularity", "month", "--out", input);
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, /--out không được ghi đè lên tệp đầu vào/);
    assert.equal(statSync(input).mtimeMs, before);
  });

  it("exits 2 with the reason for a missing granularity or output, and for a file with no allocation table", () => {
    const out = join(dir, "x.xlsx");
    const noGranularity = run("template", CSV, "--out", out);
    assert.equal(noGranularity.code, 2);
    assert.match(noGranularity.stderr, /--granularity phải là month, quarter hoặc month\+quarter/);
    const noOut = run("template", CSV, "--granularity", "week", "--lang", "en");
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /--granularity takes month, quarter or month\+quarter/);
    const letter = join(ROOT, "test", "fixtures", "bad", "no-plan-table-letter.xlsx");
    const r = run("template", letter, "--granularity", "month", "--out", out, "--lang", "en");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no-plan-table-letter\.xlsx: no allocation table found/);
    assert.equal(r.stderr.trim().split("\n").length, 1);
    assert.equal(existsSync(out), false);
  });
});
