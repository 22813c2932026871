import { strict as assert } from "node:assert";
import { detectTables } from "../../src/engine/detect";
import { validateWorkbook } from "../../src/engine/validate";
import { ui } from "../../src/i18n/ui";
import {
  detectedTable,
  isUnsure,
  mappingFromChoices,
  roleChoices,
  roleLabel,
  withMapping,
} from "../../src/taskpane/check/mapping-view";
import { grid } from "../helpers/grid";

const plan = (unitLine: string | null, amountHeader: string) =>
  grid({
    sheet: "KH",
    rows: [
      [unitLine],
      ["STT", "Tên dự án", amountHeader, "Tháng 1", "Tháng 2"],
      [1, "Đường GTNT thôn 1", 500, 200, 300],
      [2, "Nhà văn hóa thôn 2", 400, 100, 100],
    ],
  });

const tableOf = (g: ReturnType<typeof plan>) => detectedTable(detectTables(g)[0]);

describe("mapping view", () => {
  it("shows each column's header, role and confidence as detected", () => {
    const table = tableOf(plan("Đơn vị tính: triệu đồng", "Vốn kế hoạch năm 2024"));
    assert.deepEqual(
      table.columns.map((c) => [c.letter, c.title, c.role]),
      [
        ["A", "STT", "stt"],
        ["B", "Tên dự án", "label"],
        ["C", "Vốn kế hoạch năm 2024", "allocated:plan-2024"],
        ["D", "Tháng 1", "planned::1"],
        ["E", "Tháng 2", "planned::2"],
      ],
    );
    assert.equal(isUnsure(table), false);
  });

  it("offers the editor when a role is guessed or the unit is not written", () => {
    assert.equal(isUnsure(tableOf(plan("Đơn vị tính: triệu đồng", "Số tiền"))), true, "a role below 0.6");
    const noUnit = tableOf(plan(null, "Vốn kế hoạch năm 2024"));
    assert.equal(noUnit.unitGuessed, true);
    assert.equal(isUnsure(noUnit), true);
  });

  it("offers every role for each source the table names, and always the column's own", () => {
    const table = tableOf(plan("Đơn vị tính: triệu đồng", "Vốn kế hoạch năm 2024"));
    const choices = roleChoices(table);
    for (const role of [
      "ignore",
      "label",
      "code",
      "allocated:plan-2024",
      "planned:plan-2024:12",
      "planned::Q4",
      "actual",
    ]) {
      assert.ok(choices.includes(role), role);
    }
    assert.ok(table.columns.every((c) => choices.includes(c.role)));
    assert.equal(new Set(choices).size, choices.length, "no role offered twice");
  });

  it("names roles for the user in their language", () => {
    const source = (id: string) => (id === "plan-2024" ? "Kế hoạch vốn năm 2024" : id);
    assert.equal(roleLabel("planned:plan-2024:3", ui.vi, source), "Kế hoạch tháng 3 — Kế hoạch vốn năm 2024");
    assert.equal(roleLabel("planned::Q2", ui.en, source), "Planned quarter 2");
    assert.equal(roleLabel("ignore", ui.en, source), "Not read");
  });

  it("saves the user's roles so the next check reads the table their way, replacing the earlier mapping", () => {
    const g = plan("Đơn vị tính: triệu đồng", "Số tiền");
    const table = tableOf(g);
    const first = withMapping(null, mappingFromChoices(table, { C: "ignore" }));
    const meta = withMapping(first, mappingFromChoices(table, { E: "ignore" }));
    assert.equal(meta.mappings?.length, 1, "one mapping per table");
    const report = validateWorkbook([g], { file: "t.xlsx", asOf: "2024-05-31", lang: "vi", mappings: meta.mappings });
    const planned = Object.values(report.tables[0].columns.planned)[0];
    assert.deepEqual(planned, { "1": "D" });
    assert.equal(report.tables[0].confidence.planned, 1);
  });
});
