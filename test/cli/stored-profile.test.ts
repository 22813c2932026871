import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withMetadata } from "../../src/workbook/file/custom-xml";
import { ROOT, run } from "../helpers/cli";

const CSV = join(ROOT, "examples", "allocation", "phan-bo-von-2024.csv");

describe("the profile a workbook carries", () => {
  const dir = mkdtempSync(join(tmpdir(), "ntp-stored-profile-"));
  const plan = join(dir, "ke-hoach-2025.xlsx");

  before(() => {
    const r = run("template", CSV, "--granularity", "month", "--profile", "profiles/example-2025.json", "--out", plan);
    assert.equal(r.code, 0, r.stderr);
  });

  it("is used by validate when no --profile is given, and said so on stderr", () => {
    const r = run("validate", plan, "--as-of", "2025-01-15", "--json");
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).profile, "example-2025");
    assert.match(r.stderr, /ke-hoach-2025\.xlsx: dùng hồ sơ "example-2025" lưu trong tệp/);
    const given = run("validate", plan, "--as-of", "2025-01-15", "--json", "--profile", "quang-nam-2024");
    assert.equal(JSON.parse(given.stdout).profile, "quang-nam-2024", "--profile still wins");
    assert.doesNotMatch(given.stderr, /lưu trong tệp/);
    assert.match(
      given.stderr,
      /sau năm của hồ sơ "quang-nam-2024" \(2024\)/,
      "a 2025 day against the 2024 profile is pointed out",
    );
  });

  it("is used by template when the allocation workbook carries one", () => {
    const out = join(dir, "again.xlsx");
    const r = run("template", plan, "--granularity", "quarter", "--out", out, "--lang", "en");
    assert.match(r.stderr, /using the profile "example-2025" stored in the file/);
    const v = run("validate", out, "--as-of", "2025-01-15", "--json");
    assert.equal(JSON.parse(v.stdout).profile, "example-2025");
  });

  it("is refused with its problems and exit 2 when it is not a valid profile", () => {
    const bad = join(dir, "bad-profile.xlsx");
    writeFileSync(bad, withMetadata(readFileSync(plan), { version: 1, profile: { id: "x", year: 2025, sources: [] } }));
    const r = run("validate", bad, "--lang", "en");
    assert.equal(r.code, 2);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.match(
      r.stderr,
      /bad-profile\.xlsx: the milestone profile stored in the file is invalid .*sources: at least one source/,
    );
    const vi = run("validate", bad);
    assert.match(vi.stderr, /hồ sơ mốc thời hạn lưu trong tệp không hợp lệ/);
  });
});
