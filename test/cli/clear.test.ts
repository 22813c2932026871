import { strict as assert } from "node:assert";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { ROOT, runIn as run } from "../helpers/cli";

const SAMPLE = join(ROOT, "examples", "huyen-que-son-ntm-2024.xlsx");

const parts = (file: string) =>
  Object.fromEntries(Object.entries(unzipSync(readFileSync(file))).map(([name, bytes]) => [name, strFromU8(bytes)]));

describe("ntp-disburse clear (command line, end to end)", () => {
  it("gives back every part of the workbook a highlighted copy was made from, and leaves its input as it was", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-clear-"));
    const input = join(dir, "plan.xlsx");
    copyFileSync(SAMPLE, input);
    const marked = join(dir, "plan - to-mau.xlsx");
    assert.equal(run(dir, "validate", input, "--as-of", "31/05/2024", "--out", marked).code, 1);
    assert.notDeepEqual(parts(marked), parts(input));

    const clean = join(dir, "plan-sach.xlsx");
    const r = run(dir, "clear", marked, "--out", clean);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `Đã ghi bản không tô màu: ${clean}\n`);
    assert.deepEqual(parts(clean), parts(input));
    assert.equal(
      run(dir, "clear", marked, "--out", join(dir, "x.xlsx"), "--lang", "en").stdout.startsWith("Copy"),
      true,
    );
  });

  it("refuses to run without --out, or with an --out that is its input, and writes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-clear-"));
    const input = join(dir, "plan.xlsx");
    copyFileSync(SAMPLE, input);
    const noOut = run(dir, "clear", input);
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /--out/);
    assert.equal(run(dir, "clear", input, "--out", input).code, 2);
    assert.deepEqual(readFileSync(input), readFileSync(SAMPLE));
  });

  it("says a file that is no workbook is damaged, in one line, and writes no copy", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-clear-"));
    const input = join(dir, "broken.xlsx");
    copyFileSync(join(ROOT, "README.md"), input);
    const r = run(dir, "clear", input, "--out", join(dir, "out.xlsx"));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /không phải tệp Excel \.xlsx/);
    assert.equal(r.stderr.trim().split("\n").length <= 2, true, r.stderr);
    assert.equal(existsSync(join(dir, "out.xlsx")), false);
  });
});
