import { strict as assert } from "node:assert";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { validateWorkbook } from "../../src/engine/validate";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { auditOf } from "../../src/engine/audit";
import { columnNumber } from "../../src/engine/grid";
import { OfficeWorkbookPort } from "../../src/workbook/office/port";
import { stampPlan, stampState } from "../../src/taskpane/check/stamp-plan";
import { withAuditTrail } from "../../src/workbook/audit-trail";
import { highlightPlan } from "../../src/engine/highlight";
import { FakeWorkbook, fakeHost, installExcelEnums, sheetFromGrid } from "./fake-excel";

const FILE = join(__dirname, "..", "..", "examples", "thi-xa-dien-ban-ntm-2024.xlsx");
const sha256 = async (b: Uint8Array): Promise<Uint8Array> => createHash("sha256").update(b).digest();

describe("Office adapter: commitment stamp (the Check view's Xác nhận kế hoạch)", () => {
  before(installExcelEnums);

  it("stamps the open workbook, adds the Xác nhận sheet, and names the line and field once an amount is edited", async () => {
    const grids = await readXlsx(readFileSync(FILE), "x.xlsx");
    const book = new FakeWorkbook();
    for (const g of grids) sheetFromGrid(book, g);
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });
    const check = async () =>
      validateWorkbook(await port.readGrids(), { file: "x.xlsx", asOf: "2024-05-31", lang: "vi" });

    const report = await check();
    assert.equal((await stampState(port, report, QUANG_NAM_2024, sha256)).state, "none");
    const { sheet } = await stampPlan(
      port,
      report,
      { unit: "Thị xã Điện Bàn", leader: "Nguyễn Văn Tâm", position: "PCT UBND thị xã" },
      "2024-06-05T09:00:00+07:00",
      "vi",
      sha256,
    );
    assert.equal(sheet, "Xác nhận");
    assert.ok(book.sheets.some((s) => s.name === "Xác nhận"));
    assert.deepEqual(
      auditOf(await port.loadMetadata()).map((e) => [e.action, e.by]),
      [["stamped", "add-in"]],
    );
    // The stamp sheet is no plan table: checking again finds the plan unchanged.
    assert.equal((await stampState(port, await check(), QUANG_NAM_2024, sha256)).state, "valid");

    const table = report.tables[0];
    const line = table.lines.find((l) => l.kind === "item" && l.code && l.actualToDate !== null)!;
    const col = columnNumber(table.columns.actual[line.source] ?? Object.values(table.columns.actual)[0]);
    const cell = book.sheets.find((s) => s.name === table.sheet)!;
    cell.set(line.row, col, { value: 1, type: "Double" });
    const state = await stampState(port, await check(), QUANG_NAM_2024, sha256);
    assert.equal(state.state, "changed");
    assert.deepEqual(
      state.differences?.map((d) => [d.row, d.code, d.fields]),
      [[line.row, line.code, ["actualToDate"]]],
    );
  });

  it("keeps a trail of highlights applied and cleared, and of a profile saved, with time and tool version", async () => {
    const grids = await readXlsx(readFileSync(FILE), "x.xlsx");
    const book = new FakeWorkbook();
    for (const g of grids) sheetFromGrid(book, g);
    const port = withAuditTrail(new OfficeWorkbookPort({ host: fakeHost(book) }), () => "2024-06-05T09:00:00+07:00");
    await port.applyHighlights(
      highlightPlan(validateWorkbook(grids, { file: "x.xlsx", asOf: "2024-05-31", lang: "vi" })),
    );
    await port.clearHighlights();
    await port.saveMetadata({ ...(await port.loadMetadata())!, profile: { id: "qn", extends: "quang-nam-2024" } });
    const trail = auditOf(await port.loadMetadata());
    assert.deepEqual(
      trail.map((e) => [e.action, e.by, e.at]),
      [
        ["highlights-applied", "add-in", "2024-06-05T09:00:00+07:00"],
        ["highlights-cleared", "add-in", "2024-06-05T09:00:00+07:00"],
        ["profile-saved", "add-in", "2024-06-05T09:00:00+07:00"],
      ],
    );
    assert.ok(trail.every((e) => e.tool.length > 0));
  });
});
