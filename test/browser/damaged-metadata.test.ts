/**
 * The Check view in headless Chromium (file mode) on a workbook whose saved
 * metadata a hand edit damaged: the pane says so, as the command line does,
 * instead of going on silently. Expects dist/ from `npm run build`.
 */

import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { metadataToXml } from "../../src/engine/metadata";
import { ROOT, SHOTS, useDistBrowser } from "./dist-browser";
import { assertFits } from "./fits";

const FILE = "thi-xa-dien-ban-ntm-2024.xlsx";

/** The sample with a saved profile and a "mappings" member whose JSON a stray letter broke. */
function damagedWorkbook(): Buffer {
  const files = unzipSync(new Uint8Array(readFileSync(join(ROOT, "examples", FILE))));
  const xml = metadataToXml({ version: 1, profile: { id: "qn-edited", extends: "quang-nam-2024" }, mappings: [] });
  const key = "&quot;mappings&quot;:";
  const at = xml.indexOf(key) + key.length;
  files["customXml/item1.xml"] = strToU8(`${xml.slice(0, at)}x${xml.slice(at)}`);
  return Buffer.from(zipSync(files));
}

describe("task pane in headless Chromium: a workbook whose saved metadata is damaged", function () {
  const browser = useDistBrowser("taskpane.html");

  it("warns in Check that the add-in's data is damaged and what was lost, in Vietnamese and in English", async function () {
    const page = await browser.offlinePage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${browser.url}/taskpane.html`);
    await page.getByRole("combobox", { name: /^(Ngôn ngữ|Language)$/ }).selectOption("vi");
    await page.getByRole("tab", { name: "Cài đặt" }).click();
    await page.getByLabel("Ngày kiểm tra").fill("2024-05-31");
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: FILE, mimeType: "application/octet-stream", buffer: damagedWorkbook() });
    const warning = page.getByTestId("damaged-metadata");
    await warning
      .getByText(
        `${FILE}: dữ liệu của add-in lưu trong tệp bị hỏng; mất phần: vai trò cột đã xác nhận, giữ lại phần đọc được`,
      )
      .waitFor();
    await page.screenshot({ path: join(SHOTS, "taskpane-damaged-metadata.png"), fullPage: false });
    await assertFits(page, "Check, damaged metadata");
    await page.getByRole("combobox", { name: "Ngôn ngữ" }).selectOption("en");
    await warning.getByText("the add-in's data stored in the file is damaged; lost: confirmed column roles").waitFor();
    await page.getByRole("combobox", { name: "Language" }).selectOption("vi");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
