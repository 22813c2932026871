import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  addToWorkbook,
  generatePlan,
  planFailureText,
  planXlsx,
  typedPlan,
} from "../../src/taskpane/plan/generate-plan";
import { planProfile } from "../../src/taskpane/plan/plan-profile";
import type { WorkbookPort } from "../../src/workbook/port";
import type { AddinMetadata } from "../../src/engine/metadata";
import type { SheetSpec } from "../../src/engine/sheet-spec";
import { uniqueSheetName } from "../../src/engine/sheet-spec";
import { readMetadata } from "../../src/workbook/file/custom-xml";
import { readXlsx } from "../../src/workbook/file/read-xlsx";

const ROOT = join(__dirname, "..", "..");
const csv = {
  name: "phan-bo-von-2024.csv",
  bytes: readFileSync(join(ROOT, "examples", "allocation", "phan-bo-von-2024.csv")),
};

/** A workbook port that keeps what it is given, as the Office adapter would in an open workbook. */
function recordingPort(sheets: string[], meta: AddinMetadata | null) {
  const added: SheetSpec[] = [];
  let saved: AddinMetadata | null = meta;
  const port: WorkbookPort = {
    kind: "excel",
    readGrids: () => Promise.resolve([]),
    applyHighlights: () => Promise.resolve(),
    clearHighlights: () => Promise.resolve(),
    selectCell: () => Promise.resolve(),
    loadMetadata: () => Promise.resolve(saved),
    metadataRead: () => Promise.resolve(saved ? { kind: "read", meta: saved } : { kind: "none" }),
    saveMetadata: (m) => {
      saved = m;
      return Promise.resolve();
    },
    addSheets: (specs) => {
      added.push(...specs);
      const names = specs.map((s) => {
        const name = uniqueSheetName(s.name, sheets);
        sheets.push(name);
        return name;
      });
      return Promise.resolve(names);
    },
  };
  return { port, added, saved: () => saved };
}

describe("the Plan view's work", () => {
  it("adds the plan to the open workbook as a new sheet and keeps the profile beside the mappings already saved", async () => {
    const plan = await generatePlan(csv, "month", "Huyện Quế Sơn");
    const mapping = { sheet: "KH", headerRows: [5], headers: {}, roles: {} };
    const { port, added, saved } = recordingPort(["KH giải ngân 2024"], { version: 1, mappings: [mapping] });
    assert.equal(await addToWorkbook(port, plan), "KH giải ngân 2024 (2)");
    assert.equal(added.length, 1);
    assert.equal(added[0].cells.find((c) => c.row === 2 && c.col === 1)?.value, "Đơn vị: Huyện Quế Sơn");
    assert.deepEqual(saved()?.mappings, [mapping]);
    assert.equal((saved()?.profile as { id: string }).id, "quang-nam-2024");
  });

  it("offers the plan as an .xlsx in file mode, with its profile inside", async () => {
    const plan = await generatePlan(csv, "quarter");
    assert.equal(plan.items, 9);
    const bytes = await planXlsx(plan);
    const grids = await readXlsx(bytes, "plan.xlsx");
    assert.equal(grids[0].sheet, "KH giải ngân 2024");
    assert.deepEqual((await readMetadata(bytes))?.template, { granularity: "quarter" });
  });

  it("says in the user's language why a file is no allocation list", async () => {
    const letter = {
      name: "thu.xlsx",
      bytes: readFileSync(join(ROOT, "test", "fixtures", "bad", "no-plan-table-letter.xlsx")),
    };
    const error = await generatePlan(letter, "month").then(
      () => null,
      (e: unknown) => e,
    );
    assert.match(planFailureText(error, "vi"), /^không tìm thấy bảng phân bổ vốn/);
    assert.match(planFailureText(error, "en"), /^no allocation table found/);
    // "Gòn" in windows-1252: not UTF-8, and not Vietnamese as windows-1258 (a tone mark after "G").
    const notUtf8 = await generatePlan({ name: "x.csv", bytes: new Uint8Array([0x47, 0xf2, 0x6e]) }, "month").catch(
      (e: unknown) => e,
    );
    assert.match(planFailureText(notUtf8, "vi"), /không ở mã UTF-8/);
  });

  it("makes the typed list's plan with the workbook's own profile, and keeps the built-in one beside a bad stored one", async () => {
    const stored = JSON.parse(readFileSync(join(ROOT, "profiles", "example-2025.json"), "utf8")) as unknown;
    const { profile, fromWorkbook } = await planProfile(recordingPort([], { version: 1, profile: stored }).port);
    assert.equal(profile.id, "example-2025");
    assert.ok(fromWorkbook);
    const line = { kind: "item" as const, depth: 0, name: "Đường", code: "", owner: "", leader: "", amount: "12,5" };
    const { plan } = typedPlan(
      [{ ...line, source: "plan-2025" }],
      { unit: "million-vnd", notation: "vi" },
      { granularity: "month", profile },
    );
    assert.equal(plan?.template.lines[0].allocated, 12_500_000);
    assert.equal(plan?.template.lines[0].deadline, "2025-12-31");
    const refused = typedPlan(
      [{ ...line, source: "plan-2024" }],
      { unit: "vnd", notation: "vi" },
      { granularity: "month", profile },
    );
    assert.deepEqual(
      refused.problems.map((p) => p.kind),
      ["too-precise", "unknown-source"],
    );
    const bad = await planProfile(recordingPort([], { version: 1, profile: { id: "x" } }).port);
    assert.equal(bad.profile.id, "quang-nam-2024");
    assert.ok(bad.problems && bad.problems.length > 0);
  });
});
