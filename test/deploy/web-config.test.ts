/**
 * deploy/iis/web.config caches everything for a year except the files it
 * names: every file of dist/ that keeps its name from one version to the
 * next must be named there, or officers would keep last year's copy.
 * Expects dist/ from `npm run build`.
 */

import { strict as assert } from "node:assert";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DIST, ROOT } from "../browser/dist-browser";

const HASHED = /\.[0-9a-f]{8}\.js(\.map|\.LICENSE\.txt)?$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [relative(DIST, join(dir, e.name)).split("\\").join("/")],
  );
}

describe("IIS configuration (deploy/iis/web.config)", () => {
  const config = readFileSync(join(ROOT, "deploy", "iis", "web.config"), "utf8");
  const exceptions = [...config.matchAll(/<location path="([^"]+)">/g)].map((m) => m[1]);

  it("is copied into dist/ by the build", function () {
    if (!existsSync(join(DIST, "taskpane.html"))) throw new Error('dist/ is missing: run "npm run build"');
    assert.equal(readFileSync(join(DIST, "web.config"), "utf8"), config);
  });

  it("names every file of dist/ whose name does not change with its content", () => {
    const unnamed = filesUnder(DIST).filter(
      (file) =>
        file !== "web.config" && !HASHED.test(file) && !exceptions.some((p) => file === p || file.startsWith(`${p}/`)),
    );
    assert.deepEqual(unnamed, [], "add a <location> for each to deploy/iis/web.config");
  });
});
