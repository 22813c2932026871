/**
 * Inside Excel (office.js stubbed, display language English): the pane starts
 * in Office's language, and shows a ribbon command's recorded failure until
 * the user dismisses it. Expects dist/ from `npm run build`.
 */

import { strict as assert } from "node:assert";
import { ribbonFailure } from "../../src/commands/failure";
import { useDistBrowser } from "./dist-browser";

/** office.js inside an English Excel, reduced to what the pane reads. A string: tsx would add helpers the page lacks. */
const EXCEL_EN = `window.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  context: { platform: "PC", displayLanguage: "en-US", requirements: { isSetSupported: () => true } },
};`;

describe("task pane inside an English Excel, after a ribbon command failed", () => {
  const browser = useDistBrowser("taskpane.html");

  it("speaks English, shows the failure with its reason, and forgets it once dismissed", async () => {
    const page = await browser.offlinePage();
    const failure = ribbonFailure("checkNow", new TypeError("the sheet is locked"), new Date());
    await page.addInitScript(EXCEL_EN);
    await page.addInitScript((record) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("ntp-disburse.ribbonFailure", record);
        sessionStorage.setItem("seeded", "1");
      }
    }, JSON.stringify(failure));
    await page.goto(`${browser.url}/taskpane.html`);
    await page.getByRole("heading", { level: 1, name: "NTP Disbursement" }).waitFor();
    await page.getByText('"Check now" did not complete. Unexpected error: the sheet is locked').waitFor();
    await page.getByRole("button", { name: "Dismiss" }).click();
    await page.getByText('"Check now" did not complete.').waitFor({ state: "detached" });
    assert.equal(await page.evaluate(() => localStorage.getItem("ntp-disburse.ribbonFailure")), null);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "NTP Disbursement" }).waitFor();
    assert.equal(await page.getByText("did not complete").count(), 0);
    await page.close();
  });
});
