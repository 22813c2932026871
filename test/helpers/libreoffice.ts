/** LibreOffice headless in tests: recalculating a workbook as a spreadsheet application would. */

import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function hasLibreOffice(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

/**
 * A private LibreOffice profile that recalculates every formula of an .xlsx
 * on loading (its default keeps the cached results it finds).
 */
function recalculatingProfile(dir: string): string {
  const user = join(dir, "profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${join(dir, "profile")}`;
}

/** Converts an .xlsx with LibreOffice (to "xlsx" or "pdf"), every formula recalculated; returns the output's bytes. */
export function convertWithLibreOffice(bytes: Uint8Array, to: "xlsx" | "pdf", name = "book"): Uint8Array {
  return convertAll([bytes], to, name)[0];
}

/** Round-trips many .xlsx files through LibreOffice in one call (it starts once), every formula recalculated. */
export function convertManyWithLibreOffice(files: Uint8Array[]): Uint8Array[] {
  return files.length === 0 ? [] : convertAll(files, "xlsx", "book");
}

function convertAll(files: Uint8Array[], to: "xlsx" | "pdf", name: string): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), "ntp-lo-"));
  const outDir = join(dir, "out");
  const names = files.map((_, i) => (files.length === 1 ? name : `${name}-${i}`));
  const inputs = files.map((bytes, i) => {
    const input = join(dir, `${names[i]}.xlsx`);
    writeFileSync(input, bytes);
    return input;
  });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${recalculatingProfile(dir)}`,
      "--headless",
      "--norestore",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      ...inputs,
    ],
    { stdio: "pipe", timeout: 120_000 + 5_000 * files.length },
  );
  return names.map((n) => readFileSync(join(outDir, `${n}.${to}`)));
}
