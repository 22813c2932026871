/**
 * npm run bench: ratios measured side by side in one run (machines here are
 * shared and noisy; absolute times mean little). Each measurement runs in
 * its own process, alternating between the things compared, and the median
 * of the repetitions is kept.
 *
 * The commands are measured as users run them: `node bin/ntp-disburse.js
 * validate FILE --json`, its stdout a real pipe that this process reads, on
 * workbooks written with styles, shared and inline strings (generate.ts),
 * one of them saved again by LibreOffice; peak memory is the child's maximum
 * resident set as the kernel reports it (GNU time).
 */

import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatePlan } from "./generate";

const LIB = join(__dirname, "..");
const BIN = join(LIB, "..", "bin", "ntp-disburse.js");
const REPS = Number(process.env.BENCH_REPS ?? 3);
const TIME = "/usr/bin/time";

interface Sample {
  ms: number;
  engineMs: number;
  /** Milestone rules and statuses over lines already read. */
  rulesMs: number;
  rssMB: number;
  lines: number;
}

function worker(task: string, file: string): Sample {
  const r = spawnSync(process.execPath, [join(LIB, "bench", "worker.js"), task, file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${task} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Sample;
}

/** The peak RSS GNU time wrote (`-f %M -o file`: KB, on the last line), in MB. */
const peakRssMB = (rssFile: string): number => Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) / 1024;

/**
 * A command run as a user runs it, its stdout a pipe this process reads as
 * it comes; timed from outside, peak RSS from GNU time (the child's own
 * maximum resident set, as the kernel counts it). `lines` is the bytes printed.
 */
function command(args: string[], dir: string): Promise<Sample> {
  const rssFile = join(dir, "rss.txt");
  const start = performance.now();
  const child = spawn(TIME, ["-f", "%M", "-o", rssFile, process.execPath, BIN, ...args, "--as-of", "2024-05-31"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let bytes = 0;
  let stderr = "";
  child.stdout.on("data", (b: Buffer) => (bytes += b.length));
  child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve, reject) => {
    child.on("close", (code) => {
      const ms = performance.now() - start;
      if (code !== 0 && code !== 1) return reject(new Error(`${args.join(" ")} exited ${code}: ${stderr}`));
      const rssMB = peakRssMB(rssFile);
      resolve({ ms, engineMs: 0, rulesMs: 0, rssMB, lines: bytes });
    });
  });
}

/** The ExcelJS streaming pass, timed from outside, its peak RSS from GNU time like the command's. */
function streamPass(path: string, dir: string): Sample {
  const rssFile = join(dir, "rss.txt");
  const start = performance.now();
  const r = spawnSync(
    TIME,
    ["-f", "%M", "-o", rssFile, process.execPath, join(LIB, "bench", "worker.js"), "exceljs-stream", path],
    {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`stream pass failed: ${r.stderr}`);
  const ms = performance.now() - start;
  const s = JSON.parse(r.stdout) as Sample;
  return { ...s, ms, rssMB: peakRssMB(rssFile) };
}

/** The same workbook saved again by LibreOffice (its own XML: no inline strings, its styles), or null without soffice. */
function libreOfficeCopy(file: string, dir: string): string | null {
  const out = join(dir, "libreoffice");
  mkdirSync(out, { recursive: true });
  const src = join(out, "source.xlsx");
  copyFileSync(file, src);
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      join(out, "saved"),
      src,
    ],
    { encoding: "utf8", timeout: 600_000 },
  );
  const saved = join(out, "saved", "source.xlsx");
  return r.status === 0 && existsSync(saved) ? saved : null;
}

/** The Office adapter's syncs and request sizes; measured by scripts/bench-office.ts (it uses the tests' fake Excel). */
function officeBench(): string {
  const script = join(LIB, "..", "scripts", "bench-office.ts");
  const r = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`office bench failed: ${r.stderr}`);
  return r.stdout.trimEnd().replace(/^/gm, "- ");
}

/** The task pane's first chunk and time to first render; measured by scripts/bench-taskpane.ts (dist/ and Chromium). */
function taskpaneBench(): string {
  if (!existsSync(join(LIB, "..", "dist", "taskpane.html")))
    return "- dist/ is missing: run npm run build (npm run bench does)";
  const script = join(LIB, "..", "scripts", "bench-taskpane.ts");
  const r = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`task pane bench failed: ${r.stderr}`);
  return r.stdout.trimEnd().replace(/^/gm, "- ");
}

/**
 * Each measurement REPS times, taking turns in the order given, so that a
 * shared machine's slow spells fall on all of them alike.
 */
async function alternating<K extends string>(
  measures: Record<K, () => Sample | Promise<Sample>>,
): Promise<Record<K, Sample[]>> {
  const names = Object.keys(measures) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as Sample[]])) as Record<K, Sample[]>;
  for (let i = 0; i < REPS; i++) for (const k of names) samples[k].push(await measures[k]());
  return samples;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const CONSOLIDATE_FILES = 60;
const CONSOLIDATE_LINES = 300;

/**
 * Consolidating a folder of styled submissions (each its own unit), its
 * JSON into a pipe, against bare passes of ExcelJS's streaming reader over
 * the same files; and the peak
 * memory with a quarter of the files, which should be about the same
 * (each file's grids are dropped once its report is made).
 */
async function consolidationBench(dir: string): Promise<string> {
  const all = join(dir, "consolidate-all");
  const quarter = join(dir, "consolidate-quarter");
  mkdirSync(all);
  mkdirSync(quarter);
  for (let i = 0; i < CONSOLIDATE_FILES; i++) {
    const name = `don-vi-${String(i + 1).padStart(2, "0")}.xlsx`;
    await generatePlan(join(all, name), CONSOLIDATE_LINES, `HUYỆN THỬ NGHIỆM SỐ ${i + 1}`);
    if (i < CONSOLIDATE_FILES / 4)
      await generatePlan(join(quarter, name), CONSOLIDATE_LINES, `HUYỆN THỬ NGHIỆM SỐ ${i + 1}`);
  }
  const { run, stream, small } = await alternating({
    run: () => command(["consolidate", all, "--json"], dir),
    stream: () => streamPass(all, dir),
    small: () => command(["consolidate", quarter, "--json"], dir),
  });
  const ms = median(run.map((s) => s.ms));
  return [
    `- consolidate ${CONSOLIDATE_FILES} styled workbooks x ${CONSOLIDATE_LINES} lines --json into a pipe: ${(ms / 1000).toFixed(2)} s`,
    `  consolidate / ExcelJS stream passes over the same files: ${(ms / median(stream.map((s) => s.ms))).toFixed(2)}`,
    `  peak RSS consolidate ${Math.round(median(run.map((s) => s.rssMB)))} MB (${CONSOLIDATE_FILES / 4} files: ${Math.round(median(small.map((s) => s.rssMB)))} MB), stream passes ${Math.round(median(stream.map((s) => s.rssMB)))} MB`,
  ].join("\n");
}

/** One case: the command into a pipe against the stream pass, alternating, and the reader's rates. */
async function planCase(
  label: string,
  file: string,
  dir: string,
): Promise<{ row: string; perLine: number; rulesPerLine: number }> {
  const { validate, stream, read } = await alternating({
    validate: () => command(["validate", file, "--json"], dir),
    stream: () => streamPass(file, dir),
    read: () => worker("read", file),
  });
  const lines = read[0].lines;
  const engineMs = median(read.map((s) => s.engineMs));
  const readMs = median(read.map((s) => s.ms));
  const rulesMs = median(read.map((s) => s.rulesMs));
  const validateMs = median(validate.map((s) => s.ms));
  const row = [
    `${label} (${lines.toLocaleString("en")} lines read, ${(statSync(file).size / 1e6).toFixed(1)} MB)`,
    `validate --json into a pipe / ExcelJS stream pass: ${(validateMs / median(stream.map((s) => s.ms))).toFixed(2)} (${(validateMs / 1000).toFixed(2)} s, ${((1000 * validateMs) / lines).toFixed(1)} µs per line, ${(median(validate.map((s) => s.lines)) / 1e6).toFixed(1)} MB of JSON)`,
    `peak RSS validate ${Math.round(median(validate.map((s) => s.rssMB)))} MB, stream pass ${Math.round(median(stream.map((s) => s.rssMB)))} MB`,
    `read+detect+lines: ${Math.round(lines / (readMs / 1000)).toLocaleString("en")} lines/s`,
    `detect+lines alone: ${Math.round(lines / (engineMs / 1000)).toLocaleString("en")} lines/s`,
    `milestone rules + statuses: ${Math.round(lines / (rulesMs / 1000)).toLocaleString("en")} lines/s (${((100 * rulesMs) / readMs).toFixed(1)}% of reading)`,
  ].join("\n  ");
  return { row, perLine: validateMs / lines, rulesPerLine: rulesMs / lines };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ntp-bench-"));
  try {
    const sizes = [10_000, 100_000];
    const rows: string[] = [];
    const perLine = new Map<number, number>();
    const rulesPerLine = new Map<number, number>();
    for (const n of sizes) {
      const f = join(dir, `plan-${n}.xlsx`);
      await generatePlan(f, n);
      const c = await planCase(`${n.toLocaleString("en")} lines, styled`, f, dir);
      rows.push(c.row);
      perLine.set(n, c.perLine);
      rulesPerLine.set(n, c.rulesPerLine);
      if (n === 10_000) {
        const saved = libreOfficeCopy(f, dir);
        if (saved)
          rows.push((await planCase(`${n.toLocaleString("en")} lines, saved again by LibreOffice`, saved, dir)).row);
        else rows.push("(LibreOffice not found: the round-tripped case is left out)");
      }
    }
    console.log(`ntp-disburse bench (median of ${REPS}, each in its own process)\n`);
    console.log(rows.map((r) => `- ${r}`).join("\n"));
    const growth = perLine.get(100_000)! / perLine.get(10_000)!;
    const rulesGrowth = rulesPerLine.get(100_000)! / rulesPerLine.get(10_000)!;
    console.log(
      `\ngrowth 10,000 -> 100,000 lines: time per line x${growth.toFixed(2)} validate, x${rulesGrowth.toFixed(2)} rules (1.00 = linear)`,
    );
    console.log(`\n${await consolidationBench(dir)}`);
    console.log("\nOffice adapter (reading, on the tests' batching fake Excel):");
    console.log(officeBench());
    console.log("\nTask pane (dist/ from npm run build):");
    console.log(taskpaneBench());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
