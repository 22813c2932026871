/**
 * Renders a generated plan template with LibreOffice for the README
 * (needs soffice and pdftoppm): the sample allocation list made into a
 * monthly and quarterly plan, filled on plan as of 31/5/2024 except for one
 * late month, so the live deadline highlight shows.
 *   docs/screenshots/template-page.png     the whole A3 page as printed
 *   docs/screenshots/template-detail.png   its left part, readable
 *
 *   npx tsx scripts/make-template-screenshots.ts
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvToGrid } from "../src/workbook/file/read-csv";
import { writeSheetSpecs } from "../src/workbook/file/write-xlsx";
import { allocationFromGrids, planTemplate, templateMetadata } from "../src/engine/template";
import { QUANG_NAM_2024 } from "../src/engine/profile";
import { fillOnPlan, setCell } from "../test/helpers/fill-template";

async function main(): Promise<void> {
  const root = join(__dirname, "..");
  const profile = QUANG_NAM_2024;
  const csv = readFileSync(join(root, "examples", "allocation", "phan-bo-von-2024.csv"));
  const allocation = allocationFromGrids([csvToGrid(csv, "phan-bo")], profile.year);
  const t = planTemplate(allocation, { granularity: "month+quarter", profile, unitName: "Huyện Quế Sơn" });
  fillOnPlan(t, profile, allocation.unit, 5);
  // 31/5/2024 as an Excel serial day; then 100 triệu of 2022 capital moved from June to July, after its deadline.
  setCell(t, t.reportDate.row, t.reportDate.col, 45443);
  const late = t.lines[0];
  const june = t.spec.cells.find((c) => c.row === late.row && c.col === t.columns["month:6"])!;
  june.value = (june.value as number) - 100;
  setCell(t, late.row, t.columns["month:7"], 100);

  const dir = mkdtempSync(join(tmpdir(), "ntp-shot-"));
  try {
    const xlsx = join(dir, "ke-hoach-giai-ngan-2024.xlsx");
    writeFileSync(xlsx, await writeSheetSpecs([t.spec], { metadata: templateMetadata(profile, "month+quarter") }));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        xlsx,
      ],
      {
        stdio: "ignore",
      },
    );
    const pdf = join(dir, "ke-hoach-giai-ngan-2024.pdf");
    const out = join(root, "docs", "screenshots");
    mkdirSync(out, { recursive: true });
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      join(out, "template-page"),
    ]);
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "150",
      "-x",
      "60",
      "-y",
      "40",
      "-W",
      "1500",
      "-H",
      "560",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      join(out, "template-detail"),
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
