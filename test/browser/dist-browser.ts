/**
 * What every browser suite sets up: dist/ (from `npm run build`) served on
 * 127.0.0.1 and a pane-sized Chromium, for the suite's duration, and pages
 * that cannot reach anything but that server.
 */

import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, type Chromium } from "./chromium";
import { serveStatic, type StaticServer } from "./static-server";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
/** Where screenshots go: `npm run screenshots` points this at docs/screenshots; a plain test run keeps them out of the tree. */
export const SHOTS = resolve(ROOT, process.env.SCREENSHOT_DIR ?? join("test-output", "screenshots"));

export interface DistBrowser {
  /** The server's base URL (set once the suite's `before` hook has run). */
  readonly url: string;
  /** A new page whose requests off 127.0.0.1 are aborted, each URL passed to `onExternal`. */
  offlinePage(onExternal?: (url: string) => void): Promise<Page>;
}

/** Registers the suite's hooks; call inside `describe`. `page` is the built page the suite opens. */
export function useDistBrowser(page: string): DistBrowser {
  let server: StaticServer | undefined;
  let chromium: Chromium | undefined;

  before(async function () {
    if (!existsSync(join(DIST, page))) {
      throw new Error(`${DIST}/${page} is missing: run "npm run build" before this test`);
    }
    server = await serveStatic(DIST);
    chromium = await launchChromium();
  });

  after(async function () {
    await chromium?.close();
    await server?.close();
  });

  return {
    get url() {
      if (!server) throw new Error("the browser suite has not started");
      return server.url;
    },
    async offlinePage(onExternal) {
      if (!chromium) throw new Error("the browser suite has not started");
      const p = await chromium.context.newPage();
      await p.route(
        (url) => url.hostname !== "127.0.0.1",
        (route) => {
          onExternal?.(route.request().url());
          return route.abort();
        },
      );
      return p;
    },
  };
}
