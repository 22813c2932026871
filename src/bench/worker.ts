/**
 * One measurement in a fresh process, so that each one's peak memory is its
 * own: prints {"ms": …, "rssMB": …, "lines": …} on stdout. The commands
 * themselves are measured as users run them (bin/ntp-disburse.js, see main.ts);
 * this runs the ExcelJS streaming pass they are compared with, and the
 * reader and engine alone for their rates.
 */

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../workbook/file/read-xlsx";
import { readWorkbook } from "../engine/validate";
import { QUANG_NAM_2024 } from "../engine/profile";
import { applyMilestoneRules } from "../engine/rules/milestones";
import { statusOf } from "../engine/status";

/** A path: one file, or a folder standing for every file in it. */
function filesOf(path: string): string[] {
  return path.endsWith(".xlsx") ? [path] : readdirSync(path).map((f) => join(path, f));
}

async function exceljsStreamPass(file: string): Promise<number> {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      // Touch every value, as a reader that uses the data must.
      for (const v of (row as ExcelJS.Row).values as unknown[]) if (v !== undefined) rows += 0;
      rows++;
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const [task, file] = process.argv.slice(2);
  const start = performance.now();
  let lines = 0;
  let engineMs = 0;
  let rulesMs = 0;
  if (task === "exceljs-stream") {
    for (const f of filesOf(file)) lines += await exceljsStreamPass(f);
  } else if (task === "read") {
    const grids = await readXlsx(readFileSync(file), file);
    const t = performance.now();
    const tables = readWorkbook(grids, QUANG_NAM_2024);
    lines = tables.reduce((s, d) => s + d.lines.length, 0);
    engineMs = performance.now() - t;
    const r = performance.now();
    applyMilestoneRules(tables, { profile: QUANG_NAM_2024, asOf: "2024-05-31" });
    for (const d of tables) for (const l of d.lines) statusOf(l);
    rulesMs = performance.now() - r;
  } else {
    throw new Error(`unknown task ${task}`);
  }
  const ms = performance.now() - start;
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, engineMs, rulesMs, rssMB, lines }));
}

void main();
