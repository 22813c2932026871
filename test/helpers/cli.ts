/** The built command as users run it (`node bin/ntp-disburse.js …`), for the end-to-end tests. */

import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const BIN = join(ROOT, "bin", "ntp-disburse.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command in `cwd` and waits for it; stdout and stderr as text. */
export function runIn(cwd: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the command from the repository's root (where examples/ is). */
export function run(...args: string[]): CliRun {
  return runIn(ROOT, ...args);
}
