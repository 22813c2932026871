import { strict as assert } from "node:assert";
import type { SheetSpec } from "../../src/engine/sheet-spec";
import { OfficeWorkbookPort } from "../../src/workbook/office/port";
import { widthToPoints } from "../../src/workbook/office/sheets";
import { WEB_PAYLOAD_BUDGET } from "../../src/workbook/office/payload";
import { FakeWorkbook, fakeHost, installExcelEnums } from "./fake-excel";

const HYPERLINK = '=HYPERLINK("http://evil.example","bấm vào đây")';

/** A plan-template-like sheet: title, header, `rows` lines of text, amounts and formulas, and every sheet feature. */
function planSpec(rows: number, name = "KH 2025"): SheetSpec {
  const last = rows + 2;
  const header = { bold: true, fill: "DDEBF7", border: true, horizontal: "center", wrap: true } as const;
  const amount = { numberFormat: "#,##0", locked: false } as const;
  const cells: SheetSpec["cells"] = [
    { row: 1, col: 1, value: "Kế hoạch giải ngân năm 2025", style: { bold: true, fontSize: 14 } },
    ...["STT", "Tên dự án", "KH vốn", "Luỹ kế", "Đã giao", "Ghi chú"].map((value, i) => ({
      row: 2,
      col: i + 1,
      value,
      style: header,
    })),
  ];
  for (let r = 3; r <= last; r++) {
    const label = r === 3 ? HYPERLINK : r === 4 ? "=1+1" : `Dự án số ${r - 2}, xã Trà Mai`;
    cells.push(
      { row: r, col: 1, value: r - 2 },
      { row: r, col: 2, value: label },
      { row: r, col: 3, value: 1250.5 + r, style: amount },
      { row: r, col: 4, formula: `SUM($C$3:C${r})`, style: amount },
      { row: r, col: 5, value: r % 2 === 0 },
      { row: r, col: 6, value: "0123" },
    );
  }
  return {
    name,
    cells,
    columnWidths: { 2: 40 },
    rowHeights: { 2: 30 },
    merges: ["A1:F1"],
    freeze: { rows: 2, columns: 2 },
    validations: [
      { range: `C3:C${last}`, kind: "decimal", min: 0, errorStyle: "stop", error: "Số tiền phải ≥ 0" },
      { range: `F3:F${last}`, kind: "list", list: ["đạt", "chậm"], errorStyle: "warning" },
    ],
    conditionalFormats: [{ range: `C3:C${last}`, formula: "$C3<$D3", style: { fill: "FFC7CE", bold: true } }],
    protection: { password: "mtqg" },
    print: { paper: "A3", orientation: "landscape", fitToWidth: true, repeatRows: [1, 2] },
    charts: [
      {
        kind: "column",
        title: "Kế hoạch và luỹ kế",
        from: "H2",
        to: "P20",
        categories: "B3:B7",
        series: [
          { name: "KH vốn", values: "C3:C7" },
          { name: "Luỹ kế", values: "D3:D7" },
        ],
        valueFormat: "#,##0",
      },
    ],
    tabColor: "70AD47",
  };
}

/** A workbook that already has a sheet named like the spec, holding the user's data. */
function bookWithExisting(): FakeWorkbook {
  const book = new FakeWorkbook();
  book.addSheet("KH 2025").set(1, 1, { value: "của người dùng", type: "String" });
  return book;
}

const totalSyncs = (host: ReturnType<typeof fakeHost>) => host.contexts.reduce((n, c) => n + c.sync.callCount, 0);

describe("Office adapter: adding sheets from a SheetSpec", () => {
  before(installExcelEnums);

  it("writes text that looks like a formula as text, formulas as formulas, and never touches the existing sheet", async () => {
    const book = bookWithExisting();
    const names = await new OfficeWorkbookPort({ host: fakeHost(book) }).addSheets([planSpec(5)]);
    assert.deepEqual(names, ["KH 2025 (2)"]);
    assert.deepEqual([...book.sheet("KH 2025").cells], [["1,1", { value: "của người dùng", type: "String" }]]);
    const s = book.sheet("KH 2025 (2)");
    assert.deepEqual(s.get(3, 2), { value: HYPERLINK, type: "String" });
    assert.deepEqual(s.get(4, 2), { value: "=1+1", type: "String" });
    assert.deepEqual(s.get(3, 6), { value: "0123", type: "String" }, "a numeric-looking text stays text");
    assert.equal(s.get(5, 4)?.formula, "SUM($C$3:C5)");
    assert.deepEqual(s.get(3, 3), { value: 1253.5, type: "Double", format: "#,##0" });
    assert.deepEqual(s.get(4, 5), { value: true, type: "Boolean" });
  });

  it("renders styles, widths, heights, merges, freeze panes, validations, conditional formats, print setup, charts and protection last", async () => {
    const book = new FakeWorkbook();
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });
    await port.addSheets([planSpec(5)]);
    assert.deepEqual(port.notes, []);
    const s = book.sheet("KH 2025");
    const log = s.log;
    const has = (entry: string) => assert.ok(log.includes(entry), `${entry} in\n${log.join("\n")}`);
    has("A1:A1.format.font.bold=true");
    has("A1:A1.format.font.size=14");
    has('A2:F2.format.fill.color="#DDEBF7"');
    has('A2:F2.format.horizontalAlignment="Center"');
    has("A2:F2.format.wrapText=true");
    assert.deepEqual(
      log.filter((l) => l.startsWith("A2:F2.format.borders.getItem([")),
      ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"].map(
        (e) => `A2:F2.format.borders.getItem(["${e}"])`,
      ),
      "one row: no inside horizontal border",
    );
    has("C3:D7.format.protection.locked=false");
    has(`B1:B1.entireColumn.format.columnWidth=${widthToPoints(40)}`);
    has("A2:A2.entireRow.format.rowHeight=30");
    assert.deepEqual(s.merges, [{ top: 1, left: 1, bottom: 1, right: 6 }]);
    has('freezePanes.freezeAt(["<A1:B2>"])');
    has('C3:C7.dataValidation.rule={"decimal":{"formula1":0,"operator":"GreaterThanOrEqualTo"}}');
    has('C3:C7.dataValidation.errorAlert={"showAlert":true,"style":"Stop","title":"","message":"Số tiền phải ≥ 0"}');
    has('F3:F7.dataValidation.rule={"list":{"inCellDropDown":true,"source":"đạt,chậm"}}');
    assert.deepEqual(
      s.cfs.map((cf) => [cf.formula, cf.fill, cf.bold, cf.areas]),
      [["=$C3<$D3", "#FFC7CE", true, [{ top: 3, left: 3, bottom: 7, right: 3 }]]],
    );
    has('pageLayout.paperSize="A3"');
    has('pageLayout.orientation="Landscape"');
    has('pageLayout.zoom={"horizontalFitToPages":1,"verticalFitToPages":0}');
    has('pageLayout.setPrintTitleRows(["$1:$2"])');
    has('charts.add(["ColumnClustered","<C3:C7>","Columns"])');
    has('charts.add().title.text="Kế hoạch và luỹ kế"');
    has('charts.add().setPosition(["H2","P20"])');
    has('charts.add().series.getItemAt().name="KH vốn"');
    has('charts.add().series.getItemAt().setXAxisValues(["<B3:B7>"])');
    has('charts.add().series.add(["Luỹ kế"])');
    has('charts.add().series.add().setValues(["<D3:D7>"])');
    has('charts.add().axes.valueAxis.numberFormat="#,##0"');
    has("tabColor=#70AD47");
    assert.equal(log[log.length - 1], 'protection.protect([null,"mtqg"])', "protection follows every write");
  });

  it("skips print setup before ExcelApi 1.9 and says so in notes, in the pane's language", async () => {
    const book = new FakeWorkbook();
    const port = new OfficeWorkbookPort({ host: fakeHost(book, { maxApi: 8 }), lang: () => "en" });
    await port.addSheets([planSpec(3)]);
    assert.deepEqual(port.notes, ["Skipped print setup: needs API set ExcelApi 1.9."]);
    assert.ok(!book.sheet("KH 2025").log.some((l) => l.startsWith("pageLayout")));
    await assert.rejects(
      new OfficeWorkbookPort({ host: fakeHost(book, { maxApi: 7 }) }).addSheets([planSpec(3)]),
      /NeedsNewerExcel/,
    );
  });

  it("adds 10 and 10,000 rows in the same number of syncs on the desktop", async function () {
    this.timeout(60_000);
    const counts: number[] = [];
    for (const rows of [10, 10_000]) {
      const host = fakeHost(new FakeWorkbook());
      await new OfficeWorkbookPort({ host }).addSheets([planSpec(rows), planSpec(rows, "Tổng hợp")]);
      counts.push(totalSyncs(host));
    }
    assert.deepEqual(counts, [2, 2]);
  });

  it("keeps every request under 5 MB on Excel on the web, within a few syncs", async function () {
    this.timeout(60_000);
    const spec = planSpec(10_000);
    // Long notes make the cells alone about 10 MB: more than one request is needed.
    for (const c of spec.cells) if (c.col === 6 && c.row > 2) c.value = `Ghi chú ${c.row} `.repeat(60);
    const host = fakeHost(new FakeWorkbook(), { payloadBudget: WEB_PAYLOAD_BUDGET });
    await new OfficeWorkbookPort({ host }).addSheets([spec]);
    const largest = Math.max(...host.stats.requests);
    assert.ok(largest < 5_000_000, `largest request ${largest} bytes`);
    assert.deepEqual(host.stats.refused, []);
    const total = host.stats.requests.reduce((a, b) => a + b, 0);
    assert.ok(total > 5_000_000, `${total} bytes in all`);
    assert.ok(host.stats.syncs <= 1 + Math.ceil(total / (WEB_PAYLOAD_BUDGET / 2)), `${host.stats.syncs} syncs`);
  });

  it("halves a batch the web refuses as too large and retries it, rendering the same sheet", async () => {
    const desktop = bookWithExisting();
    await new OfficeWorkbookPort({ host: fakeHost(desktop) }).addSheets([planSpec(200)]);
    const web = bookWithExisting();
    // The estimates say one request; this Excel takes 20 kB at a time.
    const host = fakeHost(web, { payloadBudget: WEB_PAYLOAD_BUDGET, payloadLimit: 20_000 });
    const names = await new OfficeWorkbookPort({ host }).addSheets([planSpec(200)]);
    assert.deepEqual(names, ["KH 2025 (2)"]);
    assert.ok(host.stats.refused.length > 0);
    assert.ok(host.stats.refused.every((c) => c === "RequestPayloadSizeLimitExceeded"));
    const sheet = (b: FakeWorkbook) => {
      const s = b.sheet("KH 2025 (2)");
      return { cells: [...s.cells].sort(), log: s.log, cfs: s.cfs.map((cf) => ({ ...cf, id: 0 })), merges: s.merges };
    };
    assert.deepEqual(sheet(web), sheet(desktop));
  });
});
