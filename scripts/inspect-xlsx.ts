/**
 * Dump what ExcelJS sees in an .xlsx: sheets, merges, hidden rows/columns,
 * formulas with their cached results, number formats, and the package parts.
 *
 *   npx tsx scripts/inspect-xlsx.ts FILE.xlsx [--rows 1-20] [--cols A-Z] [--parts]
 *
 * A development aid for the fixtures; the product does not use it.
 */
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { columnNumber } from "../src/engine/grid";

function parseSpan(s: string | undefined, toNum: (x: string) => number): [number, number] {
  if (!s) return [1, Number.MAX_SAFE_INTEGER];
  const [a, b] = s.split("-");
  return [toNum(a), toNum(b ?? a)];
}

function colNum(letters: string): number {
  return /^\d+$/.test(letters) ? Number(letters) : columnNumber(letters);
}

function show(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
      // cell.value drops a cached result of 0 (ExcelJS copies only truthy fields); cell.result keeps it.
      const res = cell.result as unknown;
      const r = res && typeof res === "object" && "error" in (res as object) ? (res as { error: string }).error : res;
      return `=${f.formula ?? `[shared ${f.sharedFormula}]`} -> ${r === undefined ? "(no cached result)" : JSON.stringify(r)}`;
    }
    if ("error" in v) return `ERROR ${(v as ExcelJS.CellErrorValue).error}`;
    if ("richText" in v) return `rich:${JSON.stringify(v.richText.map((t) => t.text).join(""))}`;
    if (v instanceof Date) return `date:${v.toISOString()}`;
  }
  return JSON.stringify(v);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--") && !/^\d|^[A-Z]+-/.test(a));
  if (!file) {
    console.error("usage: inspect-xlsx FILE.xlsx [--rows 1-20] [--cols A-Z] [--parts]");
    process.exit(2);
  }
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const [r1, r2] = parseSpan(opt("--rows"), Number);
  const [c1, c2] = parseSpan(opt("--cols"), colNum);

  if (args.includes("--parts")) {
    const parts = unzipSync(fs.readFileSync(file));
    for (const [name, data] of Object.entries(parts)) {
      console.log(`part ${name} (${data.length} bytes)`);
      if (name === "xl/workbook.xml" || name.endsWith("sheet1.xml"))
        console.log("   ", strFromU8(data).slice(0, 1500).replace(/\n/g, " "));
    }
  }

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.eachSheet((ws) => {
    console.log(`\n== sheet "${ws.name}" state=${ws.state} dims=${ws.dimensions?.toString()} rows=${ws.rowCount}`);
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    console.log(`   merges (${merges.length}): ${merges.join(" ")}`);
    const hiddenCols: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenCols.push(ws.getColumn(c).letter);
    if (hiddenCols.length) console.log(`   hidden columns: ${hiddenCols.join(" ")}`);
    const widths: string[] = [];
    for (let c = 1; c <= Math.min(ws.columnCount, 60); c++) {
      const w = ws.getColumn(c).width;
      if (w) widths.push(`${ws.getColumn(c).letter}=${w}`);
    }
    console.log(`   widths: ${widths.join(" ")}`);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (r < r1 || r > r2) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c < c1 || c > c2) return;
        const fmt = cell.numFmt ? ` {${cell.numFmt}}` : "";
        cells.push(
          `${cell.address}${cell.isMerged && cell.master !== cell ? `(merged→${cell.master.address})` : ""}: ${show(cell)}${fmt}`,
        );
      });
      if (cells.length || row.hidden) console.log(`  row ${r}${row.hidden ? " HIDDEN" : ""}: ${cells.join(" | ")}`);
    });
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
