/**
 * The deployment of docs/trien-khai.md tried here: scripts/serve-https.sh runs
 * nginx with deploy/nginx/ntp-disburse.conf over HTTPS (self-signed) on a
 * loopback port, serving dist/ (`npm run build`); the pane loads from it in
 * Chromium and every file comes with the type and caching the guide promises.
 * Skipped where nginx is neither installed nor installable (not root);
 * scripts/ensure-test-deps.sh installs it before `npm test`.
 */

import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium, type Chromium } from "../browser/chromium";
import { DIST, ROOT } from "../browser/dist-browser";

const SCRIPT = join(ROOT, "scripts", "serve-https.sh");
const nginxThere = existsSync("/usr/sbin/nginx");
const installable = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Status and headers of a HEAD request, trusting only the server's own certificate. */
function head(
  url: string,
  ca: Buffer,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "HEAD", ca }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("hosting dist/ with nginx over HTTPS (docs/trien-khai.md)", function () {
  let state = "";
  let base = "";
  let chromium: Chromium | undefined;

  before(async function () {
    if (!nginxThere && !installable) {
      console.error("nginx-https: skipped: nginx is not installed and cannot be installed here (not root)");
      this.skip();
    }
    if (!existsSync(join(DIST, "taskpane.html")))
      throw new Error(`${DIST}/taskpane.html is missing: run "npm run build"`);
    this.timeout(300_000); // installing nginx, when it is missing
    state = mkdtempSync(join(tmpdir(), "ntp-disburse-https-"));
    const port = await freePort();
    const url = execFileSync("bash", [SCRIPT, "start", String(port), DIST], {
      env: { ...process.env, NTP_SERVE_DIR: state },
      encoding: "utf8",
    }).trim();
    assert.equal(url, `https://127.0.0.1:${port}/ntp-disburse/taskpane.html`);
    base = url.replace(/taskpane\.html$/, "");
  });

  after(async function () {
    await chromium?.close();
    if (state) {
      execFileSync("bash", [SCRIPT, "stop"], { env: { ...process.env, NTP_SERVE_DIR: state } });
      rmSync(state, { recursive: true, force: true });
    }
  });

  it("serves pages and the manifest uncached, hashed bundles cached for a year, each with its type", async () => {
    const ca = readFileSync(join(state, "cert.pem"));
    const bundle = readdirSync(DIST).find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f));
    assert.ok(bundle, "dist/ has a hashed taskpane bundle");
    const expected: [string, RegExp, string][] = [
      ["taskpane.html", /^text\/html; charset=utf-8$/, "no-cache"],
      ["commands.html", /^text\/html/, "no-cache"],
      ["manifest.xml", /^text\/xml; charset=utf-8$/, "no-cache"],
      [bundle, /^application\/javascript; charset=utf-8$/, "public, max-age=31536000, immutable"],
      ["assets/icon-32.png", /^image\/png$/, "public, max-age=86400"],
    ];
    for (const [file, type, cache] of expected) {
      const res = await head(base + file, ca);
      assert.equal(res.status, 200, file);
      assert.match(String(res.headers["content-type"]), type, file);
      assert.equal(res.headers["cache-control"], cache, file);
    }
    assert.equal((await head(`${base}web.config`, ca)).status, 404, "IIS's configuration is not served");
  });

  it("loads the task pane from it in Chromium, which renders it", async () => {
    chromium = await launchChromium();
    const page = await chromium.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    // The certificate is self-signed: Chromium's --ignore-certificate-errors, for this page.
    await cdp.send("Security.setIgnoreCertificateErrors", { ignore: true });
    await page.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) => route.abort(),
    );
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}taskpane.html`);
    await page.getByRole("heading", { level: 1, name: "Giải ngân MTQG" }).waitFor();
    await page.getByRole("button", { name: "Chọn tệp .xlsx…" }).waitFor();
    assert.deepEqual(errors, []);
  });
});
