/**
 * The Plan view end to end in headless Chromium, file mode, as a tab of the
 * task pane (dist/taskpane.html): an allocation list typed in, and one picked
 * from a file, each made into a plan that is downloaded and read back as a plan.
 * Expects dist/ from `npm run build`.
 */

import { strict as assert } from "node:assert";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { validateWorkbook } from "../../src/engine/validate";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { readMetadata } from "../../src/workbook/file/custom-xml";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { ROOT, SHOTS, useDistBrowser } from "./dist-browser";
import { assertFits } from "./fits";

/** The plan offered for download, read back by the file reader and checked as a filled-in plan would be. */
async function downloadedPlan(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải tệp kế hoạch .xlsx" }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  const grids = await readXlsx(bytes, download.suggestedFilename());
  const report = validateWorkbook(grids, {
    file: download.suggestedFilename(),
    asOf: "2024-01-15",
    lang: "vi",
    profile: QUANG_NAM_2024,
  });
  return { name: download.suggestedFilename(), report, meta: await readMetadata(bytes) };
}

describe("Plan view in headless Chromium, file mode", function () {
  this.timeout(120000);
  const browser = useDistBrowser("taskpane.html");

  /** The pane in this language (chosen in the pane: an earlier page may have left another remembered), on its Plan tab. */
  async function open(lang: "vi" | "en" = "vi"): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.offlinePage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${browser.url}/taskpane.html`);
    await page.getByRole("combobox", { name: /^(Ngôn ngữ|Language)$/ }).selectOption(lang);
    await page.getByRole("tab", { name: lang === "vi" ? "Lập kế hoạch" : "Plan" }).click();
    await page
      .getByText(lang === "vi" ? "Hạn giải ngân theo hồ sơ: Quảng Nam 2024" : "Deadlines from the profile:", {
        exact: false,
      })
      .waitFor();
    return { page, errors };
  }

  it("makes a plan from two lines typed in, after pointing at the amount that is not a number", async function () {
    const { page, errors } = await open();
    await page.getByLabel("Tên đơn vị lập kế hoạch").fill("Huyện Quế Sơn");
    await page.getByRole("radio", { name: "Nhập trực tiếp" }).check();

    const first = page.getByRole("group", { name: "Dòng 1" });
    await first.getByLabel("Loại").selectOption("heading");
    await first.getByLabel("Tên").fill("Chương trình MTQG xây dựng nông thôn mới");
    await page.getByRole("button", { name: "Thêm dòng" }).click();
    const second = page.getByRole("group", { name: "Dòng 2" });
    // The new line is under the heading, and its name has the focus.
    assert.ok(await second.getByLabel("Tên").evaluate((el) => el === document.activeElement));
    await page.keyboard.type("Đường GTNT thôn 3, xã Quế Xuân 1");
    // Tab goes through the line's fields in the order they are shown.
    await page.keyboard.press("Tab");
    assert.ok(await second.getByLabel("Nguồn vốn").evaluate((el) => el === document.activeElement));
    await second.getByLabel("Nguồn vốn").selectOption("carryover-2022");
    await page.keyboard.press("Tab");
    await page.keyboard.type("85O"); // a letter O for a zero
    await page.keyboard.press("Tab");
    await page.keyboard.type("7901234");
    await second.getByLabel("Chủ đầu tư").fill("UBND xã Quế Xuân 1");
    await second.getByLabel("Lãnh đạo phụ trách").fill("Nguyễn Văn An");

    await page.getByRole("button", { name: "Thêm dòng" }).click();
    const third = page.getByRole("group", { name: "Dòng 3" });
    await third.getByLabel("Tên").fill("Nhà văn hóa thôn Phú Bình");
    await third.getByLabel("Nguồn vốn").selectOption("plan-2024");
    await third.getByLabel("Vốn giao (triệu đồng)").fill("1.250,5");
    await third.getByLabel("Chủ đầu tư").fill("UBND xã Quế Phú");
    await third.getByLabel("Lãnh đạo phụ trách").fill("Nguyễn Văn An");

    await page.getByRole("button", { name: "Lập mẫu kế hoạch" }).click();
    await page.getByText("Còn 1 ô cần sửa", { exact: false }).waitFor();
    const amount = second.getByLabel("Vốn giao (triệu đồng)");
    await second.getByText("không phải là số").waitFor();
    assert.ok(await amount.evaluate((el) => el === document.activeElement), "the field to correct has the focus");
    await amount.fill("850");
    assert.equal(await second.getByText("không phải là số").count(), 0, "the note goes once the field is edited");

    await page.getByRole("button", { name: "Lập mẫu kế hoạch" }).click();
    await page.getByText("Mẫu đã sẵn sàng: 2 dòng kế hoạch cho 2 nội dung", { exact: false }).waitFor();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "taskpane-plan.png"), fullPage: true });
    await assertFits(page, "Plan, a typed list made into a plan");

    const { name, report, meta } = await downloadedPlan(page);
    assert.equal(name, "ke-hoach-giai-ngan-2024.xlsx");
    const lines = report.tables[0].lines.filter((l) => l.kind === "item");
    assert.deepEqual(
      lines.map((l) => [l.label, l.code, l.source, l.allocated]),
      [
        ["Đường GTNT thôn 3, xã Quế Xuân 1", "7901234", "carryover-2022", 850_000_000],
        ["Nhà văn hóa thôn Phú Bình", null, "plan-2024", 1_250_500_000],
      ],
    );
    const group = report.tables[0].lines.find((l) => l.kind === "group");
    assert.equal(group?.label, "Chương trình MTQG xây dựng nông thôn mới");
    assert.deepEqual(new Set(lines.flatMap((l) => l.findings.map((f) => f.rule))), new Set(["plan-total-mismatch"]));
    assert.equal((meta?.profile as { id: string }).id, "quang-nam-2024");
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("makes a plan from the sample allocation workbook picked as a file", async function () {
    const { page, errors } = await open();
    await page.getByRole("radio", { name: "Quý", exact: true }).check();
    await page
      .getByTestId("allocation-file")
      .setInputFiles(join(ROOT, "examples", "allocation", "phan-bo-von-2024.xlsx"));
    await page.getByText("Mẫu đã sẵn sàng: 14 dòng kế hoạch cho 9 nội dung", { exact: false }).waitFor();
    const { name, report, meta } = await downloadedPlan(page);
    assert.equal(name, "ke-hoach-giai-ngan-phan-bo-von-2024.xlsx");
    assert.equal(report.tables[0].granularity, "quarter");
    const items = report.tables[0].lines.filter((l) => l.kind === "item");
    assert.equal(items.length, 14);
    assert.equal(
      items.reduce((s, l) => s + l.allocated, 0),
      17_030_750_000,
    );
    assert.deepEqual(meta?.template, { granularity: "quarter" });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("speaks English when asked", async function () {
    const { page, errors } = await open("en");
    await page.getByRole("radio", { name: "Type it in" }).check();
    await page.getByRole("button", { name: "Make the template" }).click();
    const first = page.getByRole("group", { name: "Line 1" });
    await first.getByText("required").first().waitFor();
    assert.equal(await first.getByLabel("Allocated (million VND)").getAttribute("aria-invalid"), "true");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
