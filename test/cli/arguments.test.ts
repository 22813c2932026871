import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "ntp-disburse.js");
const SAMPLE = join(ROOT, "examples", "huyen-que-son-ntm-2024.xlsx");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("ntp-disburse arguments as users type them", () => {
  it("takes --as-of as day/month/year and reports the same as the ISO day", () => {
    const iso = run("validate", SAMPLE, "--as-of", "2024-05-31", "--json");
    const dmy = run("validate", SAMPLE, "--as-of", "31/5/2024", "--json");
    assert.equal(dmy.code, iso.code);
    assert.equal(dmy.stdout, iso.stdout);
  });

  it("refuses a day that does not exist, such as 30 February", () => {
    const r = run("validate", SAMPLE, "--as-of", "2024-02-30");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /ngày có thật/);
  });

  it("names an unknown option in the user's language, not Node's advice", () => {
    const r = run("validate", SAMPLE, "--asof", "2024-05-31");
    assert.equal(r.code, 2);
    assert.match(r.stderr.split("\n")[0], /^ntp-disburse: tham số không hợp lệ: không có tùy chọn --asof$/);
    const en = run("validate", SAMPLE, "--lang", "en", "--as-of");
    assert.equal(en.stderr.split("\n")[0], "ntp-disburse: invalid arguments: option --as-of needs a value");
    const ambiguous = run("validate", SAMPLE, "--as-of", "--json");
    assert.equal(
      ambiguous.stderr.split("\n")[0],
      "ntp-disburse: tham số không hợp lệ: tùy chọn --as-of cần một giá trị",
    );
  });

  it("lists the built-in profiles when the one asked for does not exist", () => {
    const r = run("validate", SAMPLE, "--profile", "example-2025");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /không có hồ sơ: example-2025 \(hồ sơ có sẵn: quang-nam-2024\)/);
  });

  it("warns when the day checked is in a later year than the profile's, and only then", () => {
    const late = run("validate", SAMPLE, "--as-of", "2026-11-27");
    assert.match(late.stderr, /năm của hồ sơ "quang-nam-2024" \(2024\)/);
    const inYear = run("validate", SAMPLE, "--as-of", "2024-05-31");
    assert.doesNotMatch(inYear.stderr, /năm của hồ sơ/);
  });

  it("writes no consolidated workbook when no file could be used", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-args-"));
    writeFileSync(join(dir, "notes.txt"), "not a workbook");
    const out = join(dir, "tong-hop.xlsx");
    const r = run("consolidate", dir, "--as-of", "2024-05-31", "--out", out);
    assert.equal(r.code, 2);
    assert.ok(!existsSync(out), "an all-zero workbook would pass for a consolidation");
  });
});
