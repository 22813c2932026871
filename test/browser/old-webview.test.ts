/**
 * The first script of every built page, for webviews too old for the bundle
 * (Internet Explorer in Excel 2016/2019, the old Edge): it must parse as ES5,
 * say why the pane cannot run, and keep the rest of the page from loading.
 * Expects dist/ from `npm run build`.
 */

import { strict as assert } from "node:assert";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { parse } from "acorn";
import { DIST, SHOTS, useDistBrowser } from "./dist-browser";

const PAGES = ["taskpane.html", "commands.html", "consolidate.html", "notice.html"];
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

/** The page's first inline script (the one before office.js and the bundle). */
function firstInlineScript(page: string): { script: string; before: string } {
  const html = readFileSync(join(DIST, page), "utf8");
  const m = /<script>([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, `${page} has no inline script`);
  const before = html.slice(0, m.index);
  return { script: m[1], before };
}

/** What the script writes into the page, run as an engine with `userAgent` would run it. */
function written(script: string, userAgent: string): string {
  let out = "";
  runInNewContext(script, { navigator: { userAgent }, document: { write: (s: string) => (out += s) } });
  return out;
}

describe("old-webview message", () => {
  for (const page of PAGES) {
    it(`${page}: its first script parses as ES5 and comes before every other script`, () => {
      const { script, before } = firstInlineScript(page);
      parse(script, { ecmaVersion: 5, sourceType: "script" });
      assert.doesNotMatch(before, /<script/i);
    });
  }

  it("in Internet Explorer and the old Edge writes the message in Vietnamese and English, then makes the rest of the page inert text", () => {
    const { script } = firstInlineScript("taskpane.html");
    for (const ua of [IE11, EDGE_HTML]) {
      const out = written(script, ua);
      assert.match(out, /không chạy được trong phiên bản Excel này/);
      assert.match(out, /cannot run in this version of Excel/);
      assert.match(out, /<plaintext[^>]*>$/, "everything after the script becomes text");
    }
  });

  it("writes nothing in WebView2, whose engine parses the bundle", () => {
    assert.equal(written(firstInlineScript("taskpane.html").script, WEBVIEW2), "");
  });

  it("writes the message in an engine that cannot parse ES2020, whatever its name", () => {
    const { script } = firstInlineScript("commands.html");
    let out = "";
    const context = {
      navigator: { userAgent: "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Version/12.1 Safari/605.1.15" },
      document: { write: (s: string) => (out += s) },
      // An old engine's Function constructor: the syntax check throws.
      Function: () => {
        throw new SyntaxError("Unexpected token '.'");
      },
    };
    runInNewContext(script, context);
    assert.match(out, /NTP Disbursement cannot run/);
  });

  describe("in Chromium posing as Internet Explorer 11", () => {
    const browser = useDistBrowser("taskpane.html");

    // Chromium's preload scanner may fetch the scripts named further down ahead of the
    // parser; fetched is not run: after <plaintext> they are text, never script elements.
    it("shows the message and never runs office.js or the bundle", async () => {
      const page = await browser.offlinePage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Network.setUserAgentOverride", { userAgent: IE11 });
      await page.goto(`${browser.url}/taskpane.html`);
      await page.getByText("Giải ngân MTQG không chạy được trong phiên bản Excel này.").waitFor();
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, "old-webview-message.png"), fullPage: true });
      assert.equal(await page.locator("#root").count(), 0, "the pane's root element is never parsed");
      assert.equal(await page.locator("script[src]").count(), 0, "no script element names office.js or a bundle");
      const ran = await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith("webpackChunk")));
      assert.deepEqual(ran, [], "no bundle chunk ran");
      await page.close();
    });
  });
});
