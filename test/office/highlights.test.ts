import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sinon from "sinon";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { validateWorkbook } from "../../src/engine/validate";
import { highlightPlan } from "../../src/engine/highlight";
import { highlightPlanWithLegend } from "../../src/engine/highlight-legend";
import { OfficeWorkbookPort } from "../../src/workbook/office/port";
import { debounceEdits } from "../../src/workbook/office/debounce";
import { WEB_PAYLOAD_BUDGET } from "../../src/workbook/office/payload";
import { FakeWorkbook, fakeHost, installExcelEnums, sheetFromGrid } from "./fake-excel";

const FILE = join(__dirname, "..", "..", "examples", "huyen-nam-tra-my-dtts-mn-2024.xlsx");

async function exampleBook(): Promise<{ book: FakeWorkbook; plan: ReturnType<typeof highlightPlan> }> {
  const grids = await readXlsx(readFileSync(FILE), "x.xlsx");
  const book = new FakeWorkbook();
  for (const g of grids) sheetFromGrid(book, g);
  const report = validateWorkbook(grids, { file: "x.xlsx", asOf: "2024-09-30", lang: "vi" });
  return { book, plan: highlightPlan(report) };
}

const snapshot = (book: FakeWorkbook) =>
  JSON.stringify(book.sheets.map((s) => ({ cells: [...s.cells], cfs: s.cfs, log: s.log, merges: s.merges })));

describe("Office adapter: highlights", () => {
  before(installExcelEnums);

  it("adds one self-identifying conditional format per sheet and mark, cell marks on top, and records them", async () => {
    const { book, plan } = await exampleBook();
    assert.ok(plan.ranges.length > 0);
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });
    await port.applyHighlights(plan);
    const cfs = book.sheets.flatMap((s) => s.cfs);
    const marks = new Set(plan.ranges.map((r) => `${r.sheet}|${r.mark}`));
    assert.equal(cfs.length, marks.size);
    for (const cf of cfs) assert.match(cf.formula, /^=ISTEXT\("ntp-disburse:(line|cell)-[a-z-]+"\)$/);
    const first = book.sheets.find((s) => s.cfs.length > 0)!.cfs[0];
    assert.match(first.formula, /cell-/, "a cell mark has the highest priority");
    const meta = await port.loadMetadata();
    assert.ok(meta && typeof meta.highlights === "object");
  });

  it("leaves values, formats and the user's own conditional formats exactly as before once cleared", async () => {
    const { book, plan } = await exampleBook();
    const sheet = book.sheets[0];
    sheet.cfs.push({
      id: 999,
      areas: [{ top: 1, left: 1, bottom: 50, right: 3 }],
      type: "Custom",
      formula: "=$A1>0",
      fill: "#00FF00",
      priority: 0,
    });
    sheet.cfs.push({
      id: 998,
      areas: [{ top: 1, left: 1, bottom: 50, right: 3 }],
      type: "DataBar",
      formula: "",
      priority: 1,
    });
    const before = snapshot(book);
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });
    await port.applyHighlights(plan);
    await port.applyHighlights(plan); // re-applying replaces, never stacks
    assert.equal(
      book.sheets.flatMap((s) => s.cfs).filter((c) => c.formula.includes("ntp-disburse")).length,
      new Set(plan.ranges.map((r) => `${r.sheet}|${r.mark}`)).size,
    );
    await port.clearHighlights();
    assert.equal(snapshot(book), before);
    const meta = await port.loadMetadata();
    assert.ok(meta && !("highlights" in meta));
  });

  it("adds the 'Chú giải' legend sheet with the marks and deletes it on Clear, in a few more syncs, leaving the workbook as it was", async () => {
    const grids = await readXlsx(readFileSync(FILE), "x.xlsx");
    const { book, plan } = await exampleBook();
    const before = snapshot(book);
    const names = book.sheets.map((s) => s.name);
    const report = validateWorkbook(grids, { file: "x.xlsx", asOf: "2024-09-30", lang: "vi" });
    const withLegend = highlightPlanWithLegend(report, "vi");

    const plain = fakeHost((await exampleBook()).book);
    await new OfficeWorkbookPort({ host: plain }).applyHighlights(plan);
    const host = fakeHost(book);
    const port = new OfficeWorkbookPort({ host });
    await port.applyHighlights(withLegend);
    assert.deepEqual(
      book.sheets.map((s) => s.name),
      [...names, "Chú giải"],
    );
    const legend = book.sheet("Chú giải");
    assert.ok(legend.cfs.length >= 6, "the colour samples are marks");
    assert.ok(
      [...legend.cells.values()].some((c) => /HYPERLINK\("#'/.test(String((c as { formula?: string }).formula ?? ""))),
      "findings link to their cells",
    );
    // Replacing the marks on the next check replaces the legend, never stacks another.
    await port.applyHighlights(withLegend);
    assert.equal(book.sheets.filter((s) => s.name.startsWith("Chú giải")).length, 1);

    const syncs = host.stats.syncs;
    await port.clearHighlights();
    assert.deepEqual(
      book.sheets.map((s) => s.name),
      names,
    );
    assert.equal(snapshot(book), before);
    // Clear takes two syncs more than without a legend (find it, delete it).
    const plainSyncs = plain.stats.syncs;
    const plainPort = new OfficeWorkbookPort({ host: plain });
    await plainPort.clearHighlights();
    assert.equal(host.stats.syncs - syncs, plain.stats.syncs - plainSyncs + 2);
  });

  it("applies and clears in a fixed number of syncs whatever the plan's size, one format per range before ExcelApi 1.9", async () => {
    const { book, plan } = await exampleBook();
    const host = fakeHost(book);
    await new OfficeWorkbookPort({ host }).applyHighlights(plan);
    const small = host.stats.syncs;
    const bigPlan = {
      ranges: Array.from({ length: 5000 }, (_, i) => ({
        sheet: book.sheets[0].name,
        range: `B${i * 2 + 10}:F${i * 2 + 10}`,
        mark: "line-at-risk" as const,
      })),
    };
    const host2 = fakeHost((await exampleBook()).book);
    await new OfficeWorkbookPort({ host: host2 }).applyHighlights(bigPlan);
    assert.equal(host2.stats.syncs, small);
    const oldBook = (await exampleBook()).book;
    const oldHost = fakeHost(oldBook, { maxApi: 8 });
    await new OfficeWorkbookPort({ host: oldHost }).applyHighlights(plan);
    assert.equal(
      oldBook.sheets.flatMap((s) => s.cfs).length,
      plan.ranges.filter((r) => oldBook.sheets.some((s) => s.name === r.sheet)).length,
    );
    await assert.rejects(
      new OfficeWorkbookPort({ host: fakeHost(oldBook, { maxApi: 5 }) }).applyHighlights(plan),
      /NeedsNewerExcel/,
    );
  });
});

describe("Office adapter: highlights on protected sheets", () => {
  before(installExcelEnums);

  const options = { allowFormatCells: true, selectionMode: "Normal" };
  const ours = (b: FakeWorkbook, name: string) =>
    b.sheet(name).cfs.filter((cf) => cf.formula.includes("ntp-disburse")).length;

  it("highlights and clears a sheet protected without a password, protecting it again with the same options", async () => {
    const { book, plan } = await exampleBook();
    const sheet = plan.ranges[0].sheet;
    book.sheet(sheet).protection = { password: null, options };
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });
    await port.applyHighlights(plan);
    assert.ok(ours(book, sheet) > 0);
    assert.deepEqual(book.sheet(sheet).protection, { password: null, options });
    assert.deepEqual(port.notes, []);
    await port.clearHighlights();
    assert.equal(ours(book, sheet), 0);
    assert.deepEqual(book.sheet(sheet).protection, { password: null, options });
  });

  it("leaves a sheet protected with a password as it was and says which sheet, in Vietnamese and English", async () => {
    const { book, plan } = await exampleBook();
    const sheets = [...new Set(plan.ranges.map((r) => r.sheet))];
    const [locked] = sheets;
    book.sheet(locked).protection = { password: "mtqg", options };
    for (const lang of ["vi", "en"] as const) {
      const port = new OfficeWorkbookPort({ host: fakeHost(book), lang: () => lang });
      await port.applyHighlights(plan);
      assert.equal(ours(book, locked), 0);
      assert.deepEqual(book.sheet(locked).protection, { password: "mtqg", options });
      assert.equal(port.notes.length, 1);
      assert.ok(port.notes[0].includes(locked));
      assert.match(port.notes[0], lang === "vi" ? /mật khẩu/ : /password/);
      const meta = await port.loadMetadata();
      assert.deepEqual((meta?.highlights as { locked: string[] }).locked, [locked]);
    }
  });

  it("protects the sheet again when the change fails half-way", async () => {
    const { book, plan } = await exampleBook();
    const sheet = plan.ranges[0].sheet;
    book.sheet(sheet).protection = { password: null, options };
    const host = fakeHost(book);
    // Syncs: names, formats, formulas, unprotect, then the changes: that one fails.
    host.stats.fail = (n) => (n === 5 ? Object.assign(new Error("boom"), { code: "GeneralException" }) : null);
    await assert.rejects(new OfficeWorkbookPort({ host }).applyHighlights(plan), /boom|GeneralException/);
    assert.deepEqual(book.sheet(sheet).protection, { password: null, options });
  });
});

describe("Office adapter: highlights on Excel on the web", () => {
  before(installExcelEnums);

  it("halves a batch the web refuses as too large, deleting the old highlights and adding the new exactly once", async () => {
    const { book, plan } = await exampleBook();
    const bigPlan = {
      ranges: Array.from({ length: 3000 }, (_, i) => ({
        sheet: book.sheets[0].name,
        range: `B${i * 2 + 10}:F${i * 2 + 10}`,
        mark: "line-at-risk" as const,
      })),
    };
    const desktop = (await exampleBook()).book;
    const deskPort = new OfficeWorkbookPort({ host: fakeHost(desktop) });
    await deskPort.applyHighlights(plan);
    await deskPort.applyHighlights(bigPlan);
    // Estimated to fit one request; this Excel takes 10 kB at a time.
    const host = fakeHost(book, { payloadBudget: WEB_PAYLOAD_BUDGET, payloadLimit: 10_000 });
    const port = new OfficeWorkbookPort({ host });
    await port.applyHighlights(plan);
    await port.applyHighlights(bigPlan);
    assert.ok(host.stats.refused.length > 0);
    const formats = (b: FakeWorkbook) => b.sheets.map((s) => s.cfs.map((cf) => ({ ...cf, id: 0 })));
    assert.deepEqual(formats(book), formats(desktop));
  });
});

describe("Office adapter: live checking", () => {
  before(installExcelEnums);

  it("reports each edited sheet once after the user pauses, with the addresses edited", () => {
    const clock = sinon.useFakeTimers();
    try {
      const seen: string[] = [];
      const d = debounceEdits((s, a) => seen.push(`${s}!${a}`), 1000, {
        setTimeout,
        clearTimeout: (h) => clearTimeout(h as number),
      });
      d.edit("KH", "B9");
      clock.tick(500);
      d.edit("KH", "C9");
      d.edit("Tổng", "A1");
      d.edit("KH", "B9");
      clock.tick(999);
      assert.deepEqual(seen, []);
      clock.tick(1);
      assert.deepEqual(seen, ["KH!B9,C9", "Tổng!A1"]);
      d.edit("KH", "D1");
      d.cancel();
      clock.tick(5000);
      assert.equal(seen.length, 2);
    } finally {
      clock.restore();
    }
  });

  it("before ExcelApi 1.14 ignores events during our batches and in the ranges they wrote, not the user's next edit", async () => {
    const clock = sinon.useFakeTimers();
    try {
      const { book, plan } = await exampleBook();
      const mark = plan.ranges[0];
      const host = fakeHost(book, { maxApi: 13 });
      const port = new OfficeWorkbookPort({ host, watchDelayMs: 300 });
      const seen: string[] = [];
      const stop = await port.watchEdits((s, a) => seen.push(`${s}!${a}`));
      // An event Excel raises while our batch runs, and one for a range we wrote arriving after it.
      let during: Promise<void> | undefined;
      host.stats.fail = () => {
        during ??= book.edit(mark.sheet, "A1");
        return null;
      };
      await port.applyHighlights(plan);
      await during;
      host.stats.fail = undefined;
      await book.edit(mark.sheet, mark.range);
      clock.tick(400);
      assert.deepEqual(seen, []);
      // No grace time: the user's edit right after is reported, and from then on edits in marked ranges too.
      await book.edit(mark.sheet, "K5000", {
        details: { valueBefore: 5, valueAfter: 5, valueTypeBefore: "Double", valueTypeAfter: "Double" },
      });
      await book.edit(mark.sheet, "K5001");
      await book.edit(mark.sheet, mark.range);
      clock.tick(400);
      assert.deepEqual(seen, [`${mark.sheet}!K5001,${mark.range}`]);
      await stop();
      await book.edit(mark.sheet, "K14");
      clock.tick(400);
      assert.equal(seen.length, 1);
      assert.equal(book.handlers.length, 0);
    } finally {
      clock.restore();
    }
  });

  it("before ExcelApi 1.9 also watches sheets added after watching began, looking their name up afresh", async () => {
    const clock = sinon.useFakeTimers();
    try {
      const book = new FakeWorkbook();
      book.addSheet("A");
      const host = fakeHost(book, { maxApi: 8 });
      const port = new OfficeWorkbookPort({ host, watchDelayMs: 10 });
      const seen: string[] = [];
      const stop = await port.watchEdits((s, a) => seen.push(`${s}!${a}`));
      await book.userAddsSheet("B");
      await book.edit("B", "C3");
      clock.tick(20);
      assert.deepEqual(seen, ["B!C3"]);
      // Every Excel.run the handlers made had completed; none was reused after.
      const watchRun = host.contexts[0];
      assert.ok(host.contexts.length >= 3);
      assert.equal(watchRun.sync.callCount, 2);
      await stop();
      assert.equal(book.handlers.length, 0);
    } finally {
      clock.restore();
    }
  });

  it("on ExcelApi 1.14 also drops events Excel says came from this add-in", async () => {
    const clock = sinon.useFakeTimers();
    try {
      const book = new FakeWorkbook();
      book.addSheet("A");
      const port = new OfficeWorkbookPort({ host: fakeHost(book), watchDelayMs: 10 });
      const seen: string[] = [];
      await port.watchEdits((s, a) => seen.push(`${s}!${a}`));
      await book.edit("A", "A1", { triggerSource: "ThisLocalAddin" });
      await book.edit("A", "A2");
      clock.tick(20);
      assert.deepEqual(seen, ["A!A2"]);
    } finally {
      clock.restore();
    }
  });
});
