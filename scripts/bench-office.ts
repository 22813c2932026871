/**
 * The Office adapter's cost on the batching fake Excel of the tests: syncs
 * and the largest request for reading 1,000 and 50,000 plan lines, on the
 * desktop (no payload limit) and on Excel on the web (5 MB per request).
 * Run by `npm run bench` (src/bench/main.ts); prints one line per case.
 */

import { OfficeWorkbookPort } from "../src/workbook/office/port";
import { WEB_PAYLOAD_BUDGET } from "../src/workbook/office/payload";
import { FakeWorkbook, fakeHost, installExcelEnums } from "../test/office/fake-excel";

function planBook(lines: number): FakeWorkbook {
  const book = new FakeWorkbook();
  const s = book.addSheet("KH giải ngân");
  for (let r = 1; r <= lines; r++) {
    s.set(r, 1, { value: r, type: "Double" });
    s.set(r, 2, { value: `Dự án số ${r}, xã Trà Mai`, type: "String" });
    s.set(r, 3, { value: `79${String(r).padStart(5, "0")}`, type: "String" });
    for (let c = 4; c <= 24; c++) s.set(r, c, { value: (r * 31 + c * 7) % 100000, type: "Double", format: "#,##0" });
    s.set(r, 25, { value: 0, type: "Double", formula: `SUM(E${r}:P${r})`, format: "#,##0" });
  }
  return book;
}

async function main(): Promise<void> {
  installExcelEnums();
  for (const lines of [1_000, 50_000]) {
    const book = planBook(lines);
    for (const [where, budget] of [
      ["desktop", Number.POSITIVE_INFINITY],
      ["web", WEB_PAYLOAD_BUDGET],
    ] as const) {
      const host = fakeHost(book, { payloadBudget: budget });
      await new OfficeWorkbookPort({ host }).readGrids();
      const largest = Math.max(...host.stats.requests);
      console.log(
        `${lines.toLocaleString("en")} lines, Excel ${where}: read in ${host.stats.syncs} syncs, largest request ${(largest / 1e6).toFixed(2)} MB`,
      );
    }
  }
}

void main();
