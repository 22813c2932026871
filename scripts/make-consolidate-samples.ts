/**
 * The consolidation demo set in examples/consolidate/, derived from the
 * bundled sample plans (examples/*.xlsx) so that codes and amounts agree:
 *
 * - don-vi.csv: the units expected to submit (two of them have not);
 * - kho-bac-2024-05.xlsx: the Treasury's export of allocations and payments
 *   by project code, equal to the units' figures except for a few stated
 *   differences (listed in examples/consolidate/README.md);
 * - thang-04/: last month's submissions of two units, from which this
 *   month's plans moved money later, shrank or rewrote past months.
 *
 *   npx tsx scripts/make-consolidate-samples.ts
 *
 * Deterministic: the same content on every run (no random, no clock).
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { periodEnd } from "../src/engine/calendar";
import { QUANG_NAM_2024 } from "../src/engine/profile";
import type { ReportLine, ReportTable, ValidateReport } from "../src/engine/report-types";
import type { CellSpec, SheetSpec } from "../src/engine/sheet-spec";
import { validateWorkbook } from "../src/engine/validate";
import { unitOf } from "../src/engine/consolidate/submission";
import { readXlsx } from "../src/workbook/file/read-xlsx";
import { writeSheetSpecs } from "../src/workbook/file/write-xlsx";

const root = path.resolve(__dirname, "..");
const examples = path.join(root, "examples");
const outDir = path.join(examples, "consolidate");
const AS_OF = "2024-05-31";
const PREVIOUS_AS_OF = "2024-04-30";
const CREATED = new Date("2024-06-07T08:00:00Z");
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

const notes: string[] = [];

async function reportOf(file: string): Promise<ValidateReport> {
  const grids = await readXlsx(fs.readFileSync(path.join(examples, file)), file);
  return validateWorkbook(grids, { file, asOf: AS_OF, lang: "vi", profile: QUANG_NAM_2024 });
}

const items = (r: ValidateReport): { table: ReportTable; line: ReportLine }[] =>
  r.tables.flatMap((table) => table.lines.filter((l) => l.kind === "item").map((line) => ({ table, line })));

const header = (labels: string[], row: number): CellSpec[] =>
  labels.map((value, i) => ({
    row,
    col: i + 1,
    value,
    style: { bold: true, border: true, wrap: true, horizontal: "center" },
  }));

/** The Treasury export: projects grouped by unit, amounts in đồng. */
function treasurySheet(reports: ValidateReport[]): SheetSpec {
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: "KHO BẠC NHÀ NƯỚC QUẢNG NAM", style: { bold: true } },
    { row: 2, col: 1, value: "BÁO CÁO TÌNH HÌNH THANH TOÁN VỐN CÁC CHƯƠNG TRÌNH MTQG NĂM 2024", style: { bold: true } },
    { row: 3, col: 1, value: "Đơn vị: đồng", style: { italic: true } },
    ...header(["STT", "Mã dự án", "Tên dự án", "Dự toán năm 2024", "Lũy kế thanh toán đến 31/5/2024"], 4),
  ];
  let row = 5;
  let group = 0;
  for (const r of reports) {
    const unit = unitOf(r).unit!;
    const byCode = new Map<string, { label: string; allocated: number; paid: number }>();
    for (const { line } of items(r)) {
      // The export is of this year's allocation ("Dự toán năm 2024"): capital carried over is reported apart.
      if (!line.code || line.source !== "plan-2024") continue;
      const p = byCode.get(line.code) ?? { label: line.label, allocated: 0, paid: 0 };
      p.allocated += line.allocated;
      p.paid += line.actualToDate ?? 0;
      byCode.set(line.code, p);
    }
    if (byCode.size === 0) continue;
    const projects = [...byCode].map(([code, p]) => ({ code, ...p }));
    // The stated differences, one kind per unit, so each shows in the reconciliation.
    const first = projects[0];
    if (group === 0) {
      first.paid -= 15_000_000;
      notes.push(`${unit}, ${first.code}: the Treasury has paid 15,000,000 đồng less than the unit reports.`);
    } else if (group === 1) {
      const dropped = projects.pop()!;
      notes.push(`${unit}, ${dropped.code}: the project is not in the Treasury's export.`);
    } else if (group === 2) {
      projects.push({
        code: "7999001",
        label: "Công trình chưa có trong kế hoạch của đơn vị",
        allocated: 500_000_000,
        paid: 120_000_000,
      });
      notes.push(`${unit}, 7999001: a project the Treasury pays that the unit's plan does not list.`);
    } else if (group === 3) {
      first.allocated += 100_000_000;
      notes.push(`${unit}, ${first.code}: the Treasury's allocation is 100,000,000 đồng higher.`);
    }
    const groupRow = row++;
    cells.push({ row: groupRow, col: 1, value: ROMAN[group++], style: { bold: true } });
    cells.push({
      row: groupRow,
      col: 3,
      value: unit.replace(/^Huyện|^Thị xã/, (k) => `UBND ${k.toLowerCase()}`),
      style: { bold: true },
    });
    cells.push({
      row: groupRow,
      col: 4,
      value: projects.reduce((s, p) => s + p.allocated, 0),
      style: { bold: true, numberFormat: "#,##0" },
    });
    cells.push({
      row: groupRow,
      col: 5,
      value: projects.reduce((s, p) => s + p.paid, 0),
      style: { bold: true, numberFormat: "#,##0" },
    });
    projects.forEach((p, i) => {
      cells.push({ row, col: 1, value: String(i + 1) });
      cells.push({ row, col: 2, value: p.code });
      cells.push({ row, col: 3, value: p.label });
      cells.push({ row, col: 4, value: p.allocated, style: { numberFormat: "#,##0" } });
      cells.push({ row, col: 5, value: p.paid, style: { numberFormat: "#,##0" } });
      row++;
    });
  }
  return { name: "Bao cao KBNN", cells, columnWidths: { 1: 6, 2: 12, 3: 48, 4: 20, 5: 22 } };
}

/** Whole thousands of đồng: the sheet is in triệu đồng with three decimals. */
const thousand = (dong: number): number => Math.round(dong / 1000) * 1000;

/** Last month's plan of a unit: this month's lines as they stood before this month's changes. */
function previousPlan(r: ValidateReport): SheetSpec {
  const list = items(r);
  const byQuarter = list.some(({ table }) => table.granularity === "quarter");
  const periods = byQuarter ? 4 : 12;
  const future = (p: number): boolean => periodEnd(2024, byQuarter, p + 1) > PREVIOUS_AS_OF;
  const unit = unitOf(r).unit!;
  const title = r.tables[0].titleLines?.[0] ?? unit;
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: title, style: { bold: true } },
    {
      row: 2,
      col: 1,
      value: "KẾ HOẠCH GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH MTQG NĂM 2024 (số liệu đến 30/4/2024)",
      style: { bold: true },
    },
    { row: 3, col: 1, value: "ĐVT: triệu đồng", style: { italic: true } },
    ...header(
      [
        "STT",
        "Tên dự án, công trình",
        "Mã dự án",
        "Nguồn vốn",
        "Vốn giao",
        ...Array.from({ length: periods }, (_, i) => (byQuarter ? `Quý ${ROMAN[i]}` : `Tháng ${i + 1}`)),
        "Giải ngân đến 30/4/2024",
      ],
      4,
    ),
  ];
  const sourceText = (s: string): string =>
    s.replace(/^carryover-(\d{4})$/, "Vốn năm $1 kéo dài").replace(/^plan-(\d{4})$/, "Kế hoạch vốn năm $1");
  list.forEach(({ line }, i) => {
    const planned = [...line.planned];
    const last = planned.reduce((k, v, p) => (v > 0 && future(p) ? p : k), -1);
    const firstFuture = planned.findIndex((_, p) => future(p));
    if (i % 5 === 0 && last > firstFuture) {
      // This month moved half of the last period's money later than last month had it.
      const moved = thousand(planned[last] / 2);
      planned[firstFuture] += moved;
      planned[last] -= moved;
    } else if (i % 5 === 1 && last >= 0) {
      planned[last] += thousand(planned[last] / 10); // this month's plan is 10% smaller
    } else if (i % 5 === 2 && planned[1] > 0) {
      planned[0] += planned[1]; // this month rewrote the first period, already past
      planned[1] = 0;
    }
    const allocated = planned.reduce((s, v) => s + v, 0);
    const actual = line.actualToDate === null ? null : thousand(line.actualToDate * 0.7);
    const row = 5 + i;
    const values: (string | number | null)[] = [
      String(i + 1),
      line.label,
      line.code,
      sourceText(line.source),
      allocated / 1e6,
      ...planned.map((v) => v / 1e6),
      actual === null ? null : actual / 1e6,
    ];
    values.forEach((value, c) =>
      cells.push({ row, col: c + 1, value, style: c >= 4 ? { numberFormat: "#,##0.000" } : undefined }),
    );
  });
  const place = unit.replace(/^(Huyện|Thị xã|Thành phố) /, "");
  cells.push({
    row: 5 + list.length + 2,
    col: 2,
    value: `${place}, ngày 06 tháng 5 năm 2024`,
    style: { italic: true },
  });
  return { name: "KH giai ngan", cells, columnWidths: { 2: 40, 3: 11, 4: 22 } };
}

/** As a DPI list writes names: "UBND huyện Quế Sơn" for a place, a department as it is. */
const expectedName = (unit: string): string =>
  /^(Huyện|Thị xã|Thành phố) /.test(unit) ? `UBND ${unit.charAt(0).toLowerCase()}${unit.slice(1)}` : unit;

async function main(): Promise<void> {
  const files = fs
    .readdirSync(examples)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  const reports = await Promise.all(files.map(reportOf));
  fs.mkdirSync(path.join(outDir, "thang-04"), { recursive: true });

  const units = reports.map((r) => unitOf(r).unit!);
  fs.writeFileSync(
    path.join(outDir, "don-vi.csv"),
    ["đơn vị", ...units.map(expectedName), "UBND huyện Phước Sơn", "UBND huyện Nông Sơn", ""].join("\n"),
  );

  fs.writeFileSync(
    path.join(outDir, "kho-bac-2024-05.xlsx"),
    await writeSheetSpecs([treasurySheet(reports)], { created: CREATED }),
  );
  for (const file of ["huyen-que-son-ntm-2024.xlsx", "thi-xa-dien-ban-ntm-2024.xlsx"]) {
    const r = reports[files.indexOf(file)];
    const out = file.replace("-2024.xlsx", "-2024-thang-04.xlsx");
    fs.writeFileSync(
      path.join(outDir, "thang-04", out),
      await writeSheetSpecs([previousPlan(r)], { created: CREATED }),
    );
  }
  fs.writeFileSync(
    path.join(outDir, "README.md"),
    `# Consolidation demo set

Generated by \`scripts/make-consolidate-samples.ts\` from the sample plans in \`examples/\`.

- \`don-vi.csv\`: the units expected to submit; Huyện Phước Sơn and Huyện Nông Sơn have not.
- \`kho-bac-2024-05.xlsx\`: the State Treasury's export (allocations and payments to 31/5/2024 by project code, in đồng)
  of the 2024 capital plan; capital carried over from earlier years is not in it. It equals the units' own 2024-plan
  figures except:
${notes.map((n) => `  - ${n}`).join("\n")}
- \`thang-04/\`: last month's submissions of Huyện Quế Sơn and Thị xã Điện Bàn (actuals to 30/4/2024). Against them,
  this month's plans moved money to later periods (every fifth line), shrank by a tenth (the next line), or rewrote
  the first period after it had passed (the line after), and actuals are 30% higher.

\`\`\`sh
npx ntp-disburse consolidate examples/*.xlsx --expected examples/consolidate/don-vi.csv \\
  --treasury examples/consolidate/kho-bac-2024-05.xlsx --previous examples/consolidate/thang-04 \\
  --as-of 2024-05-31 --out tong-hop.xlsx
\`\`\`
`,
  );
}

void main();
