import { strict as assert } from "node:assert";
import { detectTables } from "../../src/engine/detect";
import { IGNORE_ROLE, mappingOf, parseRoleName, roleName } from "../../src/engine/detect/mapping";
import type { ColumnMapping } from "../../src/engine/metadata";
import { validateWorkbook } from "../../src/engine/validate";
import { grid } from "../helpers/grid";

/** A plan whose capital column is headed only "Số tiền": detection can only guess it is the allocation. */
const unsure = (amountHeader = "Số tiền") =>
  grid({
    sheet: "KH",
    rows: [
      ["Đơn vị tính: triệu đồng"],
      ["STT", "Tên dự án", amountHeader, "Tháng 1", "Tháng 2", "Ghi chú"],
      [1, "Đường GTNT thôn 1", 500, 200, 300, "Bàn giao"],
      [2, "Nhà văn hóa thôn 2", 400, 100, 100, "Xã làm chủ đầu tư"],
    ],
  });

const mapped = (roles: Record<string, string>, amountHeader = "Số tiền"): ColumnMapping => {
  const confirmed = mappingOf("KH", [2], detectTables(unsure(amountHeader))[0].columns);
  return { ...confirmed, roles: { ...confirmed.roles, ...roles } };
};

describe("column mappings", () => {
  it("names every kind of role as one string and reads it back", () => {
    const cases: [Parameters<typeof roleName>[0], string][] = [
      [{ role: "label", source: null, month: null, quarter: null }, "label"],
      [{ role: "other", source: null, month: null, quarter: null }, IGNORE_ROLE],
      [{ role: "allocated", source: "plan-2024", month: null, quarter: null }, "allocated:plan-2024"],
      [{ role: "planned", source: "plan-2024", month: 3, quarter: null }, "planned:plan-2024:3"],
      [{ role: "planned", source: null, month: null, quarter: 2 }, "planned::Q2"],
      [{ role: "actual", source: null, month: null, quarter: null }, "actual"],
    ];
    for (const [column, name] of cases) {
      assert.equal(roleName(column), name);
      assert.deepEqual(parseRoleName(name), column);
    }
  });

  it("refuses role names it does not know instead of guessing", () => {
    for (const name of [
      "",
      "boss",
      "label:plan-2024",
      "planned:plan-2024:13",
      "planned:plan-2024:Q5",
      "actual:a:1:2",
    ]) {
      assert.equal(parseRoleName(name), null, name);
    }
  });

  it("replaces the detected roles with the confirmed ones while the header reads the same", () => {
    const detected = detectTables(unsure())[0].columns;
    assert.ok(detected[2].confidence < 0.6, "detection is unsure of a column headed only 'Số tiền'");
    const mapping = mapped({ C: "allocated:plan-2024", F: IGNORE_ROLE });
    const [table] = detectTables(unsure(), { mappings: [mapping] });
    assert.deepEqual(
      table.columns.map((c) => [c.role, c.source, c.confidence]),
      [
        ["stt", null, 1],
        ["label", null, 1],
        ["allocated", "plan-2024", 1],
        ["planned", null, 1],
        ["planned", null, 1],
        ["other", null, 1],
      ],
    );
  });

  it("lets detection decide again once the header text has changed", () => {
    const mapping = mapped({ C: IGNORE_ROLE });
    const [table] = detectTables(unsure("Vốn được giao"), { mappings: [mapping] });
    assert.equal(table.columns[2].role, "allocated");
    assert.ok(table.columns[2].confidence < 1);
  });

  it("uses the mapping from validateWorkbook, so a column set aside is not checked", () => {
    const options = { file: "t.xlsx", asOf: "2024-05-31", lang: "vi" as const };
    const before = validateWorkbook([unsure()], options);
    assert.equal(
      before.tables[0].columns.planned["*"]?.["1"] ?? before.tables[0].columns.planned["plan-2024"]?.["1"],
      "D",
    );
    const after = validateWorkbook([unsure()], { ...options, mappings: [mapped({ D: IGNORE_ROLE })] });
    const planned = Object.values(after.tables[0].columns.planned)[0];
    assert.equal(planned["1"], undefined);
    assert.equal(planned["2"], "E");
  });

  it("changes nothing but the confidence when the detected roles are confirmed as they are", () => {
    const detected = detectTables(unsure())[0].columns;
    const confirmed = detectTables(unsure(), { mappings: [mappingOf("KH", [2], detected)] })[0].columns;
    assert.deepEqual(
      confirmed.map((c) => ({ ...c, confidence: 0 })),
      detected.map((c) => ({ ...c, confidence: 0 })),
    );
    assert.ok(confirmed.every((c) => c.confidence === 1));
  });
});
