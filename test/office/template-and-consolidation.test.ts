/**
 * The Office adapter rendering the engine's real outputs: a plan template
 * generated from the sample allocation list, and the consolidated workbook
 * of the bundled example submissions, on the batching fake Excel.
 */

import { strict as assert } from "node:assert";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { consolidationSheets } from "../../src/engine/consolidate/sheets";
import { rejectedSubmission } from "../../src/engine/consolidate/submission";
import type { Submission } from "../../src/engine/consolidate/types";
import { a1, parseRange } from "../../src/engine/grid";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import type { SheetSpec } from "../../src/engine/sheet-spec";
import { allocationFromGrids, planTemplate, templateMetadata } from "../../src/engine/template";
import type { AllocationList } from "../../src/engine/template";
import { csvToGrid } from "../../src/workbook/file/read-csv";
import { readSubmissionFile } from "../../src/workbook/file/read-submission";
import { OfficeWorkbookPort } from "../../src/workbook/office/port";
import { item, months, planGrid, submit } from "../helpers/plan-grid";
import { FakeSheet, FakeWorkbook, fakeHost, installExcelEnums } from "./fake-excel";

const ROOT = join(__dirname, "..", "..");
const EXAMPLES = join(ROOT, "examples");
const profile = QUANG_NAM_2024;
const options = { asOf: "2024-05-31", profile, lang: "vi" as const };

function sampleAllocation(): AllocationList {
  return allocationFromGrids(
    [csvToGrid(readFileSync(join(EXAMPLES, "allocation", "phan-bo-von-2024.csv")), "phan-bo")],
    2024,
  );
}

const totalSyncs = (host: ReturnType<typeof fakeHost>) => host.contexts.reduce((n, c) => n + c.sync.callCount, 0);

/** Every cell of the A1 range ("C7:F9") as "row,col". */
function cellsOf(range: string): string[] {
  const r = parseRange(range)!;
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(`${row},${col}`);
  return out;
}

/** The cells the sheet's format writes unlocked, from the fake's log. */
function unlockedCells(s: FakeSheet): Set<string> {
  const ranges = s.log.flatMap((l) => /^([A-Z]+\d+:[A-Z]+\d+)\.format\.protection\.locked=false$/.exec(l)?.[1] ?? []);
  return new Set(ranges.flatMap(cellsOf));
}

/** Checks a rendered sheet against its spec: formulas as formulas, every string (formula-looking or not) as text. */
function assertCellsAsSpec(s: FakeSheet, spec: SheetSpec): void {
  for (const c of spec.cells) {
    const got = s.get(c.row, c.col);
    const where = `${spec.name}!${a1(c.row, c.col)}`;
    if (c.formula !== undefined) assert.equal(got?.formula, c.formula, where);
    else if (typeof c.value === "string") assert.deepEqual([got?.value, got?.type], [c.value, "String"], where);
    else if (typeof c.value === "number") assert.deepEqual([got?.value, got?.type], [c.value, "Double"], where);
  }
}

describe("Office adapter: a generated plan template", () => {
  before(installExcelEnums);

  it("goes into a new sheet beside the one of the same name, input cells unlocked, formulas, validations and conditional formats in place", async () => {
    const t = planTemplate(sampleAllocation(), { granularity: "month+quarter", profile });
    const book = new FakeWorkbook();
    book.addSheet(t.spec.name).set(1, 1, { value: "của người dùng", type: "String" });
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });

    const names = await port.addSheets([t.spec]);
    assert.deepEqual(names, ["KH giải ngân 2024 (2)"]);
    assert.deepEqual([...book.sheet("KH giải ngân 2024").cells.keys()], ["1,1"], "the existing sheet is untouched");
    const s = book.sheet("KH giải ngân 2024 (2)");

    assertCellsAsSpec(s, t.spec);
    assert.ok(t.spec.cells.filter((c) => c.formula !== undefined).length > 50, "group, total and quarter formulas");

    // Only the spec's input cells are unlocked; every other cell keeps Excel's default (locked), then the sheet is protected.
    const inputs = t.spec.cells.filter((c) => c.style?.locked === false).map((c) => `${c.row},${c.col}`);
    assert.deepEqual([...unlockedCells(s)].sort(), [...inputs].sort());
    for (const line of t.lines)
      for (const col of [...t.inputs.months, t.inputs.actual])
        assert.ok(inputs.includes(`${line.row},${col}`), `${a1(line.row, col)} is an input`);
    assert.equal(s.log[s.log.length - 1], "protection.protect([null,null])", "protected last, without a password");

    const validations = t.spec.validations ?? [];
    assert.ok(validations.length > 0);
    for (const v of validations)
      assert.ok(
        s.log.some((l) => l.startsWith(`${v.range}.dataValidation.rule=`)),
        v.range,
      );
    const cfs = t.spec.conditionalFormats ?? [];
    assert.ok(cfs.length > 0);
    assert.deepEqual(
      s.cfs.map((cf) => cf.formula),
      cfs.map((cf) => `=${cf.formula}`),
    );
    assert.deepEqual(port.notes, []);
  });

  it("takes the same number of syncs for ten lines as for five hundred", async () => {
    const small = sampleAllocation();
    const large: AllocationList = { ...small, items: Array.from({ length: 55 }, () => small.items).flat() };
    const counts: number[] = [];
    for (const allocation of [small, large]) {
      const host = fakeHost(new FakeWorkbook());
      await new OfficeWorkbookPort({ host }).addSheets([
        planTemplate(allocation, { granularity: "month", profile }).spec,
      ]);
      counts.push(totalSyncs(host));
    }
    assert.deepEqual(counts, [2, 2]);
  });

  it("keeps the template's profile in the workbook: what is saved is what is loaded", async () => {
    const book = new FakeWorkbook();
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });
    const meta = templateMetadata(profile, "quarter");
    await port.saveMetadata(meta);
    assert.deepEqual(await new OfficeWorkbookPort({ host: fakeHost(book) }).loadMetadata(), meta);
  });
});

describe("Office adapter: the consolidated workbook", () => {
  before(installExcelEnums);

  async function exampleSubmissions(): Promise<Submission[]> {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx"));
    const subs = await Promise.all(
      files.map((f) => {
        const path = join(EXAMPLES, f);
        return readSubmissionFile(readFileSync(path), f, statSync(path).mtime.toISOString(), options);
      }),
    );
    // Text that reaches the sheets from the submissions: a line's name and a file name that look like formulas.
    const hostile = planGrid({
      title: "UBND HUYỆN A LƯỚI",
      items: [item('=HYPERLINK("http://evil.example","bấm")', months(5e8, 5e8), 0)],
    });
    return [...subs, submit("a-luoi.xlsx", [hostile]), rejectedSubmission("=1+2.xlsx", "không đọc được", null)];
  }

  it("adds every sheet, charts through the charts API with their series ranges, and submitted text as text", async () => {
    const report = consolidate(await exampleSubmissions(), options);
    const specs = consolidationSheets(report, profile, "vi");
    const book = new FakeWorkbook();
    const host = fakeHost(book);
    const names = await new OfficeWorkbookPort({ host }).addSheets(specs);

    assert.deepEqual(
      names,
      specs.map((s) => s.name),
    );
    assert.deepEqual(
      book.sheets.map((s) => s.name),
      names,
    );
    assert.equal(totalSyncs(host), 2);
    specs.forEach((spec) => assertCellsAsSpec(book.sheet(spec.name), spec));

    const texts = specs.flatMap((spec) => spec.cells.map((c) => c.value)).filter((v) => typeof v === "string");
    assert.ok(
      texts.some((v) => v.startsWith("=HYPERLINK")),
      "the line's name is in the at-risk list",
    );
    assert.ok(texts.includes("=1+2.xlsx"), "the file name is in the submissions list");

    const charted = specs.filter((s) => (s.charts ?? []).length > 0);
    assert.ok(charted.length > 0);
    for (const spec of charted) {
      const log = book.sheet(spec.name).log;
      const has = (entry: string) => assert.ok(log.includes(entry), `${entry} in ${spec.name}`);
      for (const chart of spec.charts!) {
        const [first, ...rest] = chart.series;
        has(`charts.add().title.text=${JSON.stringify(chart.title)}`);
        has(`charts.add().setPosition(${JSON.stringify([chart.from, chart.to])})`);
        assert.ok(log.some((l) => l.startsWith("charts.add([") && l.includes(`"<${first.values}>"`)));
        has(`charts.add().series.getItemAt().name=${JSON.stringify(first.name)}`);
        has(`charts.add().series.getItemAt().setXAxisValues(["<${chart.categories}>"])`);
        for (const s of rest) {
          has(`charts.add().series.add(${JSON.stringify([s.name])})`);
          has(`charts.add().series.add().setValues(["<${s.values}>"])`);
        }
      }
      const added = log.filter((l) => l.startsWith("charts.add(["));
      assert.equal(added.length, spec.charts!.length);
    }
  });
});
