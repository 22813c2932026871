/**
 * npm run bench: ratios measured side by side in one run (machines here are
 * shared and noisy; absolute times mean little). Each measurement runs in
 * its own process, alternating between the things compared, and the median
 * of the repetitions is kept.
 */

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatePlan } from "./generate";

const LIB = join(__dirname, "..");
const REPS = Number(process.env.BENCH_REPS ?? 3);

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

/** A measurement timed from outside its process: start-up and exit included, as a user waits for them. */
function whole(task: string, file: string): Sample {
  const start = performance.now();
  const s = worker(task, file);
  return { ...s, ms: performance.now() - start };
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
  const script = join(LIB, "..", "scripts", "bench-taskpane.ts");
  const r = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`task pane bench failed: ${r.stderr}`);
  return r.stdout.trimEnd().replace(/^/gm, "- ");
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const CONSOLIDATE_FILES = 60;
const CONSOLIDATE_LINES = 300;

/**
 * Consolidating a folder of submissions (each its own unit) against bare
 * passes of ExcelJS's streaming reader over the same files; and the peak
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
  const run: Sample[] = [];
  const stream: Sample[] = [];
  const small: Sample[] = [];
  for (let i = 0; i < REPS; i++) {
    run.push(whole("consolidate", all));
    stream.push(whole("exceljs-stream", all));
    small.push(whole("consolidate", quarter));
  }
  const ms = median(run.map((s) => s.ms));
  return [
    `- consolidate ${CONSOLIDATE_FILES} workbooks x ${CONSOLIDATE_LINES} lines: ${(ms / 1000).toFixed(2)} s`,
    `  consolidate / ExcelJS stream passes over the same files: ${(ms / median(stream.map((s) => s.ms))).toFixed(2)}`,
    `  peak RSS consolidate ${Math.round(median(run.map((s) => s.rssMB)))} MB (${CONSOLIDATE_FILES / 4} files: ${Math.round(median(small.map((s) => s.rssMB)))} MB), stream passes ${Math.round(median(stream.map((s) => s.rssMB)))} MB`,
  ].join("\n");
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "ntp-bench-"));
  try {
    const sizes = [10_000, 100_000];
    const files = new Map<number, string>();
    for (const n of sizes) {
      const f = join(dir, `plan-${n}.xlsx`);
      await generatePlan(f, n);
      files.set(n, f);
      console.error(`generated ${n} lines: ${(statSync(f).size / 1e6).toFixed(1)} MB`);
    }
    const rows: string[] = [];
    const perLine = new Map<number, number>();
    const rulesPerLine = new Map<number, number>();
    for (const n of sizes) {
      const file = files.get(n)!;
      const validate: Sample[] = [];
      const stream: Sample[] = [];
      const read: Sample[] = [];
      for (let i = 0; i < REPS; i++) {
        validate.push(whole("validate", file));
        stream.push(whole("exceljs-stream", file));
        read.push(worker("read", file));
      }
      const lines = read[0].lines;
      const engineMs = median(read.map((s) => s.engineMs));
      const readMs = median(read.map((s) => s.ms));
      const rulesMs = median(read.map((s) => s.rulesMs));
      perLine.set(n, readMs / lines);
      rulesPerLine.set(n, rulesMs / lines);
      rows.push(
        [
          `${n.toLocaleString("en")} lines (${lines.toLocaleString("en")} read)`,
          `read+detect+lines: ${Math.round(lines / (readMs / 1000)).toLocaleString("en")} lines/s`,
          `detect+lines alone: ${Math.round(lines / (engineMs / 1000)).toLocaleString("en")} lines/s`,
          `milestone rules + statuses: ${Math.round(lines / (rulesMs / 1000)).toLocaleString("en")} lines/s (${((100 * rulesMs) / readMs).toFixed(1)}% of reading)`,
          `validate / ExcelJS stream pass: ${(median(validate.map((s) => s.ms)) / median(stream.map((s) => s.ms))).toFixed(2)}`,
          `peak RSS validate ${Math.round(median(validate.map((s) => s.rssMB)))} MB, stream pass ${Math.round(median(stream.map((s) => s.rssMB)))} MB`,
        ].join("\n  "),
      );
    }
    const growth = perLine.get(100_000)! / perLine.get(10_000)!;
    console.log(`ntp-disburse bench (median of ${REPS}, each in its own process)\n`);
    console.log(rows.map((r) => `- ${r}`).join("\n"));
    const rulesGrowth = rulesPerLine.get(100_000)! / rulesPerLine.get(10_000)!;
    console.log(
      `\ngrowth 10,000 -> 100,000 lines: time per line x${growth.toFixed(2)} reading, x${rulesGrowth.toFixed(2)} rules (1.00 = linear)`,
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
