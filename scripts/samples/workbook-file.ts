/**
 * Writing a sample workbook: fixed properties, every formula's cached result
 * (formula-results), and a zip rebuilt with fixed timestamps so that
 * regenerating a file gives the same bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { cacheFormulaResults } from "./formula-results";

/** Fixed timestamp for workbook properties (written as UTC). */
const FIXED_DATE = new Date(Date.UTC(2024, 5, 5, 1, 30, 0));
/** Zip entries hold local DOS times, so build the date from local fields: the same bytes in any time zone. */
const ZIP_DATE = new Date(2024, 5, 5, 8, 30, 0);

export function newWorkbook(creator: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/**
 * Evaluate formulas, write the workbook, and rebuild the zip with fixed entry
 * timestamps (JSZip, used by ExcelJS, stamps entries with the current time).
 */
export async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  cacheFormulaResults(wb);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, rezip(buf));
}

/** Re-pack a zip with fixed timestamps, keeping entry order; `replace` swaps the content of named parts. */
export function rezip(buf: Uint8Array, replace: Record<string, Uint8Array> = {}): Buffer {
  const entries = unzipSync(buf);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    // JSZip adds directory entries ("xl/"); Excel writes none, so drop them.
    if (name.endsWith("/")) continue;
    out[name] = [replace[name] ?? data, { mtime: ZIP_DATE, level: 6 }];
  }
  return Buffer.from(zipSync(out));
}
