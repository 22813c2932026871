/**
 * One hand-made workbook per class of reading failure the layout corpus
 * exposed (issue 10), so each mechanism is held even if the generator changes.
 */

import { strict as assert } from "node:assert";
import { detectTables } from "../../src/engine/detect";
import { sourceOf } from "../../src/engine/detect/sources";
import { normalize } from "../../src/engine/text";
import { readWorkbook, validateWorkbook } from "../../src/engine/validate";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import type { CellValue } from "../../src/engine/grid";
import { grid } from "../helpers/grid";

const read = (g: ReturnType<typeof grid>) => readWorkbook([g], QUANG_NAM_2024);
const months = (prefix: string) => Array.from({ length: 12 }, (_, i) => `${prefix}${i + 1}`);
const zeros = (n: number): (number | null)[] => Array<number | null>(n).fill(null);

describe("reading layouts written by others (issue 10 classes)", () => {
  it("recognises a source phrase by its parts in any order", () => {
    const carried = [
      "Vốn năm 2022 kéo dài sang 2024",
      "Vốn kéo dài năm 2022",
      "Kéo dài 2022",
      "Vốn 2022 chuyển nguồn sang 2024",
      "Vốn chuyển nguồn năm 2022",
      "KH vốn 2022 kéo dài",
      "Kế hoạch năm 2022 kéo dài sang năm 2024",
      "Nguồn vốn kéo dài năm 2022 sang năm 2024",
    ];
    for (const p of carried) assert.equal(sourceOf(normalize(p)), "carryover-2022", p);
    assert.equal(sourceOf(normalize("Kế hoạch vốn năm 2024")), "plan-2024");
    // The year capital is carried into is not the capital's own.
    assert.equal(sourceOf(normalize("Vốn kéo dài sang năm 2024")), null);
  });

  it("reads a column group per source holding only capital and actuals as its own source, without periods", () => {
    const g = grid({
      rows: [
        ["ĐVT: triệu đồng"],
        ["STT", "Tên công trình", "Mã dự án", "Kế hoạch vốn năm 2024", ...zeros(13), "Vốn kéo dài năm 2022", null],
        [
          null,
          null,
          null,
          "Kế hoạch vốn",
          ...months("T"),
          "Giải ngân đến 31/5/2024",
          "Kế hoạch vốn",
          "Giải ngân đến 31/5/2024",
        ],
        ["1", "Đường thôn 1", "7900001", 120, ...[10, 20, 30, 60, 0, 0, 0, 0, 0, 0, 0, 0], 25, 80, 40],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:Q2", "R2:S2"],
    });
    const lines = read(g)[0].lines;
    assert.deepEqual(
      lines.map((l) => [l.source, l.allocated, l.planned.reduce((a, b) => a + b, 0), l.actualToDate]),
      [
        ["plan-2024", 120e6, 120e6, 25e6],
        ["carryover-2022", 80e6, 0, 40e6],
      ],
    );
  });

  it("reads a work continued on the next row for another source as a second line beside it, not a child", () => {
    const g = grid({
      rows: [
        ["ĐVT: triệu đồng"],
        [
          "STT",
          "Tên dự án, công trình",
          "Mã dự án",
          "Nguồn vốn",
          "Kế hoạch vốn",
          ...months("Tháng "),
          "Giải ngân đến 31/5/2024",
        ],
        ["I", "Dự án 1: Hạ tầng", null, null, 300, 100, ...zeros(11), 50],
        ["1", "Đường thôn 1", "7900001", "Vốn năm 2024", 200, 100, ...zeros(11), 30],
        [null, "Đường thôn 1", "7900001", "Năm 2022 kéo dài", 100, ...zeros(12), 20],
      ],
    });
    const lines = read(g)[0].lines;
    assert.deepEqual(
      lines.map((l) => [l.row, l.kind, l.parentRow, l.source]),
      [
        [3, "group", null, "plan-2024"],
        [4, "item", 3, "plan-2024"],
        [5, "item", 3, "carryover-2022"],
      ],
    );
    const report = validateWorkbook([g], { file: "t.xlsx", asOf: "2024-05-31", lang: "vi" });
    assert.ok(!JSON.stringify(report).includes("group-sum-mismatch"));
  });

  it("takes a bare year in a 'Năm vốn' column as that year's capital carried into the plan year", () => {
    const g = grid({
      rows: [
        ["ĐVT: triệu đồng"],
        ["STT", "Tên công trình", "Mã dự án", "Năm vốn", "Kế hoạch vốn", ...months("Tháng "), "Đã giải ngân"],
        ["1", "Đường thôn 1", "7900001", 2024, 200, 100, ...zeros(11), 30],
        [null, "Đường thôn 1", "7900001", 2023, 100, 100, ...zeros(11), 20],
      ],
    });
    assert.deepEqual(
      read(g)[0].lines.map((l) => l.source),
      ["plan-2024", "carryover-2023"],
    );
  });

  it("does not read a summary by programme on the plan's sheet as plan lines, and keeps the sheet's title for the plan", () => {
    const g = grid({
      rows: [
        ["UBND HUYỆN TIÊN PHƯỚC"],
        ["KẾ HOẠCH GIẢI NGÂN VỐN NĂM 2022 KÉO DÀI SANG NĂM 2024"],
        ["Đơn vị tính: tỷ đồng"],
        ["TỔNG HỢP THEO CHƯƠNG TRÌNH"],
        ["STT", "Chương trình", "Kế hoạch vốn", "Đã giải ngân"],
        ["I", "Chương trình MTQG xây dựng nông thôn mới", 1.5, 0.2],
        [],
        ["STT", "Tên công trình", "Mã dự án", "Kế hoạch vốn", ...months("T"), "Đã giải ngân"],
        ["1", "Đường thôn 1", "7900001", 1.5, 1.5, ...zeros(11), 0.2],
      ],
    });
    const tables = read(g);
    assert.equal(tables.length, 1);
    assert.deepEqual(
      tables[0].lines.map((l) => [l.row, l.source, l.allocated]),
      [[9, "carryover-2022", 1.5e9]],
    );
    assert.equal(tables[0].table.unit, "billion-vnd");
    assert.equal(tables[0].table.titleLines[0], "UBND HUYỆN TIÊN PHƯỚC");
  });

  it("reads headers centred across selection, a spread sub-header over its own sub-headers included", () => {
    const g = grid({
      rows: [
        ["STT", "Nội dung", "Mã dự án", "Vốn được giao", "KH giải ngân năm 2024", ...zeros(11), "Đã giải ngân"],
        [null, null, null, null, "Tháng"],
        [null, null, null, null, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        ["1", "Đường thôn 1", "7900001", 120, 10, 110, ...zeros(10), 5],
      ],
      merges: ["A1:A3", "B1:B3", "C1:C3", "D1:D3", "Q1:Q3"],
    });
    const t = detectTables(g, { year: 2024 })[0];
    assert.deepEqual(t.headerRows, [1, 2, 3]);
    assert.deepEqual(
      t.columns.filter((c) => c.role === "planned").map((c) => c.month),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
  });

  it("never puts a heading under a work in a table without STT", () => {
    const g = grid({
      rows: [
        ["Tên công trình", "Mã dự án", "Kế hoạch vốn năm 2024", ...months("Tháng "), "Đã giải ngân"],
        ["Chương trình MTQG xây dựng nông thôn mới", null, 300, 300, ...zeros(11), 0],
        ["Nội dung 01: Giao thông", null, 100, 100, ...zeros(11), 0],
        ["Đường thôn 1", "7900001", 100, 100, ...zeros(11), 0],
        ["Dự án 2: Sinh kế", null, 200, 200, ...zeros(11), 0],
        ["Nhà văn hóa thôn 2", "7900002", 200, 200, ...zeros(11), 0],
      ],
    });
    assert.deepEqual(
      read(g)[0].lines.map((l) => [l.row, l.kind, l.parentRow]),
      [
        [2, "group", null],
        [3, "group", 2],
        [4, "item", 3],
        [5, "group", 2],
        [6, "item", 5],
      ],
    );
  });

  it("reads ambiguous number texts in the notation the table's typed numbers show", () => {
    const rows: CellValue[][] = [
      ["ĐVT: nghìn đồng"],
      ["STT", "Tên công trình", "Kế hoạch vốn năm 2024", ...months("Tháng "), "Đã giải ngân"],
    ];
    for (let i = 1; i <= 6; i++)
      rows.push([String(i), `Đường thôn ${i}`, i % 2 ? "60,100" : 60100, 60100, ...zeros(11), 1200]);
    const lines = read(grid({ rows }))[0].lines;
    assert.ok(lines.every((l) => l.allocated === 60_100_000));
  });

  it("does not take a title written in the STT column under the table for a line", () => {
    const g = grid({
      rows: [
        ["ĐVT: triệu đồng"],
        ["STT", "Tên công trình", "Mã dự án", "Kế hoạch vốn năm 2024", ...months("Tháng "), "Đã giải ngân"],
        ["1", "Đường thôn 1", "7900001", 100, 100, ...zeros(11), 0],
        [],
        ["TỔNG HỢP THEO CHƯƠNG TRÌNH"],
        ["STT", "Chương trình", "Kế hoạch vốn", "Đã giải ngân"],
        ["I", "Chương trình MTQG xây dựng nông thôn mới", 100, 0],
      ],
    });
    assert.deepEqual(
      read(g)[0].lines.map((l) => l.row),
      [3],
    );
  });

  it("reads amounts in tỷ đồng, and does not take 'Tỷ lệ' for a unit", () => {
    const g = grid({
      rows: [
        ["STT", "Tên công trình", "Kế hoạch vốn (tỷ đồng)", ...months("Tháng "), "Đã giải ngân", "Tỷ lệ (%)"],
        ["1", "Đường thôn 1", 1.2345, 1.2345, ...zeros(11), 0.1, 8.1],
      ],
    });
    const [t] = read(g);
    assert.equal(t.table.unit, "billion-vnd");
    assert.equal(t.lines[0].allocated, 1_234_500_000);
    const rate = grid({
      rows: [
        ["STT", "Tên công trình", "Kế hoạch vốn", ...months("Tháng "), "Đã giải ngân", "Tỷ lệ (%)"],
        ["1", "Đường thôn 1", 120, 120, ...zeros(11), 10, 8.1],
      ],
    });
    assert.notEqual(read(rate)[0].table.unit, "billion-vnd");
  });
});
