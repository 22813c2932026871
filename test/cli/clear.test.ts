import { strict as assert } from "node:assert";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { ROOT, runIn as run } from "../helpers/cli";

const SAMPLE = join(ROOT, "examples", "huyen-que-son-ntm-2024.xlsx");
const LIBREOFFICE = join(ROOT, "test", "fixtures", "libreoffice");
const BAD = join(ROOT, "test", "fixtures", "bad");

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

  for (const file of readdirSync(LIBREOFFICE).filter((f) => f.endsWith(".xlsx"))) {
    it(`gives back every part of ${file}, a workbook LibreOffice wrote, after validate --out marked it (an emptied style list aside)`, () => {
      const dir = mkdtempSync(join(tmpdir(), "ntp-clear-"));
      const marked = join(dir, "marked.xlsx");
      const marking = run(dir, "validate", join(LIBREOFFICE, file), "--as-of", "30/09/2024", "--out", marked);
      assert.equal(existsSync(marked), true, marking.stderr);
      assert.notDeepEqual(parts(marked), parts(join(LIBREOFFICE, file)));
      const clean = join(dir, "clean.xlsx");
      assert.equal(run(dir, "clear", marked, "--out", clean).code, 0);
      const original = parts(join(LIBREOFFICE, file));
      const cleared = parts(clean);
      // LibreOffice writes no <dxfs> when it has none; an emptied list is left as Excel writes one (valid, and
      // what an Excel-written file gets back byte for byte), so that is the one difference.
      if (!original["xl/styles.xml"].includes("<dxfs")) {
        cleared["xl/styles.xml"] = cleared["xl/styles.xml"].replace('<dxfs count="0"/>', "");
      }
      assert.deepEqual(cleared, original);
    });
  }

  it("refuses each bad file with the reason validate gives for it, and writes no copy", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-clear-"));
    // Files that are no workbook at all; the others (no plan table, a broken sheet) are workbooks clear can copy.
    const notWorkbooks = [
      "empty.xlsx",
      "old-binary.xls",
      "ods-named-xlsx.xlsx",
      "password-protected.xlsx",
      "text-file.xlsx",
    ];
    for (const file of notWorkbooks) {
      const out = join(dir, `${file}.out.xlsx`);
      const cleared = run(dir, "clear", join(BAD, file), "--out", out);
      const validated = run(dir, "validate", join(BAD, file));
      assert.equal(cleared.code, 2, file);
      assert.equal(cleared.stderr, validated.stderr, file);
      assert.equal(existsSync(out), false, file);
    }
  });
});
