/**
 * The task pane in headless Chromium with no Office: office.js is blocked, so
 * the pane must start in file mode by itself. Expects dist/ from `npm run build`.
 */

import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, type Chromium } from "./chromium";
import { serveStatic, type StaticServer } from "./static-server";

const ROOT = resolve(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
// `npm run screenshots` points this at docs/screenshots; a plain test run keeps them out of the tree.
const SHOTS = resolve(ROOT, process.env.SCREENSHOT_DIR ?? join("test-output", "screenshots"));
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
  onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  context: {
    officeTheme: {
      bodyBackgroundColor: "#262626",
      bodyForegroundColor: "#FFFFFF",
      controlBackgroundColor: "#404040",
      controlForegroundColor: "#FFFFFF",
      isDarkTheme: true,
    },
  },
};`;

interface Watched {
  page: Page;
  /** Requests that left 127.0.0.1 (all aborted). */
  external: string[];
  /** Scripts fetched from the local server, as paths. */
  scripts: string[];
  errors: string[];
}

describe("task pane in headless Chromium, office.js blocked", function () {
  let server: StaticServer;
  let chromium: Chromium;

  before(async function () {
    if (!existsSync(join(DIST, "taskpane.html"))) {
      throw new Error(`${DIST}/taskpane.html is missing: run "npm run build" before this test`);
    }
    server = await serveStatic(DIST);
    chromium = await launchChromium();
  });

  after(async function () {
    await chromium?.close();
    await server?.close();
  });

  /** Opens the pane; `officeStub` runs before the page's scripts (office.js itself is always blocked). */
  async function open(officeStub?: string): Promise<Watched> {
    const page = await chromium.context.newPage();
    if (officeStub) await page.addInitScript(officeStub);
    const watched: Watched = { page, external: [], scripts: [], errors: [] };
    // Nothing leaves the machine: office.js (and anything else remote) fails to load.
    await page.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) => {
        watched.external.push(route.request().url());
        return route.abort();
      },
    );
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.hostname === "127.0.0.1" && url.pathname.endsWith(".js")) watched.scripts.push(url.pathname.slice(1));
    });
    page.on("pageerror", (error) => watched.errors.push(error.message));
    await page.goto(`${server.url}/taskpane.html`);
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

    // Keyboard: the language choice, then the file button.
    const language = page.getByRole("combobox", { name: "Ngôn ngữ" });
    await page.keyboard.press("Tab");
    assert.ok(await language.evaluate((el) => el === document.activeElement), "Tab reaches the language choice first");
    await page.keyboard.press("Tab");
    assert.ok(await pick.evaluate((el) => el === document.activeElement), "Tab reaches the file button next");

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

  it("checks a picked sample workbook and lists its findings with their cells", async function () {
    const { page, errors } = await open();
    await page.getByRole("combobox").selectOption("vi");
    await page.getByLabel("Ngày kiểm tra").fill("2024-05-31");
    await page.locator('input[type="file"]').setInputFiles(join(ROOT, "examples", "thi-xa-dien-ban-ntm-2024.xlsx"));
    await page.getByText("kiểm tra đến ngày 31/5/2024", { exact: false }).waitFor();
    // As of 31/5/2024 the sample's deliberate plan-after-deadline shows, and nothing has lapsed.
    await page.getByText("I9").first().waitFor();
    await page.getByText("KH giải ngân", { exact: false }).first().waitFor();
    await page.getByText("E17").first().waitFor();
    await page.getByText("D16").first().waitFor();
    assert.match(await page.locator("body").innerText(), /group-sum-mismatch/);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "taskpane-findings.png"), fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("says plainly why a bad file cannot be read", async function () {
    const { page } = await open();
    await page.getByRole("combobox").selectOption("vi"); // an earlier test may have left English chosen
    await page
      .locator('input[type="file"]')
      .setInputFiles(join(ROOT, "test", "fixtures", "bad", "password-protected.xlsx"));
    await page.getByText("mật khẩu", { exact: false }).first().waitFor();
    await page.close();
  });

  it("remembers the language chosen on this computer", async function () {
    const { page } = await open();
    await page.getByRole("combobox").selectOption("en");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "NTP Disbursement" }).waitFor();
    await page.getByRole("combobox").selectOption("vi");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Giải ngân MTQG" }).waitFor();
    await page.close();
  });

  it("inside Excel, describes the add-in and follows the Office theme", async function () {
    const { page, errors } = await open(EXCEL_DARK);
    await page.getByRole("heading", { level: 1, name: "Giải ngân MTQG" }).waitFor();
    await page.getByText("ngay trong sổ tính Excel đang dùng").waitFor();
    assert.equal(await page.getByRole("button", { name: "Chọn tệp .xlsx…" }).count(), 0, "no file picker in Excel");
    const background = await page.locator(".fui-FluentProvider").evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(background, "rgb(38, 38, 38)");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
