import { strict as assert } from "node:assert";
import { detectTables } from "../../src/engine/detect";
import { validateWorkbook } from "../../src/engine/validate";
import type { CellValue } from "../../src/engine/grid";
import { grid } from "../helpers/grid";

const check = (g: ReturnType<typeof grid>[]) => validateWorkbook(g, { file: "t.xlsx", asOf: "2024-05-31", lang: "vi" });
const months = (prefix: string) => Array.from({ length: 12 }, (_, i) => `${prefix}${i + 1}`);
const roles = (g: ReturnType<typeof grid>) => detectTables(g)[0].columns.map((c) => c.role);

describe("detection", () => {
  it("reads a merged two-row header with one column group per source", () => {
    const g = grid({
      sheet: "Tổng hợp",
      rows: [
        ["UBND HUYỆN TÂY GIANG"],
        ["KẾ HOẠCH GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH MTQG"],
        ["Đơn vị tính: triệu đồng"],
        [
          "STT",
          "Danh mục dự án",
          "Mã dự án",
          "Chủ đầu tư",
          "Vốn năm 2022 kéo dài sang 2024",
          null,
          "Kế hoạch vốn năm 2024",
          null,
          "Giải ngân đến 31/5/2024",
          null,
        ],
        [null, null, null, null, "Kế hoạch", "Giải ngân", "Kế hoạch", "Giải ngân", "Vốn 2022", "Vốn 2024"],
        ["A", "B", 1, 2, 3, 4, 5, 6, 7, 8],
        [1, "Đường GTNT thôn 1", "7900001", "UBND xã A", 500, null, 1200, null, 100, 300],
      ],
      merges: ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:H4", "I4:J4"],
    });
    const t = detectTables(g)[0];
    assert.deepEqual(t.headerRows, [4, 5]);
    assert.equal(t.numberingRow, 6);
    assert.equal(t.firstDataRow, 7);
    const e = t.columns[4];
    assert.equal(e.role, "allocated");
    assert.equal(e.source, "carryover-2022");
    assert.equal(t.columns[6].source, "plan-2024");
    const report = check([g]);
    const lines = report.tables[0].lines;
    assert.deepEqual(
      lines.map((l) => [l.row, l.source, l.allocated]),
      [
        [7, "carryover-2022", 500_000_000],
        [7, "plan-2024", 1_200_000_000],
      ],
    );
  });

  it("finds short month headers T1…T12 and takes the source from the sheet name", () => {
    const g = grid({
      sheet: "Vốn 2023 kéo dài",
      rows: [
        ["TT", "Nội dung", "Tổng vốn", ...months("T"), "Lũy kế giải ngân"],
        ["1", "Trường mẫu giáo xã Trà Mai", 600, 0, 0, 100, 100, 100, 100, 100, 100, 0, 0, 0, 0, 250],
      ],
    });
    const t = detectTables(g)[0];
    assert.equal(t.granularity, "month");
    assert.equal(t.defaultSource, "carryover-2023");
    const line = check([g]).tables[0].lines[0];
    assert.equal(line.source, "carryover-2023");
    assert.equal(line.deadline, "2024-08-31");
    assert.equal(line.planned.length, 12);
    assert.equal(line.plannedTotal, 600_000_000);
    assert.equal(line.actualToDate, 250_000_000);
  });

  it("knows every common spelling of months and quarters", () => {
    const spellings = [
      "Tháng 1",
      "Th.2",
      "T3",
      "Tháng 04",
      "05/2024",
      "Tháng 6/2024",
      "tháng 7 năm 2024",
      "THÁNG 8",
      "Th 9",
      "T.10",
      "Tháng 11",
      "T12",
    ];
    const g = grid({
      rows: [
        ["STT", "Tên công trình", "Kế hoạch vốn", ...spellings, "Quý I", "Q2", "Quý 3", "QUÝ IV"],
        [1, "Nhà văn hóa", 12, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3],
      ],
    });
    const t = detectTables(g)[0];
    assert.deepEqual(
      t.columns.slice(3, 15).map((c) => c.month),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
    assert.deepEqual(
      t.columns.slice(15).map((c) => c.quarter),
      [1, 2, 3, 4],
    );
    assert.equal(t.granularity, "month+quarter");
    assert.equal(check([g]).summary.errors, 0);
  });

  it("takes each line's source from a Nguồn vốn column", () => {
    const g = grid({
      rows: [
        ["STT", "Tên dự án", "Nguồn vốn", "Kế hoạch vốn", "Quý I", "Quý II", "Quý III", "Quý IV"],
        [1, "Dự án A", "Vốn năm 2022 kéo dài", 100, 50, 50, 0, 0],
        [2, "Dự án B", "KH 2024", 200, 0, 50, 50, 100],
        [3, "Dự án C", "Vốn 2023 chuyển sang", 300, 100, 100, 100, 0],
      ],
    });
    const lines = check([g]).tables[0].lines;
    assert.deepEqual(
      lines.map((l) => l.source),
      ["carryover-2022", "plan-2024", "carryover-2023"],
    );
    assert.equal(check([g]).tables[0].granularity, "quarter");
  });

  it("takes the source from section rows when headers name none", () => {
    const g = grid({
      rows: [
        ["STT", "Tên dự án", "Vốn giao", "Tháng 1", "Tháng 2"],
        ["I", "Vốn năm 2022 kéo dài sang năm 2024", 30, 10, 20],
        [1, "Kênh mương thôn 2", 30, 10, 20],
        ["II", "Kế hoạch vốn năm 2024", 50, 25, 25],
        [1, "Đường nội đồng", 50, 25, 25],
      ],
    });
    const lines = check([g]).tables[0].lines;
    assert.deepEqual(
      lines.map((l) => [l.row, l.kind, l.parentRow, l.source]),
      [
        [2, "group", null, "carryover-2022"],
        [3, "item", 2, "carryover-2022"],
        [4, "group", null, "plan-2024"],
        [5, "item", 4, "plan-2024"],
      ],
    );
  });

  it("stops at signature blocks and notes and reads across blank and hidden rows", () => {
    const g = grid({
      rows: [
        ["KẾ HOẠCH GIẢI NGÂN NĂM 2024"],
        ["STT", "Tên dự án", "KH vốn 2024", "Quý I", "Quý II", "Quý III", "Quý IV"],
        [1, "Dự án A", 100, 25, 25, 25, 25],
        [],
        [2, "Dự án B", 40, 10, 10, 10, 10],
        [3, "Dự án C (ẩn)", 40, 10, 10, 10, 10],
        ["Ghi chú: số liệu tạm tính"],
        [],
        [null, "Người lập biểu", null, null, "Thủ trưởng đơn vị"],
        [null, "(Ký, ghi rõ họ tên)"],
      ],
      hiddenRows: [6],
    });
    const t = detectTables(g)[0];
    assert.deepEqual(t.dataRows, [3, 5, 6]);
    const lines = check([g]).tables[0].lines;
    assert.equal(lines[2].hidden, true);
  });

  it("reads a trailing note without a colon as outside the table", () => {
    const g = grid({
      rows: [
        ["STT", "Tên dự án", "KH vốn 2024", "Quý I", "Quý II", "Quý III", "Quý IV"],
        [1, "Dự án A", 100, 25, 25, 25, 25],
        [null, "Số liệu tạm tính, sẽ cập nhật sau"],
      ],
    });
    assert.deepEqual(detectTables(g)[0].dataRows, [2]);
  });

  it("reads a three-row header with month plan and actual pairs", () => {
    const g = grid({
      rows: [
        ["STT", "Nội dung", "Kế hoạch vốn 2024", "Tiến độ giải ngân năm 2024", null, null, null],
        [null, null, null, "Tháng 1", null, "Tháng 2", null],
        [null, null, null, "KH", "TH", "KH", "TH"],
        [1, "Chợ trung tâm xã", 100, 40, 30, 60, 20],
      ],
      merges: ["A1:A3", "B1:B3", "C1:C3", "D1:G1", "D2:E2", "F2:G2"],
    });
    const t = detectTables(g)[0];
    assert.deepEqual(t.headerRows, [1, 2, 3]);
    assert.deepEqual(
      t.columns.slice(3).map((c) => [c.role, c.month]),
      [
        ["planned", 1],
        ["actual", 1],
        ["planned", 2],
        ["actual", 2],
      ],
    );
    const line = check([g]).tables[0].lines[0];
    assert.deepEqual(line.planned.slice(0, 3), [40_000_000, 60_000_000, 0]);
    assert.equal(line.actualToDate, 50_000_000);
  });

  it("finds the label by its text when the table has no STT and an unusual label header", () => {
    const g = grid({
      rows: [
        ["Công trình, dự án", "Mã số", "Số vốn được giao", "Quý I", "Quý II", "Quý III", "Quý IV"],
        ["Cầu treo Trà Leng", "7912345", 80, 20, 20, 20, 20],
        ["Đường vào khu sản xuất", "7912346", 20, 5, 5, 5, 5],
      ],
    });
    const r = roles(g);
    assert.deepEqual(r.slice(0, 3), ["label", "code", "allocated"]);
  });

  it("reads numbers typed as text in the table's notation", () => {
    const g = grid({
      rows: [
        ["STT", "Tên dự án", "KH vốn năm 2024", "Quý I", "Quý II", "Quý III", "Quý IV"],
        [1, "Dự án A", "1.250,5", "250,5", "1.000", 0, 0],
      ],
    });
    const line = check([g]).tables[0].lines[0];
    assert.equal(line.allocated, 1_250_500_000);
    assert.deepEqual(line.planned, [250_500_000, 1_000_000_000, 0, 0]);
  });

  it("reads the unit from the title, a header, or the size of the amounts", () => {
    const table = (title: CellValue, header: string, amount: number) =>
      grid({
        rows: [
          [title],
          ["STT", "Tên dự án", header, "Quý I", "Quý II", "Quý III", "Quý IV"],
          [1, "A", amount, amount, 0, 0, 0],
        ],
      });
    assert.equal(detectTables(table("ĐVT: nghìn đồng", "KH vốn 2024", 5))[0].unit, "thousand-vnd");
    assert.equal(detectTables(table("Đơn vị: đồng", "KH vốn 2024", 5))[0].unit, "vnd");
    assert.equal(detectTables(table(null, "KH vốn 2024 (triệu đồng)", 5))[0].unit, "million-vnd");
    const guessed = detectTables(table(null, "KH vốn 2024", 1_250_000_000))[0];
    assert.equal(guessed.unit, "vnd");
    assert.ok(guessed.unitConfidence < 0.5);
    assert.equal(detectTables(table("Vùng đồng bào dân tộc thiểu số", "KH vốn 2024", 5))[0].unit, "million-vnd");
  });

  it("finds two tables stacked in one sheet", () => {
    const g = grid({
      rows: [
        ["STT", "Tên dự án", "Vốn 2022 kéo dài", "Quý I", "Quý II", "Quý III", "Quý IV"],
        [1, "A", 10, 10, 0, 0, 0],
        [],
        ["STT", "Tên dự án", "KH vốn 2024", "Quý I", "Quý II", "Quý III", "Quý IV"],
        [1, "B", 20, 5, 5, 5, 5],
      ],
    });
    const tables = detectTables(g);
    assert.equal(tables.length, 2);
    assert.deepEqual(
      tables.map((t) => [t.firstDataRow, t.lastDataRow]),
      [
        [2, 2],
        [5, 5],
      ],
    );
  });

  it("reads a group title spread over unmerged cells as covering the columns to its right", () => {
    const g = grid({
      rows: [
        ["STT", "Tên dự án", "Kế hoạch vốn năm 2024", null, "Kế hoạch giải ngân", null, null, null],
        [null, null, "Tổng số", "NSTW", "Quý I", "Quý II", "Quý III", "Quý IV"],
        [1, "A", 100, 80, 25, 25, 25, 25],
      ],
    });
    const t = detectTables(g)[0];
    assert.deepEqual(
      t.columns.map((c) => c.role),
      ["stt", "label", "allocated", "allocated", "planned", "planned", "planned", "planned"],
    );
    assert.equal(t.columns[3].part, "nstw");
    assert.equal(check([g]).tables[0].lines[0].allocated, 100_000_000);
  });

  it("reads a bare total column by its neighbours: after the periods it totals the plan, before them it is the capital", () => {
    const after = grid({
      rows: [
        ["STT", "Tên dự án", "Kế hoạch vốn", "Quý I", "Quý II", "Quý III", "Quý IV", "Cộng"],
        [1, "A", 4, 1, 1, 1, 1, 4],
      ],
    });
    assert.deepEqual(roles(after).slice(2), ["allocated", "planned", "planned", "planned", "planned", "planned-total"]);
    const before = grid({
      rows: [
        ["STT", "Tên dự án", "Tổng cộng", "Quý I", "Quý II", "Quý III", "Quý IV"],
        [1, "A", 4, 1, 1, 1, 1],
      ],
    });
    assert.equal(roles(before)[2], "allocated");
  });

  it("finds no table in a sheet that is not a plan", () => {
    const letter = grid({
      rows: [["Kính gửi: Sở Kế hoạch và Đầu tư"], ["Huyện báo cáo tình hình giải ngân như sau:"], ["Số tiền", 1000]],
    });
    const contacts = grid({
      rows: [
        ["Họ tên", "Điện thoại", "Email"],
        ["Nguyễn Văn A", "0905000000", "a@x.vn"],
      ],
    });
    assert.deepEqual(detectTables(letter), []);
    assert.deepEqual(detectTables(contacts), []);
  });

  it("says how sure it is of each column role", () => {
    const g = grid({
      rows: [
        ["STT", "Tên dự án", "KH vốn 2024", "Quý I", "Quý II", "Quý III", "Quý IV", "Cột lạ"],
        [1, "A", 4, 1, 1, 1, 1, 9],
      ],
    });
    const c = check([g]).tables[0].confidence;
    assert.ok(c.label >= 0.9 && c.planned >= 0.8);
  });
});
