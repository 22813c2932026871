import { strict as assert } from "node:assert";
import { copyFileSync, existsSync, linkSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { ROOT, runIn as run } from "../helpers/cli";

const SAMPLE = join(ROOT, "examples", "huyen-que-son-ntm-2024.xlsx");

/** A fresh folder holding a copy of the sample, so a wrong write could not harm the repository. */
function workdir(): { dir: string; input: string } {
  const dir = mkdtempSync(join(tmpdir(), "ntp-out-"));
  const input = join(dir, "plan.xlsx");
  copyFileSync(SAMPLE, input);
  return { dir, input };
}

type Cf = { ref: string; rules: { type: string; formulae?: string[] }[] };

describe("ntp-disburse validate --out (command line, end to end)", () => {
  it("writes a highlighted copy with the same values, whose highlights ExcelJS sees, and leaves the input as it was", async () => {
    const { dir, input } = workdir();
    const out = join(dir, "plan-to-mau.xlsx");
    const r = run(dir, "validate", input, "--out", out, "--json", "--as-of", "2024-05-31");
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(readFileSync(input), readFileSync(SAMPLE));
    const given = await readXlsx(readFileSync(input), "in.xlsx");
    const copy = await readXlsx(readFileSync(out), "out.xlsx");
    assert.deepEqual(copy.slice(0, given.length), given);
    // Plus the legend sheet, which lists every finding.
    assert.deepEqual(
      copy.slice(given.length).map((g) => g.sheet),
      ["Chú giải"],
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    const sheet = report.tables[0].sheet as string;
    // ExcelJS reads conditional formats into a property its typings leave out.
    const cfs = (wb.getWorksheet(sheet) as unknown as { conditionalFormattings?: Cf[] }).conditionalFormattings ?? [];
    const ours = cfs.filter((cf) => cf.rules.some((rule) => rule.formulae?.some((f) => f.includes("ntp-disburse:"))));
    assert.ok(ours.length > 0, JSON.stringify(cfs));
    const error = report.tables[0].lines
      .flatMap((l: { findings: { severity: string; cell: string | null }[] }) => l.findings)
      .find((f: { severity: string; cell: string | null }) => f.severity === "error" && f.cell);
    const errorMark = ours.find((cf) => cf.rules[0].formulae!.some((f) => f.includes("cell-error")));
    assert.ok(errorMark && errorMark.ref.split(" ").includes(error.cell), `${error.cell} in ${errorMark?.ref}`);
  });

  it("says where the copy went in the readable summary", () => {
    const { dir, input } = workdir();
    const r = run(dir, "validate", "plan.xlsx", "--out", "ban-to-mau.xlsx", "--as-of", "2024-05-31");
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /Đã ghi bản tô màu: ban-to-mau\.xlsx\n$/);
    assert.ok(existsSync(join(dir, "ban-to-mau.xlsx")));
    assert.deepEqual(readFileSync(input), readFileSync(SAMPLE));
  });

  describe("refuses to overwrite the input: exit 2, one line, the input untouched", () => {
    const { dir, input } = workdir();
    symlinkSync(input, join(dir, "alias.xlsx"));
    linkSync(input, join(dir, "hard-link.xlsx"));
    const cases: [string, string][] = [
      ["the same path", input],
      ["a relative path through ..", `../${basename(dir)}/./plan.xlsx`],
      ["a symbolic link to it", join(dir, "alias.xlsx")],
      ["a hard link to it", join(dir, "hard-link.xlsx")],
    ];
    for (const [what, out] of cases) {
      it(`given ${what}`, () => {
        const r = run(dir, "validate", input, "--out", out);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, "");
        assert.equal(
          r.stderr,
          `ntp-disburse: ${out}: --out không được ghi đè lên tệp đầu vào; hãy chọn tên tệp khác\n`,
        );
        assert.deepEqual(readFileSync(input), readFileSync(SAMPLE));
      });
    }

    it("in English with --lang en", () => {
      const r = run(dir, "validate", "plan.xlsx", "--out", "./plan.xlsx", "--lang", "en");
      assert.equal(r.code, 2);
      assert.equal(
        r.stderr,
        "ntp-disburse: ./plan.xlsx: --out must not overwrite the input file; choose another name\n",
      );
    });

    it("and names a folder that does not exist", () => {
      const out = join(dir, "khong-co", "x.xlsx");
      const r = run(dir, "validate", input, "--out", out, "--as-of", "2024-05-31");
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `ntp-disburse: ${out}: thư mục để ghi tệp không tồn tại\n`);
    });
  });
});
