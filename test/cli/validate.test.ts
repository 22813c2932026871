import { strict as assert } from "node:assert";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ROOT, run } from "../helpers/cli";

const expected = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "examples-expected.json"), "utf8")) as {
  tables: {
    file: string;
    sheet: string;
    headerRows: number[];
    firstDataRow: number;
    lastDataRow: number;
    unit: string;
    granularity: string;
    sources: string[];
  }[];
};

const READING_RULES = [
  "not-a-number",
  "negative-amount",
  "formula-error",
  "missing-required",
  "duplicate-code",
  "group-sum-mismatch",
  "quarter-month-mismatch",
];

/** The reading findings the samples were made with (examples/README.md), consequences included. */
const READING_FINDINGS: Record<string, string[]> = {
  "huyen-nam-tra-my-dtts-mn-2024.xlsx": [
    "KH giai ngan 2024!L22 group-sum-mismatch",
    "KH giai ngan 2024!C25 duplicate-code",
    "KH giai ngan 2024!D32 missing-required",
  ],
  "so-ldtbxh-gnbv-2024.xlsx": ["Bieu 01-GNBV!K39 not-a-number", "Bieu 01-GNBV!C42 missing-required"],
  "huyen-tay-giang-theo-nguon-2024.xlsx": [
    "Vốn 2022 kéo dài!H14 negative-amount",
    "Vốn 2023 kéo dài!I13 formula-error",
    "Vốn 2023 kéo dài!V13 formula-error",
    "KH 2024!M13 group-sum-mismatch",
    "KH 2024!V13 group-sum-mismatch",
    "KH 2024!M14 quarter-month-mismatch",
  ],
  "huyen-que-son-ntm-2024.xlsx": [
    "KH NTM 2024!I6 formula-error",
    "KH NTM 2024!E17 group-sum-mismatch",
    "KH NTM 2024!I22 formula-error",
    "KH NTM 2024!I23 formula-error",
    "KH NTM 2024!I25 not-a-number",
    "KH NTM 2024!C28 duplicate-code",
    "KH NTM 2024!J29 group-sum-mismatch",
    "KH NTM 2024!R29 group-sum-mismatch",
    "KH NTM 2024!D35 missing-required",
  ],
  "thi-xa-dien-ban-ntm-2024.xlsx": ["KH giải ngân!D16 missing-required", "KH giải ngân!E17 group-sum-mismatch"],
};

describe("ntp-disburse validate (command line, end to end)", () => {
  for (const file of Object.keys(READING_FINDINGS)) {
    it(`reads ${file} as laid out and reports exactly its deliberate mistakes`, () => {
      const r = run("validate", join("examples", file), "--json", "--as-of", "2024-05-31");
      assert.equal(r.code, 1, r.stderr);
      const report = JSON.parse(r.stdout);
      for (const want of expected.tables.filter((t) => t.file === file)) {
        const got = report.tables.find((t: { sheet: string }) => t.sheet === want.sheet);
        assert.ok(got, `table ${want.sheet}`);
        assert.deepEqual(
          [got.headerRows, got.firstDataRow, got.lastDataRow, got.unit, got.granularity],
          [want.headerRows, want.firstDataRow, want.lastDataRow, want.unit, want.granularity],
          want.sheet,
        );
        assert.deepEqual(
          [...new Set(got.lines.map((l: { source: string }) => l.source))].sort(),
          [...want.sources].sort(),
        );
      }
      const findings = report.tables.flatMap(
        (t: { sheet: string; lines: { findings: { rule: string; cell: string }[] }[] }) =>
          t.lines.flatMap((l) =>
            l.findings.filter((f) => READING_RULES.includes(f.rule)).map((f) => `${t.sheet}!${f.cell} ${f.rule}`),
          ),
      );
      assert.deepEqual([...findings].sort(), [...READING_FINDINGS[file]].sort());
    });
  }

  const lo = JSON.parse(
    readFileSync(join(ROOT, "test", "fixtures", "libreoffice", "expected.json"), "utf8"),
  ) as typeof expected & { mistakes: { file: string; cell: string; rule: string }[] };
  for (const want of lo.tables) {
    it(`reads ${want.file}, written by LibreOffice, as laid out, and finds its deliberate mistakes`, () => {
      const r = run("validate", join("test", "fixtures", "libreoffice", want.file), "--json", "--as-of", "2024-05-31");
      const report = JSON.parse(r.stdout);
      const got = report.tables[0];
      assert.deepEqual(
        [got.sheet, got.headerRows, got.firstDataRow, got.lastDataRow, got.unit, got.granularity],
        [want.sheet, want.headerRows, want.firstDataRow, want.lastDataRow, want.unit, want.granularity],
      );
      const findings = got.lines.flatMap((l: { findings: { rule: string; cell: string }[] }) =>
        l.findings.map((f) => `${f.cell} ${f.rule}`),
      );
      const deliberate = lo.mistakes
        .filter((m) => m.file === want.file)
        .map((m) => `${m.cell.split(":")[0]} ${m.rule}`);
      for (const m of deliberate) assert.ok(findings.includes(m), m);
      assert.ok(
        findings.every((f: string) => !READING_RULES.some((rule) => f.endsWith(` ${rule}`))),
        findings.join(", "),
      );
    });
  }

  it("prints exactly one JSON document on stdout with --json, in English with --lang en", () => {
    const r = run(
      "validate",
      "examples/thi-xa-dien-ban-ntm-2024.xlsx",
      "--json",
      "--lang",
      "en",
      "--as-of",
      "2024-05-31",
    );
    const report = JSON.parse(r.stdout);
    assert.equal(report.reportVersion, 1);
    assert.equal(report.file, "thi-xa-dien-ban-ntm-2024.xlsx");
    assert.equal(report.asOf, "2024-05-31");
    const finding = report.tables[0].lines
      .flatMap((l: { findings: { rule: string; cell: string; message: string }[] }) => l.findings)
      .find((f: { cell: string }) => f.cell === "D16");
    assert.match(finding.message, /responsible leader/);
  });

  it("prints a readable summary in Vietnamese without --json", () => {
    const r = run("validate", "examples/thi-xa-dien-ban-ntm-2024.xlsx", "--as-of", "2024-05-31");
    assert.equal(r.code, 1);
    assert.match(r.stdout, /Bảng "KH giải ngân": dòng tiêu đề 4, dữ liệu dòng 5–21, nghìn đồng, theo quý/);
    // Nine works lines; the TỔNG CỘNG, source and commune rows are not lines of plan.
    assert.match(r.stdout, /Tổng: 9 dòng kế hoạch \(6 đạt, 1 cần theo dõi, 2 có nguy cơ\)/);
  });

  it("takes a profile file that extends the built-in one", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-profile-"));
    const file = join(dir, "strict.json");
    const strict = { id: "strict", extends: "quang-nam-2024", checkpoints: [{ date: "2024-06-30", minShare: 0.95 }] };
    writeFileSync(file, JSON.stringify(strict));
    const r = run(
      "validate",
      "examples/huyen-nam-tra-my-dtts-mn-2024.xlsx",
      "--profile",
      file,
      "--json",
      "--as-of",
      "2024-05-31",
    );
    const report = JSON.parse(r.stdout);
    assert.equal(report.profile, "strict");
    const rules = report.tables[0].lines.flatMap((l: { findings: { rule: string }[] }) =>
      l.findings.map((f) => f.rule),
    );
    assert.ok(rules.includes("plan-misses-checkpoint"));
    const shipped = run(
      "validate",
      "examples/huyen-nam-tra-my-dtts-mn-2024.xlsx",
      "--profile",
      "profiles/quang-nam-2024-checkpoints.json",
      "--json",
    );
    assert.equal(JSON.parse(shipped.stdout).profile, "quang-nam-2024-checkpoints");
  });

  it("exits 0 on a plan with no error finding", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("KH 2024");
    ws.addRow(["ĐVT: triệu đồng"]);
    ws.addRow(["STT", "Tên dự án", "Chủ đầu tư", "KH vốn năm 2024", "Quý I", "Quý II", "Quý III", "Quý IV"]);
    ws.addRow([1, "Đường thôn 1", "UBND xã A", 100, 25, 25, 25, 25]);
    await wb.xlsx.writeFile(join(dir, "clean.xlsx"));
    const r = run("validate", join(dir, "clean.xlsx"), "--as-of", "2024-05-31");
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  describe("bad input: exit 2 and one line naming the file and the reason, never a stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-bad-"));
    const sample = readFileSync(join(ROOT, "examples", "thi-xa-dien-ban-ntm-2024.xlsx"));
    const cases: [string, () => string, RegExp][] = [
      ["a zero-byte file", () => write("empty.xlsx", Buffer.alloc(0)), /tệp rỗng/],
      [
        "a text file named .xlsx",
        () => write("note.xlsx", Buffer.from("Kính gửi Sở KH&ĐT\n")),
        /không phải tệp Excel \.xlsx/,
      ],
      ["a truncated download", () => write("half.xlsx", sample.subarray(0, sample.length >> 1)), /cắt cụt/],
      ["a missing file", () => join(dir, "nope.xlsx"), /không tìm thấy tệp/],
      ["a folder", () => dir, /là một thư mục/],
      [
        "a password-protected workbook",
        () => join(ROOT, "test", "fixtures", "bad", "password-protected.xlsx"),
        /bảo vệ bằng mật khẩu/,
      ],
      ["an old .xls workbook", () => join(ROOT, "test", "fixtures", "bad", "old-binary.xls"), /\.xls/],
      ["a corrupt workbook", () => join(ROOT, "test", "fixtures", "bad", "corrupt-sheet-xml.xlsx"), /tệp bị hỏng/],
      [
        "a letter typed in Excel",
        () => join(ROOT, "test", "fixtures", "bad", "no-plan-table-letter.xlsx"),
        /không tìm thấy bảng kế hoạch/,
      ],
    ];
    function write(name: string, bytes: Buffer): string {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    }
    for (const [what, make, reason] of cases) {
      it(`refuses ${what}`, () => {
        const file = make();
        const r = run("validate", file);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, "");
        const lines = r.stderr.trim().split("\n");
        assert.equal(lines.length, 1, r.stderr);
        assert.ok(lines[0].includes(file), lines[0]);
        assert.match(lines[0], reason);
        assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/);
      });
    }

    it("refuses a workbook without a plan table, in English with --lang en", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Danh bạ").addRows([
        ["Họ tên", "Điện thoại"],
        ["Nguyễn Văn A", "0905 000 000"],
      ]);
      const file = join(dir, "contacts.xlsx");
      await wb.xlsx.writeFile(file);
      const r = run("validate", file, "--lang", "en");
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no disbursement plan table found/);
    });

    it("refuses a sheet of a million cells that holds no plan, in bounded time", async function () {
      this.timeout(120_000);
      const file = join(dir, "million.xlsx");
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
      const ws = wb.addWorksheet("Dữ liệu");
      for (let r = 0; r < 50_000; r++) ws.addRow(Array.from({ length: 20 }, (_, c) => r * 20 + c)).commit();
      ws.commit();
      await wb.commit();
      const r = run("validate", file);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /không tìm thấy bảng kế hoạch/);
    });

    it("refuses an invalid profile file, naming its problems", () => {
      const file = write("bad-profile.json", Buffer.from(JSON.stringify({ id: "x", year: 2024, sources: [] })));
      const r = run("validate", "examples/thi-xa-dien-ban-ntm-2024.xlsx", "--profile", file, "--lang", "en");
      assert.equal(r.code, 2);
      assert.match(r.stderr, /bad-profile\.json: invalid profile: sources: at least one source/);
    });

    it("refuses bad arguments, saying where the usage is", () => {
      const r = run("validate", "examples/thi-xa-dien-ban-ntm-2024.xlsx", "--as-of", "31-13-2024");
      assert.equal(r.code, 2);
      assert.match(r.stderr, /ngày có thật/);
      assert.match(r.stderr, /xem: ntp-disburse --help/);
      assert.equal(run("frobnicate").code, 2);
      assert.equal(run("validate", "a.xlsx", "--bogus").code, 2);
    });
  });
});
