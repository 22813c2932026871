import { strict as assert } from "node:assert";
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT } from "../helpers/cli";

const SAMPLE = join(ROOT, "examples", "huyen-que-son-ntm-2024.xlsx");
const EXAMPLES = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => join(ROOT, "examples", f));

/** The built command, killed after 15 s: a FIFO that blocks must fail the test, not hang it. */
function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd, timeout: 15000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function fifo(dir: string, name: string): string {
  const path = join(dir, name);
  execFileSync("mkfifo", [path]);
  return path;
}

/** Exit 2 and exactly one line on stderr naming the file and why. */
function refusedInOneLine(r: { code: number | null; stderr: string }, file: string, why: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, r.stderr);
  assert.ok(lines[0].startsWith(`ntp-disburse: ${file}: `), r.stderr);
  assert.match(lines[0], why);
}

const NOT_REGULAR_VI = /không phải một tệp thông thường/;

describe("ntp-disburse reads only regular files", () => {
  it("refuses /dev/zero at once instead of reading it without end", () => {
    const started = Date.now();
    refusedInOneLine(run(ROOT, "validate", "/dev/zero", "--as-of", "2024-05-31"), "/dev/zero", NOT_REGULAR_VI);
    assert.ok(Date.now() - started < 10000);
  });

  it("refuses a FIFO named .xlsx without waiting for a writer, in English too", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-fifo-"));
    const pipe = fifo(dir, "plan.xlsx");
    refusedInOneLine(run(dir, "validate", pipe, "--as-of", "2024-05-31", "--lang", "en"), pipe, /not a regular file/);
    refusedInOneLine(
      run(dir, "template", pipe, "--granularity", "month", "--out", join(dir, "t.xlsx")),
      pipe,
      NOT_REGULAR_VI,
    );
  });

  it("refuses a device or FIFO given as --profile, --expected or --treasury", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-fifo-"));
    const pipe = fifo(dir, "units.csv");
    refusedInOneLine(run(ROOT, "validate", SAMPLE, "--profile", "/dev/zero"), "/dev/zero", NOT_REGULAR_VI);
    refusedInOneLine(run(ROOT, "consolidate", ...EXAMPLES, "--expected", pipe), pipe, NOT_REGULAR_VI);
    refusedInOneLine(run(ROOT, "consolidate", ...EXAMPLES, "--treasury", "/dev/zero"), "/dev/zero", NOT_REGULAR_VI);
  });

  it("lists a FIFO among the submissions or as --previous as a rejected file, and consolidates the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-fifo-"));
    const pipe = fifo(dir, "don-vi-x.xlsx");
    const r = run(ROOT, "consolidate", ...EXAMPLES, pipe, "--previous", pipe, "--json", "--as-of", "2024-05-31");
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const report = JSON.parse(r.stdout) as { files: { file: string; status: string; reason?: string }[] };
    const rejected = report.files.find((f) => f.file === "don-vi-x.xlsx");
    assert.equal(rejected?.status, "rejected");
    assert.match(rejected?.reason ?? "", NOT_REGULAR_VI);
    assert.equal(report.files.filter((f) => f.status === "accepted").length, EXAMPLES.length);
  });
});

/** A 64 KiB tmpfs (root only), nearly full, so the next output cannot fit. */
function fullDisk(ctx: Mocha.Context): string {
  const dir = mkdtempSync(join(tmpdir(), "ntp-full-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir], { stdio: "ignore" });
  } catch {
    ctx.skip();
  }
  writeFileSync(join(dir, "filler"), new Uint8Array(60 * 1024));
  return dir;
}

describe("ntp-disburse writes its outputs whole or not at all", () => {
  it("on a full disk says so in one line of the user's language and leaves no half file (validate --out, consolidate --out)", function () {
    const dir = fullDisk(this);
    try {
      const out = join(dir, "ban-to-mau.xlsx");
      const r = run(ROOT, "validate", SAMPLE, "--out", out, "--json", "--as-of", "2024-05-31");
      refusedInOneLine(r, out, /^ntp-disburse: .*: không đủ chỗ trên đĩa/);
      const c = run(ROOT, "consolidate", ...EXAMPLES, "--out", join(dir, "tong-hop.xlsx"), "--lang", "en");
      assert.equal(c.code, 2, c.stderr);
      assert.match(c.stderr.trimEnd().split("\n").at(-1)!, /: not enough space on the disk/);
      assert.deepEqual(readdirSync(dir), ["filler"]);
    } finally {
      execFileSync("umount", [dir]);
    }
  });

  it("never lets a concurrent reader see the output partial or empty", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ntp-atomic-"));
    const input = join(dir, "plan.xlsx");
    copyFileSync(SAMPLE, input);
    const out = join(dir, "out.xlsx");
    // Several runs replace the same output while this process reads it as fast as it can.
    const writer = spawn(
      "bash",
      [
        "-c",
        `for i in 1 2 3; do "${process.execPath}" "${BIN}" validate plan.xlsx --out out.xlsx --as-of 2024-05-31 >/dev/null 2>&1; done`,
      ],
      { cwd: dir },
    );
    const done = new Promise((resolve) => writer.on("exit", resolve));
    let finished = false;
    void done.then(() => (finished = true));
    const sizes = new Set<number>();
    let reads = 0;
    while (!finished) {
      if (existsSync(out)) {
        try {
          const bytes = readFileSync(out);
          sizes.add(bytes.length);
          reads++;
          // A complete zip ends with its end-of-central-directory record.
          assert.equal(bytes.readUInt32LE(bytes.length - 22), 0x06054b50, `a partial file of ${bytes.length} bytes`);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.ok(reads > 0);
    assert.equal(sizes.size, 1, [...sizes].join(", "));
    assert.ok(statSync(out).size > 0);
    assert.deepEqual(readdirSync(dir).sort(), ["out.xlsx", "plan.xlsx"]);
  });
});
