/**
 * The user guide: every picture it shows is a screenshot the repository has,
 * and the pane's header link "Hướng dẫn" opens it, rendered into dist/ with
 * its pictures. Expects dist/ from `npm run build`.
 */

import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, useDistBrowser } from "./dist-browser";

const GUIDE = readFileSync(join(ROOT, "docs", "huong-dan-su-dung.md"), "utf8");
const PICTURES = [...GUIDE.matchAll(/\]\(screenshots\/([^)\s]+)\)/g)].map((m) => m[1]);

describe("user guide", () => {
  it("shows only screenshots that are in docs/screenshots", () => {
    assert.ok(PICTURES.length >= 10, `${PICTURES.length} pictures`);
    assert.deepEqual(
      PICTURES.filter((p) => !existsSync(join(ROOT, "docs", "screenshots", p))),
      [],
      "npm run screenshots",
    );
  });

  describe("in Chromium", () => {
    const browser = useDistBrowser("huong-dan/index.html");

    it("opens from the pane's header link, with every picture loaded", async () => {
      const page = await browser.offlinePage();
      await page.goto(`${browser.url}/taskpane.html`);
      const [guide] = await Promise.all([
        page.context().waitForEvent("page"),
        page.getByRole("link", { name: "Hướng dẫn" }).click(),
      ]);
      await guide.waitForLoadState("load");
      assert.match(guide.url(), /\/huong-dan\/index\.html$/);
      await guide.getByRole("heading", { level: 1, name: "Hướng dẫn sử dụng Giải ngân MTQG" }).waitFor();
      const images = await guide.$$eval("img", (imgs) =>
        imgs.map((img) => ({ src: img.getAttribute("src"), ok: img.complete && img.naturalWidth > 0 })),
      );
      assert.equal(images.length, PICTURES.length);
      assert.deepEqual(
        images.filter((i) => !i.ok).map((i) => i.src),
        [],
      );
      await guide.close();
      await page.close();
    });
  });
});
