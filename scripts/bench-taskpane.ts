/**
 * The task pane's start-up cost, for `npm run bench` (expects dist/ from `npm run build`):
 * the gzipped size of the scripts taskpane.html loads before anything is picked, whether
 * ExcelJS is among them, and the time to first render (the pane's heading on screen) in
 * headless Chromium with office.js blocked, as in file mode.
 */

import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../test/browser/chromium";
import { serveStatic } from "../test/browser/static-server";

const DIST = resolve(__dirname, "..", "dist");
const RUNS = 7;

function entryScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

async function firstRenderMs(): Promise<number[]> {
  const server = await serveStatic(DIST);
  const chromium = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await chromium.context.newPage();
      await page.route(
        (url) => url.hostname !== "127.0.0.1",
        (route) => route.abort(),
      );
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    return times;
  } finally {
    await chromium.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const scripts = entryScripts();
  const gz = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join(DIST, s)), { level: 9 }).length, 0);
  const exceljs = scripts.filter((s) => /exceljs/i.test(s) || readFileSync(join(DIST, s), "utf8").includes("ExcelJS"));
  const times = (await firstRenderMs()).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `first chunk (the ${scripts.length} scripts taskpane.html loads): ${(gz / 1024).toFixed(1)} KB gzipped (aim: at most 250 KB); ` +
      `ExcelJS in it: ${exceljs.length === 0 ? "no" : exceljs.join(", ")}`,
  );
  console.log(
    `time to first render in headless Chromium, file mode: median ${Math.round(median)} ms of ${RUNS} (from navigation start to the heading)`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
