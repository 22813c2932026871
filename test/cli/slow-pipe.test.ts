import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatePlan } from "../../src/bench/generate";
import { BIN } from "../helpers/cli";

/**
 * Runs the built command under GNU time (its peak resident set as the kernel
 * counts it), stdout to `out`: a file descriptor, or "pipe" read only after
 * `waitMs`, as `| (sleep 5; cat)` does. Returns the peak RSS in KB and the bytes printed.
 */
function peakRss(
  args: string[],
  dir: string,
  out: number | "pipe",
  waitMs = 0,
): Promise<{ kb: number; bytes: number }> {
  const rssFile = join(dir, `rss-${Date.now()}.txt`);
  const child = spawn("/usr/bin/time", ["-f", "%M", "-o", rssFile, process.execPath, BIN, ...args], {
    stdio: ["ignore", out, "ignore"],
  });
  let bytes = 0;
  if (child.stdout) {
    child.stdout.pause();
    child.stdout.on("data", (b: Buffer) => (bytes += b.length));
    setTimeout(() => child.stdout!.resume(), waitMs);
  }
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`exit ${code}`));
      resolve({ kb: Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()), bytes });
    });
  });
}

describe("output into a slow pipe", () => {
  it("takes no more memory than output into a file: the command waits for the reader", async function () {
    if (!statSync("/usr/bin/time", { throwIfNoEntry: false })) this.skip();
    this.timeout(240_000);
    const dir = mkdtempSync(join(tmpdir(), "ntp-pipe-"));
    try {
      const plan = join(dir, "plan.xlsx");
      await generatePlan(plan, 20_000);
      const args = ["validate", plan, "--json", "--as-of", "2024-05-31"];
      const outFile = join(dir, "report.json");
      const fd = openSync(outFile, "w");
      const file = await peakRss(args, dir, fd);
      closeSync(fd);
      const pipe = await peakRss(args, dir, "pipe", 4_000);
      const reportBytes = statSync(outFile).size;
      assert.equal(pipe.bytes, reportBytes, "the whole report comes through the pipe");
      assert.ok(reportBytes > 15e6, `a report of ${reportBytes} bytes`);
      // Were the report queued in memory, the pipe would cost about twice its size more.
      assert.ok(pipe.kb < file.kb + 20_000, `into a pipe ${pipe.kb} KB, into a file ${file.kb} KB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
