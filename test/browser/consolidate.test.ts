/**
 * The Consolidate view end to end in headless Chromium, file mode, on its
 * own page (dist/consolidate.html; the pane shell mounts the same view).
 * Expects dist/ from `npm run build`.
 */

import { strict as assert } from "node:assert";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { launchChromium, type Chromium } from "./chromium";
import { serveStatic, type StaticServer } from "./static-server";
import { assertFits } from "./fits";

const ROOT = resolve(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SHOTS = resolve(ROOT, process.env.SCREENSHOT_DIR ?? join("test-output", "screenshots"));
const EXAMPLES = join(ROOT, "examples");

describe("Consolidate view in headless Chromium, file mode", function () {
  this.timeout(180000);
  let server: StaticServer;
  let chromium: Chromium;

  before(async function () {
    if (!existsSync(join(DIST, "consolidate.html"))) {
      throw new Error(`${DIST}/consolidate.html is missing: run "npm run build" before this test`);
    }
    server = await serveStatic(DIST);
    chromium = await launchChromium();
  });

  after(async function () {
    await chromium?.close();
    await server?.close();
  });

  it("reads many files with their status, takes an edited unit and last month's files, consolidates and offers the workbook", async function () {
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) => route.abort(),
    );
    // A picked file changed on disk before it was read: the browser refuses its bytes.
    await page.addInitScript(() => {
      const bytes = File.prototype.arrayBuffer;
      File.prototype.arrayBuffer = function (this: File) {
        return this.name === "huyen-doi-sau-khi-chon.xlsx"
          ? Promise.reject(new DOMException("The requested file could not be read", "NotReadableError"))
          : bytes.call(this);
      };
    });
    await page.goto(`${server.url}/consolidate.html`);
    const changed = join(ROOT, "test-output", "huyen-doi-sau-khi-chon.xlsx");
    mkdirSync(join(ROOT, "test-output"), { recursive: true });
    writeFileSync(changed, "x");
    await page.getByRole("combobox", { name: /^(Ngôn ngữ|Language)$/ }).selectOption("vi");
    await page.getByLabel("Số liệu đến ngày").fill("2024-05-31");

    const files = ["huyen-que-son-ntm-2024.xlsx", "thi-xa-dien-ban-ntm-2024.xlsx", "so-ldtbxh-gnbv-2024.xlsx"].map(
      (f) => join(EXAMPLES, f),
    );
    await page
      .getByTestId("consolidate-files")
      .setInputFiles([
        ...files,
        join(ROOT, "test", "fixtures", "bad", "password-protected.xlsx"),
        join(ROOT, "test", "fixtures", "libreoffice", "huyen-bac-tra-my-2024.xlsx"),
        changed,
      ]);
    await page.getByText("Đã đọc 6/6 tệp").waitFor();
    const statuses = await page.getByTestId("consolidate-status").allInnerTexts();
    assert.equal(statuses.length, 6);
    assert.match(statuses[0], /đọc được 17 dòng kế hoạch/); // Quế Sơn: 17 works lines, not its total and heading rows
    assert.match(statuses[3], /bị loại: tệp được bảo vệ bằng mật khẩu/);
    assert.match(statuses[5], /bị loại: không đọc được tệp \(The requested file could not be read\)/);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "consolidate-files.png"), fullPage: true });

    // The unit read from the title rows is shown for confirmation; the user corrects one.
    const unit = page.getByLabel("Đơn vị của tệp huyen-bac-tra-my-2024.xlsx");
    assert.equal(await unit.inputValue(), "Huyện Bắc Trà My");
    await unit.fill("UBND huyện Bắc Trà My (bản sửa)");

    // The department is not on the list: it is left out of the totals, and said so.
    await page
      .getByLabel("Đơn vị phải nộp", { exact: false })
      .fill("Huyện Quế Sơn\nHuyện Phước Sơn\nThị xã Điện Bàn\nUBND huyện Bắc Trà My (bản sửa)");
    await page.getByTestId("consolidate-treasury").setInputFiles(join(EXAMPLES, "consolidate", "kho-bac-2024-05.xlsx"));
    // Last month's submissions of Quế Sơn and Điện Bàn: their plans have since moved money later and shrunk.
    const lastMonth = join(EXAMPLES, "consolidate", "thang-04");
    const previous = readdirSync(lastMonth).filter((f) => f.endsWith(".xlsx"));
    assert.equal(previous.length, 2);
    await page.getByTestId("consolidate-previous").setInputFiles(previous.map((f) => join(lastMonth, f)));
    await page.getByText(`Lần nộp trước: ${previous.join(", ")}`).waitFor();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    const result = page.getByTestId("consolidate-result");
    await result.waitFor();
    const text = await result.innerText();
    assert.match(text, /Đã tổng hợp\s+3/);
    assert.match(text, /Bị loại\s+3/);
    assert.match(text, /Đơn vị chưa nộp\s+Huyện Phước Sơn/);
    assert.match(
      text,
      /Không có trong danh sách \(bị loại, không cộng vào tổng\)\s+Sở Lao động - Thương binh và Xã hội/,
    );
    const judged = await page.getByTestId("consolidate-status").allInnerTexts();
    assert.match(judged[2], /bị loại: đơn vị "Sở Lao động - Thương binh và Xã hội" không có trong danh sách/);
    assert.match(text, /Chênh lệch với Kho bạc/);
    const slipped = Number(/Dòng thay đổi so với lần trước\s+(\d+)/.exec(text)?.[1]);
    assert.ok(slipped > 0, text);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "consolidate-view.png"), fullPage: true });
    await assertFits(page, "Consolidate, a result shown");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải sổ tổng hợp (.xlsx)" }).click(),
    ]);
    const saved = join(SHOTS, "..", "consolidate-download.xlsx");
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
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
        "Trượt kế hoạch",
      ],
    );
    // One slippage row per line listed, each naming a unit whose previous files were picked.
    const slippage: unknown[] = [];
    wb.getWorksheet("Trượt kế hoạch")!.eachRow((row, n) => n > 4 && slippage.push(row.getCell(2).value));
    assert.equal(slippage.length, slipped);
    assert.deepEqual([...new Set(slippage)].sort(), ["Huyện Quế Sơn", "Thị xã Điện Bàn"]);
    const units: unknown[] = [];
    wb.getWorksheet("Tổng hợp")!.eachRow((row) => units.push(row.getCell(2).value));
    assert.ok(units.includes("UBND huyện Bắc Trà My (bản sửa)"), "the edited unit is used");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
