import { strict as assert } from "node:assert";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import type { ConsolidateReport } from "../../src/engine/consolidate/types";
import type { ValidateReport } from "../../src/engine/report-types";
import { validateWorkbook } from "../../src/engine/validate";
import { withMetadata } from "../../src/workbook/file/custom-xml";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { gridXlsx } from "../helpers/grid-xlsx";
import { allocationAnnex } from "../helpers/allocation-annex";
import { item, months, planGrid } from "../helpers/plan-grid";
import { ROOT, run } from "../helpers/cli";

const EXAMPLES = join(ROOT, "examples");
const DEMO = join(EXAMPLES, "consolidate");
const BAD = join(ROOT, "test", "fixtures", "bad");
const EXAMPLE_FILES = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => join(EXAMPLES, f));

/** The samples with the demo set's expected units and Treasury export. */
const DEMO_ARGS = [
  "consolidate",
  ...EXAMPLE_FILES,
  "--expected",
  join(DEMO, "don-vi.csv"),
  "--treasury",
  join(DEMO, "kho-bac-2024-05.xlsx"),
  "--as-of",
  "2024-05-31",
];

const json = (stdout: string): ConsolidateReport => JSON.parse(stdout) as ConsolidateReport;

/** The sum of every item line of a file, read in this process (not through the command). */
async function itemSums(file: string): Promise<{ allocated: number; actualToDate: number }> {
  const grids = await readXlsx(readFileSync(file), file);
  const report = validateWorkbook(grids, { file: basename(file), asOf: "2024-05-31", lang: "vi" });
  const s = { allocated: 0, actualToDate: 0 };
  for (const t of report.tables)
    for (const l of t.lines)
      if (l.kind === "item") {
        s.allocated += l.allocated;
        s.actualToDate += l.actualToDate ?? 0;
      }
  return s;
}

describe("ntp-disburse consolidate", function () {
  this.timeout(120000);
  const tmp = mkdtempSync(join(tmpdir(), "ntp-consolidate-"));

  it("consolidates the bundled samples with the expected list, the Treasury export and last month's submissions", async () => {
    const r = run(...DEMO_ARGS, "--previous", join(DEMO, "thang-04"), "--json");
    assert.equal(r.code, 1, r.stderr); // the samples hold deliberate error findings
    const report = json(r.stdout);
    assert.equal(report.reportVersion, 1);
    assert.equal(report.asOf, "2024-05-31");
    assert.deepEqual(
      report.files.map((f) => [f.file, f.status, f.unit]),
      [
        ["huyen-nam-tra-my-dtts-mn-2024.xlsx", "accepted", "Huyện Nam Trà My"],
        ["huyen-que-son-ntm-2024.xlsx", "accepted", "Huyện Quế Sơn"],
        ["huyen-tay-giang-theo-nguon-2024.xlsx", "accepted", "Huyện Tây Giang"],
        ["so-ldtbxh-gnbv-2024.xlsx", "accepted", "Sở Lao động - Thương binh và Xã hội"],
        ["thi-xa-dien-ban-ntm-2024.xlsx", "accepted", "Thị xã Điện Bàn"],
      ],
    );
    assert.deepEqual(report.missingUnits, ["UBND huyện Phước Sơn", "UBND huyện Nông Sơn"]);
    let allocated = 0;
    let actual = 0;
    for (const f of EXAMPLE_FILES) {
      const s = await itemSums(f);
      allocated += s.allocated;
      actual += s.actualToDate;
    }
    assert.equal(report.grandTotal.allocated, allocated);
    assert.equal(report.grandTotal.actualToDate, actual);
    assert.deepEqual(
      report.reconciliation!.map((d) => [d.unit, d.code, d.field, d.difference]),
      [
        ["Huyện Nam Trà My", "7981201", "actualToDate", 15_000_000],
        ["Huyện Quế Sơn", "7990306", "actualToDate", 172_800_000],
        ["Huyện Quế Sơn", "7990306", "allocated", 450_000_000],
        ["Huyện Tây Giang", "7999001", "actualToDate", -120_000_000],
        ["Huyện Tây Giang", "7999001", "allocated", -500_000_000],
        ["Thị xã Điện Bàn", "7991301", "allocated", -100_000_000],
      ],
    );
    assert.deepEqual(
      new Set(report.slippage!.map((s) => s.change)),
      new Set(["moved-later", "shrunk", "fell-behind", "past-months-changed"]),
    );
    assert.ok(report.atRisk.length > 0 && report.atRisk.every((l) => l.file && l.sheet && l.row > 0));
    // Progress: one line per file, last month's first.
    const progress = r.stderr.trim().split("\n");
    assert.equal(progress.length, 2 + EXAMPLE_FILES.length);
    assert.match(progress[2], /^\[1\/5\] huyen-nam-tra-my-dtts-mn-2024\.xlsx: Huyện Nam Trà My/);
  });

  it("rejects a corrupt, a password-protected, an empty and a foreign file with their reasons and consolidates the rest", () => {
    const dir = join(tmp, "mixed");
    mkdirSync(dir);
    for (const f of EXAMPLE_FILES) copyFileSync(f, join(dir, basename(f)));
    for (const f of [
      "corrupt-sheet-xml.xlsx",
      "password-protected.xlsx",
      "empty.xlsx",
      "text-file.xlsx",
      "no-plan-table-letter.xlsx",
    ])
      copyFileSync(join(BAD, f), join(dir, f));
    writeFileSync(join(dir, "~$huyen-que-son-ntm-2024.xlsx"), "lock"); // Excel's lock file: not a submission
    const r = run("consolidate", dir, "--as-of", "2024-05-31", "--json", "--lang", "en");
    assert.equal(r.code, 1, r.stderr);
    const report = json(r.stdout);
    const reasons = Object.fromEntries(
      report.files.filter((f) => f.status === "rejected").map((f) => [f.file, f.reason]),
    );
    assert.deepEqual(Object.keys(reasons).sort(), [
      "corrupt-sheet-xml.xlsx",
      "empty.xlsx",
      "no-plan-table-letter.xlsx",
      "password-protected.xlsx",
      "text-file.xlsx",
    ]);
    assert.match(reasons["password-protected.xlsx"]!, /password-protected/);
    assert.match(reasons["empty.xlsx"]!, /empty/);
    assert.match(reasons["text-file.xlsx"]!, /not an Excel/);
    assert.match(reasons["corrupt-sheet-xml.xlsx"]!, /corrupt/);
    assert.match(reasons["no-plan-table-letter.xlsx"]!, /no disbursement plan table/);
    assert.equal(report.files.filter((f) => f.status === "accepted").length, EXAMPLE_FILES.length);
    assert.equal(r.stderr.trim().split("\n").length, EXAMPLE_FILES.length + 5);
  });

  it("keeps the newer of a unit's two submissions and lists the other as duplicate", () => {
    const dir = join(tmp, "twice");
    mkdirSync(dir);
    copyFileSync(join(EXAMPLES, "huyen-que-son-ntm-2024.xlsx"), join(dir, "que-son.xlsx"));
    copyFileSync(join(DEMO, "thang-04", "huyen-que-son-ntm-2024-thang-04.xlsx"), join(dir, "que-son-cu.xlsx"));
    const report = json(run("consolidate", dir, "--as-of", "2024-05-31", "--json").stdout);
    assert.deepEqual(
      report.files.map((f) => [f.file, f.status, f.keptFile]),
      [
        ["que-son-cu.xlsx", "duplicate", "que-son.xlsx"],
        ["que-son.xlsx", "accepted", null],
      ],
    );
  });

  it("writes the consolidated workbook: briefing with charts, summary whose total is the grand total, lists", async () => {
    const out = join(tmp, "tong-hop.xlsx");
    const r = run(...DEMO_ARGS, "--json", "--out", out);
    const report = json(r.stdout);
    const bytes = readFileSync(out);
    const parts = unzipSync(bytes);
    assert.ok(parts["xl/charts/chart1.xml"] && parts["xl/charts/chart2.xml"], "two charts");
    assert.match(strFromU8(parts["xl/charts/chart1.xml"]), /<c:barChart>/);
    assert.match(strFromU8(parts["[Content_Types].xml"]), /drawingml\.chart\+xml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer); // ExcelJS still opens it
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      [
        "Báo cáo tháng",
        "Tổng hợp",
        "Dòng có nguy cơ",
        "Hồ sơ nộp",
        "Theo lãnh đạo phụ trách",
        "Kiến nghị, vướng mắc",
        "Đối chiếu KBNN",
      ],
    );
    const summary = wb.getWorksheet("Tổng hợp")!;
    const last = summary.getRow(summary.rowCount);
    assert.equal(last.getCell(2).value, "TỔNG CỘNG");
    assert.equal(last.getCell(5).value, report.grandTotal.allocated);
    assert.equal(last.getCell(8).value, report.grandTotal.actualToDate);
    assert.equal(wb.getWorksheet("Dòng có nguy cơ")!.rowCount, 4 + report.atRisk.length);
    assert.equal(wb.getWorksheet("Đối chiếu KBNN")!.rowCount, 4 + report.reconciliation!.length);
  });

  it("checks a submission with the profile it carries, as validate does, and says so", async () => {
    const dir = join(tmp, "own-profile");
    mkdirSync(dir);
    const profile = JSON.parse(readFileSync(join(ROOT, "profiles", "example-2025.json"), "utf8")) as { id: string };
    const g = planGrid({ title: "UBND HUYỆN THỬ", year: 2025, items: [item("Đường", months(1e8, 1e8, 1e8, 1e8), 0)] });
    const file = join(dir, "thu-2025.xlsx");
    writeFileSync(file, withMetadata(await gridXlsx([g]), { version: 1, profile }));
    const r = run("consolidate", file, "--as-of", "2025-03-31", "--json");
    assert.match(r.stderr, /thu-2025\.xlsx: dùng hồ sơ "example-2025" lưu trong tệp/);
    const report = json(r.stdout);
    assert.equal(report.grandTotal.plannedToDate, 3e8, "three months of 2025 ended");
    const v = JSON.parse(run("validate", file, "--as-of", "2025-03-31", "--json").stdout) as ValidateReport;
    assert.deepEqual(
      [report.files[0].lines, report.files[0].errors],
      [v.summary.lines, v.summary.errors],
      "validate and consolidate agree",
    );
  });

  it("writes text copied from a submission as text, never as a formula", async () => {
    const dir = join(tmp, "formula-text");
    mkdirSync(dir);
    const label = '=HYPERLINK("http://example.invalid","Bấm vào đây")';
    const planned = [100e6, 100e6, 100e6, 100e6, 100e6, 0, 0, 0, 0, 0, 0, 0];
    const g = planGrid({ title: "UBND HUYỆN THỬ", items: [{ label, planned, actual: 0, code: "7900009" }] });
    writeFileSync(join(dir, "thu.xlsx"), await gridXlsx([g]));
    const out = join(tmp, "formula-text.xlsx");
    const r = run("consolidate", dir, "--as-of", "2024-05-31", "--out", out);
    assert.equal(r.code, 0, r.stderr);
    const wb = new ExcelJS.Workbook();
    const written = readFileSync(out);
    await wb.xlsx.load(
      written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength) as ArrayBuffer,
    );
    const sheet = wb.getWorksheet("Dòng có nguy cơ")!;
    const cell = sheet.getCell("C5");
    assert.equal(cell.type, ExcelJS.ValueType.String);
    assert.equal(cell.value, label);
    const xml = Object.entries(unzipSync(readFileSync(out)))
      .filter(([n]) => n.startsWith("xl/worksheets/sheet"))
      .map(([, b]) => strFromU8(b))
      .join("");
    assert.ok(!xml.includes("<f>"), "no formula in any sheet");
  });

  it("refuses to write over an input and leaves it as it was", () => {
    const input = join(tmp, "input.xlsx");
    copyFileSync(EXAMPLE_FILES[0], input);
    const before = readFileSync(input);
    const r = run("consolidate", input, "--out", input, "--as-of", "2024-05-31");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /input\.xlsx: --out/);
    assert.deepEqual(readFileSync(input), before);
  });

  it("rejects an allocation annex and a unit not on the expected list, says why on stderr, and counts two communes over one office", async () => {
    const dir = join(tmp, "units");
    mkdirSync(dir);
    const commune = (n: number) =>
      planGrid({
        title: "",
        titleRows: [
          [`UBND XÃ TAM XUÂN ${n}`, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
          ["BAN QUẢN LÝ CÁC CHƯƠNG TRÌNH MTQG", null, null, "Độc lập - Tự do - Hạnh phúc"],
        ],
        items: [item("Đường thôn", months(n * 1e6), 0)],
      });
    writeFileSync(join(dir, "tam-xuan-1.xlsx"), await gridXlsx([commune(1)]));
    writeFileSync(join(dir, "tam-xuan-2.xlsx"), await gridXlsx([commune(2)]));
    writeFileSync(
      join(dir, "phu-luc.xlsx"),
      await gridXlsx([
        allocationAnnex("UBND XÃ TAM XUÂN 1", [{ label: "Đường thôn", code: "7900001", allocated: 9e6 }]),
      ]),
    );
    writeFileSync(
      join(dir, "tam-anh.xlsx"),
      await gridXlsx([planGrid({ title: "UBND XÃ TAM ANH Biểu 01", items: [item("Cầu", months(5e6), 0)] })]),
    );
    const expected = join(tmp, "xa.csv");
    writeFileSync(expected, "đơn vị\nXã Tam Xuân 1\nXã Tam Xuân 2\n");
    const r = run("consolidate", dir, "--expected", expected, "--as-of", "2024-05-31", "--json");
    assert.equal(r.code, 0, r.stderr);
    const report = json(r.stdout);
    assert.deepEqual(
      report.files.map((f) => [f.file, f.unit, f.status, f.rejectedAs]),
      [
        ["phu-luc.xlsx", "Xã Tam Xuân 1", "rejected", "allocation-annex"],
        ["tam-anh.xlsx", "Xã Tam Anh", "rejected", "not-expected"],
        ["tam-xuan-1.xlsx", "Xã Tam Xuân 1", "accepted", null],
        ["tam-xuan-2.xlsx", "Xã Tam Xuân 2", "accepted", null],
      ],
    );
    assert.deepEqual([report.missingUnits, report.unexpectedUnits], [[], ["Xã Tam Anh"]]);
    assert.equal(report.grandTotal.allocated, 3e6);
    assert.match(r.stderr, /tam-anh\.xlsx: đơn vị "Xã Tam Anh" không có trong danh sách/);
  });

  it("stops with one line naming the Treasury export when it cannot be read", () => {
    const r = run(
      "consolidate",
      ...EXAMPLE_FILES,
      "--treasury",
      join(BAD, "password-protected.xlsx"),
      "--as-of",
      "2024-05-31",
    );
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ntp-disburse: .*password-protected\.xlsx: tệp được bảo vệ bằng mật khẩu/m);
    assert.ok(!/\n\s+at /.test(r.stderr), "no stack trace");
  });

  it("stops when a folder holds no file, and when no submission can be used", () => {
    const empty = join(tmp, "empty-dir");
    mkdirSync(empty);
    assert.equal(run("consolidate", empty).code, 2);
    const r = run("consolidate", join(BAD, "empty.xlsx"), "--as-of", "2024-05-31", "--json");
    assert.equal(r.code, 2);
    assert.equal(json(r.stdout).files[0].status, "rejected");
  });
});
