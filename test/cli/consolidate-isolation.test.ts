import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { SubmissionPool } from "../../src/cli/submission-pool";
import { BIN, ROOT } from "../helpers/cli";

const EXAMPLES = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => join(ROOT, "examples", f));
const SAMPLE = join(ROOT, "examples", "huyen-que-son-ntm-2024.xlsx");

/** A workbook of `rows` rows of 20 numbers: tens of megabytes once read. */
function bigWorkbook(file: string, rows: number): void {
  const parts = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  const cells = (r: number) =>
    Array.from({ length: 20 }, (_, c) => `<c r="${"ABCDEFGHIJKLMNOPQRST"[c]}${r}"><v>${r + c}</v></c>`).join("");
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}">${cells(i + 1)}</row>`).join("");
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
  parts["xl/worksheets/sheet1.xml"] = strToU8(
    sheet.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${body}</sheetData>`),
  );
  writeFileSync(file, zipSync(parts, { level: 1 }));
}

/** A 14 KB workbook whose sheet declares 10,000 hidden whole-width column ranges: read cell by cell, gigabytes. */
function columnBomb(file: string): void {
  const parts = unzipSync(new Uint8Array(readFileSync(SAMPLE)));
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
  const at = sheet.indexOf("<sheetData");
  parts["xl/worksheets/sheet1.xml"] = strToU8(
    sheet.slice(0, at).replace(/<cols>[\s\S]*?<\/cols>/, "") +
      `<cols>${'<col min="1" max="16384" hidden="1"/>'.repeat(10000)}</cols>` +
      sheet.slice(at),
  );
  writeFileSync(file, zipSync(parts));
}

const OPTIONS = { asOf: "2024-05-31", profile: QUANG_NAM_2024, lang: "vi" as const, profileGiven: false };

describe("consolidation isolates each file", () => {
  it("consolidates five good workbooks and rejects, with its reason, one that exhausts the memory", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-iso-"));
    for (const f of EXAMPLES) copyFileSync(f, join(dir, f.slice(f.lastIndexOf("/") + 1)));
    columnBomb(join(dir, "zz-cot-an.xlsx"));
    const r = spawnSync(process.execPath, [BIN, "consolidate", dir, "--json", "--as-of", "2024-05-31"], {
      encoding: "utf8",
      timeout: 90_000,
    });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const report = JSON.parse(r.stdout) as { files: { file: string; status: string; reason?: string }[] };
    assert.equal(report.files.filter((f) => f.status === "accepted").length, EXAMPLES.length);
    // Refused for the memory it takes, or (a reader that works on ranges) read or refused by the budget.
    const bomb = report.files.find((f) => f.file === "zz-cot-an.xlsx")!;
    if (bomb.status === "rejected") assert.ok(bomb.reason, "a reason is given");
    assert.doesNotMatch(r.stderr, /Native stack trace|FATAL/);
  });

  it("rejects a file that overruns the deadline, replaces its worker and reads the next files", async () => {
    const pool = new SubmissionPool(2, { heapMb: 256, deadlineMs: 1, workers: 1 });
    try {
      const slow = await pool.read({ file: SAMPLE, options: OPTIONS });
      assert.equal(slow.sub.report, null);
      assert.match(slow.sub.reason ?? "", /mất quá 0 giây/);
    } finally {
      await pool.close();
    }
    const pool2 = new SubmissionPool(2, { heapMb: 256, deadlineMs: 60_000, workers: 1 });
    try {
      const [a, b] = await Promise.all(EXAMPLES.slice(0, 2).map((file) => pool2.read({ file, options: OPTIONS })));
      assert.ok(a.sub.report && b.sub.report);
    } finally {
      await pool2.close();
    }
  });

  it("replaces a worker that ran out of memory and reads the file after it in a fresh one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-iso-"));
    const bomb = join(dir, "big.xlsx");
    bigWorkbook(bomb, 60_000);
    const pool = new SubmissionPool(2, { heapMb: 24, deadlineMs: 60_000, workers: 1 });
    try {
      const [bad, good] = await Promise.all([bomb, SAMPLE].map((file) => pool.read({ file, options: OPTIONS })));
      assert.equal(bad.sub.report, null);
      assert.match(bad.sub.reason ?? "", /24 MiB/);
      assert.ok(good.sub.report, good.sub.reason ?? "");
    } finally {
      await pool.close();
    }
  });
});
