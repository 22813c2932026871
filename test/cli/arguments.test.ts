import { strict as assert } from "node:assert";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, run } from "../helpers/cli";

const SAMPLE = join(ROOT, "examples", "huyen-que-son-ntm-2024.xlsx");
const ALLOCATION_CSV = join(ROOT, "examples", "allocation", "phan-bo-von-2024.csv");

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

describe("ntp-disburse helps when it is typed wrong", () => {
  it("answers a bad argument with one line and where to read the usage, not the whole usage", () => {
    const r = run("validate", SAMPLE, "--asof", "2024-05-31");
    assert.equal(r.code, 2);
    assert.deepEqual(r.stderr.trimEnd().split("\n"), [
      "ntp-disburse: tham số không hợp lệ: không có tùy chọn --asof",
      "xem: ntp-disburse --help",
    ]);
    assert.equal(
      run("validate", SAMPLE, "--asof", "x", "--lang", "en").stderr.split("\n")[1],
      "see: ntp-disburse --help",
    );
  });

  it("takes the day as dd/mm/yyyy, d/m/yy, dd-mm-yyyy, dd.mm.yyyy and ISO, all the same day", () => {
    const iso = run("validate", SAMPLE, "--as-of", "2024-05-31", "--json").stdout;
    for (const day of ["31/05/2024", "31/5/24", "31-05-2024", "31.05.2024", "31.5.2024"]) {
      const r = run("validate", SAMPLE, "--as-of", day, "--json");
      assert.equal(r.stdout, iso, day);
    }
  });

  it("refuses days that do not exist in any form", () => {
    for (const day of ["31/04/2024", "29.2.23", "2024-13-01", "31/5", "5/31/2024"]) {
      const r = run("validate", SAMPLE, "--as-of", day);
      assert.equal(r.code, 2, day);
      assert.match(r.stderr, /ngày có thật/, day);
    }
  });

  it("prints its version and its help as `help`, `--help` and per command with examples and exit statuses", () => {
    const version = run("--version");
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^ntp-disburse \d+\.\d+\.\d+\n$/);
    const help = run("help");
    assert.equal(help.code, 0);
    assert.equal(help.stdout, run("--help").stdout);
    for (const command of ["validate", "consolidate", "template", "stamp", "clear"]) {
      const own = run(command, "--help");
      assert.equal(own.code, 0);
      assert.match(own.stdout, new RegExp(`^ntp-disburse ${command} `));
      assert.match(own.stdout, /Ví dụ:\n {2}ntp-disburse /);
      assert.match(own.stdout, /Mã thoát:\n {2}0 /);
      assert.equal(run("help", command).stdout, own.stdout);
    }
    assert.match(run("template", "--help", "--lang", "en").stdout, /Exit status:\n {2}0 {2}the plan was written/);
  });

  it("suggests validate for a file given without a command, and the command a typo meant", () => {
    const file = run(SAMPLE);
    assert.equal(file.code, 2);
    assert.match(file.stderr, /dùng: ntp-disburse validate .*huyen-que-son-ntm-2024\.xlsx/);
    assert.match(run("valdate", SAMPLE).stderr, /lệnh không có: valdate; có phải ý bạn là: validate\?/);
    assert.doesNotMatch(run("frobnicate").stderr, /có phải ý bạn là/);
  });

  it("refuses an --out that is not an .xlsx file, before writing anything", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-args-"));
    const out = join(dir, "to-mau.csv");
    const r = run("validate", SAMPLE, "--as-of", "2024-05-31", "--out", out);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--out phải là tên tệp \.xlsx/);
    assert.ok(!existsSync(out));
    const t = run("template", ALLOCATION_CSV, "--granularity", "month", "--out", join(dir, "plan.csv"));
    assert.equal(t.code, 2);
    assert.match(t.stderr, /--out phải là tên tệp \.xlsx/);
    const stamped = join(dir, "da-xac-nhan.csv");
    const s = run("stamp", SAMPLE, "--leader", "Nguyễn Văn An", "--position", "Phó Chủ tịch", "--out", stamped);
    assert.equal(s.code, 2);
    assert.match(s.stderr, /--out phải là tên tệp \.xlsx/);
    assert.ok(!existsSync(stamped));
  });

  it("takes the briefing's scale only as million or billion", () => {
    const r = run("consolidate", SAMPLE, "--scale", "ty", "--out", "x.xlsx");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--scale chỉ nhận million \(triệu đồng\) hoặc billion \(tỷ đồng\)/);
  });

  it("template names both formats it accepts, and builds from a plan workbook without blaming a month cell", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-args-"));
    const text = run("template", join(ROOT, "README.md"), "--granularity", "month", "--out", join(dir, "p.xlsx"));
    assert.equal(text.code, 2);
    assert.match(text.stderr, /\.xlsx hoặc CSV \(\.csv\)/);
    const plan = run("template", SAMPLE, "--granularity", "month", "--out", join(dir, "p.xlsx"));
    assert.doesNotMatch(plan.stderr, /I25/);
    assert.equal(plan.code, 0, plan.stderr);
  });
});
