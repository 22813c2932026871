/**
 * The task pane in headless Chromium with no Office: office.js is blocked, so
 * the pane must start in file mode by itself. Expects dist/ from `npm run build`.
 */

import { stampOf } from "../../src/engine/stamp/stamp";
import { readMetadata } from "../../src/workbook/file/custom-xml";
import { strict as assert } from "node:assert";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { highlightPlan } from "../../src/engine/highlight";
import { validateWorkbook } from "../../src/engine/validate";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { DIST, ROOT, SHOTS, useDistBrowser } from "./dist-browser";
import { assertFits } from "./fits";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** The scripts taskpane.html itself names: all the pane may load before a file is picked. */
function entryScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => src !== OFFICE_JS);
}

/**
 * What office.js offers inside a dark-themed Excel, reduced to what the pane
 * reads. A string, not a function: tsx would add helpers the page lacks.
 */
const EXCEL_DARK = `window.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  context: {
    platform: "PC",
    requirements: { isSetSupported: () => true },
    officeTheme: {
      bodyBackgroundColor: "#262626",
      bodyForegroundColor: "#FFFFFF",
      controlBackgroundColor: "#404040",
      controlForegroundColor: "#FFFFFF",
      isDarkTheme: true,
    },
  },
};`;

/** "sheet|mark" for each mark the add-in's conditional formats name in a workbook (ExcelJS reads them). */
async function highlightMarks(bytes: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const marks = new Set<string>();
  wb.eachSheet((ws) => {
    // Loaded workbooks carry their conditional formats; ExcelJS's types only declare adding them.
    const formats = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    for (const cf of formats ?? []) {
      for (const rule of cf.rules) {
        const formula = "formulae" in rule ? String(rule.formulae?.[0] ?? "") : "";
        const m = /ntp-disburse:([a-z-]+)/.exec(formula);
        if (m) marks.add(`${ws.name}|${m[1]}`);
      }
    }
  });
  return [...marks].sort();
}

interface Watched {
  page: Page;
  /** Requests that left 127.0.0.1 (all aborted). */
  external: string[];
  /** Scripts fetched from the local server, as paths. */
  scripts: string[];
  errors: string[];
}

describe("task pane in headless Chromium, office.js blocked", function () {
  const browser = useDistBrowser("taskpane.html");

  /** Opens the pane; `officeStub` runs before the page's scripts (office.js itself is always blocked). */
  async function open(officeStub?: string): Promise<Watched> {
    const external: string[] = [];
    // Nothing leaves the machine: office.js (and anything else remote) fails to load.
    const page = await browser.offlinePage((url) => external.push(url));
    if (officeStub) await page.addInitScript(officeStub);
    const watched: Watched = { page, external, scripts: [], errors: [] };
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.hostname === "127.0.0.1" && url.pathname.endsWith(".js")) watched.scripts.push(url.pathname.slice(1));
    });
    page.on("pageerror", (error) => watched.errors.push(error.message));
    await page.goto(`${browser.url}/taskpane.html`);
    return watched;
  }

  it("starts in Vietnamese, offers an .xlsx file, and switches to English", async function () {
    const { page, external, scripts, errors } = await open();

    await page.getByRole("heading", { level: 1, name: "Giải ngân MTQG" }).waitFor();
    const pick = page.getByRole("button", { name: "Chọn tệp .xlsx…" });
    await pick.waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "vi");
    assert.equal(
      await page.locator('input[type="file"]').getAttribute("accept"),
      ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "taskpane-file-mode.png"), fullPage: true });
    await assertFits(page, "file mode, before a file is picked");

    // Keyboard: the language choice, the guide's link, the views, then the file button.
    const language = page.getByRole("combobox", { name: "Ngôn ngữ" });
    const focused = (name: string) =>
      page
        .getByRole("tab", { name })
        .evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
    await page.keyboard.press("Tab");
    assert.ok(await language.evaluate((el) => el === document.activeElement), "Tab reaches the language choice first");
    await page.keyboard.press("Tab");
    const guide = page.getByRole("link", { name: "Hướng dẫn" });
    assert.ok(await guide.evaluate((el) => el === document.activeElement), "then the user guide's link");
    await page.keyboard.press("Tab");
    assert.ok(await focused("Kiểm tra"), "Tab reaches the selected view's tab next");
    await page.keyboard.press("ArrowRight");
    assert.ok(await focused("Lập kế hoạch"), "arrow keys move between the views");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Tab");
    assert.ok(
      await pick.evaluate((el) => el === document.activeElement),
      "Tab reaches the file button after the views",
    );

    await language.selectOption("en");
    await page.getByRole("heading", { level: 1, name: "NTP Disbursement" }).waitFor();
    await page.getByRole("button", { name: "Choose an .xlsx file…" }).waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    await page.getByRole("combobox", { name: "Language" }).waitFor();

    assert.deepEqual(external, [OFFICE_JS], "the only remote request is office.js, and it was blocked");
    assert.deepEqual(errors, [], "no uncaught errors on the page");
    assert.deepEqual(scripts.sort(), entryScripts().sort(), "only the entry scripts load before a file is picked");
    await page.close();
  });

  /** Opens the pane in Vietnamese, sets the day to check as of, and picks a sample workbook. */
  async function checkSample(file: string): Promise<Watched> {
    const watched = await open();
    const { page } = watched;
    await page.getByRole("combobox", { name: /^(Ngôn ngữ|Language)$/ }).selectOption("vi");
    await page.getByRole("tab", { name: "Cài đặt" }).click();
    await page.getByLabel("Ngày kiểm tra").fill("2024-05-31");
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.locator('input[type="file"]').setInputFiles(join(ROOT, "examples", file));
    await page.getByText("kiểm tra đến ngày 31/5/2024", { exact: false }).waitFor();
    return watched;
  }

  it("checks a picked sample, groups its findings by sheet and line, filters them and shows a finding's cell", async function () {
    const { page, errors } = await checkSample("thi-xa-dien-ban-ntm-2024.xlsx");
    // As of 31/5/2024 the sample's deliberate plan-after-deadline shows, and nothing has lapsed.
    await page.getByRole("button", { name: "Đến ô I9 trang KH giải ngân" }).waitFor();
    await page.getByRole("heading", { level: 3, name: /^Trang tính KH giải ngân/ }).waitFor();
    await page.getByRole("heading", { level: 4, name: /^Dòng 17/ }).waitFor();
    await page.getByRole("heading", { name: "Theo nguồn vốn" }).waitFor();
    const status = await page.getByRole("status").first().innerText();
    assert.match(status, /Kiểm tra xong: .* dòng/);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "taskpane-check.png"), fullPage: true });
    await assertFits(page, "Check, a sample checked");
    for (const width of [320, 400]) {
      await page.setViewportSize({ width, height: 760 });
      await assertFits(page, `Check, a sample checked, at ${width} px`);
    }
    await page.setViewportSize({ width: 350, height: 760 });

    // Filter to one rule, chosen by its name: only its findings stay, named in words with the id as a tooltip.
    const count = () => page.getByText(/^\d+ \/ \d+ vấn đề$/).innerText();
    const before = await count();
    await page.getByRole("combobox", { name: "Quy tắc" }).click();
    await page.getByRole("menuitemcheckbox", { name: /^Dòng tổng lệch tổng dòng con/ }).click();
    await assertFits(page, "Check, the rule filter open");
    await page.keyboard.press("Escape");
    const after = await count();
    assert.notEqual(after, before);
    const findings = page.locator("section[aria-labelledby=findings-heading]");
    assert.match(await findings.innerText(), /Dòng tổng lệch tổng dòng con/);
    assert.doesNotMatch(await findings.innerText(), /group-sum-mismatch|Kế hoạch sau hạn|Thiếu thông tin bắt buộc/);
    assert.equal((await findings.locator('[title="group-sum-mismatch"]').count()) > 0, true);

    // A finding's cell, from the keyboard: shown prominently (a file has no selection to move).
    const cell = page.getByRole("button", { name: /^Đến ô E17 / });
    await cell.focus();
    await page.keyboard.press("Enter");
    await page.getByText("Ô đang xem").waitFor();
    assert.equal(await cell.getAttribute("aria-pressed"), "true");
    await page.getByText("KH giải ngân!E17").waitFor();
    await page.screenshot({ path: join(SHOTS, "taskpane-findings.png"), fullPage: false });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("exports the report as the command line's JSON and offers a highlighted copy that keeps every value", async function () {
    const { page, errors } = await checkSample("thi-xa-dien-ban-ntm-2024.xlsx");
    const sample = join(ROOT, "examples", "thi-xa-dien-ban-ntm-2024.xlsx");

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải báo cáo JSON" }).click(),
    ]);
    assert.equal(json.suggestedFilename(), "thi-xa-dien-ban-ntm-2024-report.json");
    const exported = readFileSync(await json.path(), "utf8");
    const expected = validateWorkbook(await readXlsx(readFileSync(sample), "thi-xa-dien-ban-ntm-2024.xlsx"), {
      file: "thi-xa-dien-ban-ntm-2024.xlsx",
      asOf: "2024-05-31",
      lang: "vi",
    });
    assert.equal(exported, `${JSON.stringify(expected, null, 2)}\n`, "the same document as validate --json");

    await page.getByRole("heading", { name: "Tô màu" }).waitFor();
    const [copy] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải bản sao có tô màu" }).click(),
    ]);
    assert.equal(copy.suggestedFilename(), "thi-xa-dien-ban-ntm-2024 - to-mau.xlsx", "named as the command line's");
    const copied = readFileSync(await copy.path());
    const [original, reopened] = await Promise.all([
      readXlsx(readFileSync(sample), "a.xlsx"),
      readXlsx(copied, "b.xlsx"),
    ]);
    // Every value as before, and the legend sheet after the user's sheets.
    assert.deepEqual(
      reopened.slice(original.length).map((g) => g.sheet),
      ["Chú giải"],
    );
    assert.deepEqual(
      reopened.slice(0, original.length).map((g) => [g.sheet, g.rows.map((r) => r?.values)]),
      original.map((g) => [g.sheet, g.rows.map((r) => r?.values)]),
      "every value as before",
    );
    const marks = await highlightMarks(copied);
    const plan = highlightPlan(expected);
    assert.ok(plan.ranges.length > 0);
    // The plan's marks, and on the legend sheet a sample of each of the six.
    const legend = ["cell-error", "cell-warning", "line-at-risk", "line-invalid", "line-lapsed", "line-watch"];
    assert.deepEqual(
      marks,
      [...new Set([...legend.map((m) => `Chú giải|${m}`), ...plan.ranges.map((r) => `${r.sheet}|${r.mark}`)])].sort(),
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("shows results per leader and the plan unstamped, then stamps it and downloads the stamped copy", async function () {
    const { page, errors } = await checkSample("thi-xa-dien-ban-ntm-2024.xlsx");
    await page.getByRole("heading", { name: "Kết quả theo lãnh đạo phụ trách" }).waitFor();
    await page.getByText("chưa xác nhận", { exact: true }).waitFor();
    await page.getByRole("textbox", { name: "Lãnh đạo phụ trách" }).fill("Nguyễn Văn Tâm");
    await page.getByRole("textbox", { name: "Chức vụ" }).fill("PCT UBND thị xã");
    const [copy] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Xác nhận kế hoạch" }).click(),
    ]);
    assert.equal(copy.suggestedFilename(), "thi-xa-dien-ban-ntm-2024 - da xac nhan.xlsx");
    const bytes = readFileSync(await copy.path());
    const stamp = stampOf(await readMetadata(bytes))!;
    assert.equal(stamp.leader, "Nguyễn Văn Tâm");
    assert.ok((await readXlsx(bytes, "c.xlsx")).some((g) => g.sheet === "Xác nhận"));
    await page.getByText(/đã xác nhận bởi Nguyễn Văn Tâm \(PCT UBND thị xã\) ngày .*, không thay đổi/).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("lets the user correct a table's column roles and checks again with them", async function () {
    const { page, errors } = await checkSample("thi-xa-dien-ban-ntm-2024.xlsx");
    await page.getByRole("button", { name: "Xem và sửa vai trò các cột" }).first().click();
    const role = page.getByRole("combobox", { name: /^Cột A: Danh mục công trình/ });
    await role.waitFor();
    await page.getByRole("heading", { name: "Vai trò các cột" }).evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: join(SHOTS, "taskpane-mapping.png"), fullPage: false });
    await assertFits(page, "Check, the column roles open");
    const lines = async () =>
      Number(
        (
          await page
            .getByText(/dòng kế hoạch/)
            .first()
            .innerText()
        )
          .match(/^[\d.]+/)![0]
          .replace(/\./g, ""),
      );
    const before = await lines();
    assert.ok(before > 0);
    // The project-name column set aside: no table can be read without one, and the pane says so.
    await role.selectOption("ignore");
    await page.getByRole("button", { name: "Lưu và kiểm tra lại" }).click();
    await page.getByText("Không tìm thấy bảng kế hoạch giải ngân nào").waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("edits the milestone profile in Settings, refuses an invalid one, and uses a saved one", async function () {
    const { page, errors } = await checkSample("thi-xa-dien-ban-ntm-2024.xlsx");
    await page.getByRole("tab", { name: "Cài đặt" }).click();
    await page.getByRole("radio", { name: "Chỉnh mốc và ngưỡng" }).check();
    const watch = page.getByLabel("Ngưỡng cần theo dõi (% chậm so với kế hoạch)");
    await watch.fill("40");
    await page.getByText("watch must not exceed atRisk").waitFor();
    assert.ok(await page.getByRole("button", { name: "Lưu vào sổ tính" }).isDisabled());
    await watch.fill("mười");
    await page.getByText("Chưa phải là số.").waitFor();
    await watch.fill("10");
    // The 2024 plan due by 31/5: its lines are judged against a passed deadline.
    await page.getByLabel("Hạn giải ngân: Kế hoạch vốn năm 2024").fill("30/05/2024");
    await page.screenshot({ path: join(SHOTS, "taskpane-settings.png"), fullPage: true });
    await assertFits(page, "Settings, profile being edited");
    await page.getByRole("button", { name: "Lưu vào sổ tính" }).click();
    await page.getByText("Đã lưu hồ sơ vào sổ tính").waitFor();
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByText("Đã quá hạn giải ngân").first().waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("shows the day of the check on the Check tab, day first, editable there, and warns when it is past the profile's year", async function () {
    const { page, errors } = await checkSample("huyen-que-son-ntm-2024.xlsx");
    const day = page.getByLabel("Ngày kiểm tra");
    assert.equal(await day.inputValue(), "31/05/2024");
    assert.equal(await page.getByTestId("as-of-past-year").count(), 0);
    await day.fill("12/1/26");
    await page.getByText("kiểm tra đến ngày 12/1/2026", { exact: false }).waitFor();
    await page
      .getByTestId("as-of-past-year")
      .getByText(/sang năm sau năm 2024 của hồ sơ/)
      .waitFor();
    await page.screenshot({ path: join(SHOTS, "taskpane-check-date.png"), fullPage: false });
    await assertFits(page, "Check, a day past the profile's year");
    await day.fill("31/02/2024");
    await page.getByText("Không phải ngày có thật").waitFor();
    await day.fill("31.5.24");
    await page.getByText("kiểm tra đến ngày 31/5/2024", { exact: false }).waitFor();
    await day.blur();
    assert.equal(await day.inputValue(), "31/05/2024", "shown the one way once typed");
    assert.equal(await page.getByTestId("as-of-past-year").count(), 0);
    // English: the same day, still day first whatever the browser's locale.
    await page.getByRole("combobox", { name: "Ngôn ngữ" }).selectOption("en");
    assert.equal(await page.getByLabel("Check as of").inputValue(), "31/05/2024");
    await page.getByRole("combobox", { name: "Language" }).selectOption("vi");
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("has a fit check that sees an element past the pane's edge and text cut off", async function () {
    const { page } = await open();
    await page.getByRole("heading", { level: 1, name: "Giải ngân MTQG" }).waitFor();
    await assertFits(page, "the pane as it opens");
    await page.evaluate(
      `document.querySelector("main, body").insertAdjacentHTML("beforeend",
        '<p style="width:300px;overflow:hidden;white-space:nowrap">' + "Dòng có nguy cơ hoặc quá hạn ".repeat(4) + "</p>")`,
    );
    await assert.rejects(assertFits(page, "clipped"), /text clipped/);
    await page.evaluate(`document.body.insertAdjacentHTML("beforeend", '<div style="width:420px">wide</div>')`);
    await assert.rejects(assertFits(page, "wide"), /beyond the viewport/);
    await page.close();
  });

  it("says plainly why a bad file cannot be read", async function () {
    const { page } = await open();
    await page.getByRole("combobox", { name: /^(Ngôn ngữ|Language)$/ }).selectOption("vi"); // an earlier test may have left English chosen
    await page
      .locator('input[type="file"]')
      .setInputFiles(join(ROOT, "test", "fixtures", "bad", "password-protected.xlsx"));
    await page.getByText("mật khẩu", { exact: false }).first().waitFor();
    await page.close();
  });

  it("remembers the language chosen on this computer", async function () {
    const { page } = await open();
    await page.getByRole("combobox", { name: "Ngôn ngữ" }).selectOption("en");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "NTP Disbursement" }).waitFor();
    await page.getByRole("combobox", { name: "Language" }).selectOption("vi");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Giải ngân MTQG" }).waitFor();
    await page.close();
  });

  it("inside Excel, checks the open workbook, says why it cannot, and follows the Office theme", async function () {
    const { page, errors } = await open(EXCEL_DARK);
    await page.getByRole("heading", { level: 1, name: "Giải ngân MTQG" }).waitFor();
    // This stub has no Excel API to read with: the pane says so instead of failing silently.
    await page.getByText("Không kiểm tra được.").waitFor();
    await page.getByText("Excel is not defined").first().waitFor();
    await page.getByRole("button", { name: "Kiểm tra lại" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Chọn tệp .xlsx…" }).count(), 0, "no file picker in Excel");
    await assertFits(page, "inside Excel");
    const background = await page.locator(".fui-FluentProvider").evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(background, "rgb(38, 38, 38)");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
