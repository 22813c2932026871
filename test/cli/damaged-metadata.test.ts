import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readMetadata } from "../../src/workbook/file/custom-xml";
import { ROOT, run } from "../helpers/cli";

const CSV = join(ROOT, "examples", "allocation", "phan-bo-von-2024.csv");

/** The workbook with its metadata part's JSON broken inside the member `key` (a bracket dropped), as a hand edit would. */
function breakMember(xlsx: Uint8Array, key: string): Uint8Array {
  const files = unzipSync(xlsx);
  const part = Object.keys(files).find((p) => /^customXml\/item\d+\.xml$/.test(p) && strFromU8(files[p]).includes(key));
  assert.ok(part, `a metadata part with ${key}`);
  const xml = strFromU8(files[part]);
  const at = xml.indexOf(`&quot;${key}&quot;:`) + `&quot;${key}&quot;:`.length;
  files[part] = strToU8(xml.slice(0, at) + xml.slice(at + 1));
  return zipSync(files);
}

describe("a workbook whose stored metadata is damaged", () => {
  const dir = mkdtempSync(join(tmpdir(), "ntp-damaged-metadata-"));
  const plan = join(dir, "ke-hoach-2025.xlsx");

  before(() => {
    const r = run("template", CSV, "--granularity", "month", "--profile", "profiles/example-2025.json", "--out", plan);
    assert.equal(r.code, 0, r.stderr);
  });

  it("keeps its profile when another member is broken, and says on stderr what was lost", async () => {
    const damaged = join(dir, "damaged.xlsx");
    writeFileSync(damaged, breakMember(readFileSync(plan), "template"));
    assert.equal((await readMetadata(readFileSync(damaged)))?.template, undefined, "the broken member is gone");
    const r = run("validate", damaged, "--as-of", "2025-01-15", "--json", "--lang", "en");
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).profile, "example-2025");
    assert.match(
      r.stderr,
      /damaged\.xlsx: the add-in's data stored in the file is damaged; lost: plan template settings/,
    );
    const vi = run("validate", damaged, "--as-of", "2025-01-15", "--json");
    assert.match(vi.stderr, /dữ liệu của add-in lưu trong tệp bị hỏng; mất phần: thông tin mẫu kế hoạch/);
  });
});
