/**
 * `npm run manifest:check [MANIFEST] [--base URL]`: the manifest's structure
 * (test/helpers/manifest-check.ts), with icons looked up in assets/ beside it; then
 * xmllint against the add-in manifest schemas, only when a copy of them sits
 * beside the project in ../shared/office-manifest-xsd (they may not be copied
 * in). Without it stderr says the schema step was skipped, and the check still
 * passes or fails on its own rules. Exit 0 clean, 1 problems, 2 cannot run.
 *
 * The base defaults to the development server's; a manifest built with
 * ADDIN_URL (dist/manifest.xml) is checked with `--base "$ADDIN_URL"`.
 */

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { checkManifest, pngDimensions } from "../test/helpers/manifest-check";

const DEV_URL = "https://localhost:3000/";
const SCHEMA = resolve(__dirname, "../../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd");

function main(args: string[]): number {
  const baseAt = args.indexOf("--base");
  let base = DEV_URL;
  if (baseAt >= 0) {
    base = args[baseAt + 1] ?? "";
    args.splice(baseAt, 2);
    if (!base.startsWith("https://")) {
      console.error(`manifest:check: --base must be an https:// URL, got "${base}"`);
      return 2;
    }
    if (!base.endsWith("/")) base += "/";
  }
  const manifest = resolve(args[0] ?? join(__dirname, "..", "manifest.xml"));
  if (!existsSync(manifest)) {
    console.error(`manifest:check: ${manifest} not found`);
    return 2;
  }
  const root = dirname(manifest);
  const problems = checkManifest(readFileSync(manifest, "utf8"), {
    baseUrl: base,
    pngSize: (file) => {
      const path = join(root, file);
      return existsSync(path) ? pngDimensions(readFileSync(path)) : null;
    },
  });
  for (const problem of problems) console.error(`manifest:check: ${manifest}: ${problem}`);
  let status = problems.length === 0 ? 0 : 1;

  if (!existsSync(SCHEMA)) {
    console.error(
      `manifest:check: schema step skipped: no ${SCHEMA} beside the project (the structural check above still ran)`,
    );
  } else {
    const lint = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, manifest], { stdio: "inherit" });
    if (lint.error) {
      console.error("manifest:check: xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils)");
      return 2;
    }
    if (lint.status !== 0) status = 1;
  }
  if (status === 0) console.log(`${manifest}: structure as required, every URL under ${base}, every icon at its size`);
  return status;
}

process.exitCode = main(process.argv.slice(2));
