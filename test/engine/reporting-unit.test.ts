import { strict as assert } from "node:assert";
import { cellText } from "../../src/engine/text";
import {
  reportingUnitOf,
  sameReportingUnit,
  reportingUnitFromTitle,
} from "../../src/engine/consolidate/reporting-unit";
import { item, months, planGrid, submit } from "../helpers/plan-grid";
import { titleBlock } from "../helpers/title-blocks";

describe("unit names: who sent a workbook", () => {
  it("drops a form label glued to the unit, left or right, so the unit matches the expected list", () => {
    for (const line of [
      "HUYỆN TIÊN PHƯỚC Biểu 01",
      "Biểu số 01 UBND HUYỆN TIÊN PHƯỚC",
      "UBND HUYỆN TIÊN PHƯỚC Mẫu số 02/KH",
    ]) {
      const unit = reportingUnitFromTitle([line]);
      assert.equal(unit, "Huyện Tiên Phước", line);
      assert.ok(sameReportingUnit(unit, "Huyện Tiên Phước"));
    }
    assert.equal(
      reportingUnitFromTitle(["BAN QLDA ĐTXD HUYỆN NAM TRÀ MY Phụ lục III"]),
      "Ban QLDA ĐTXD huyện Nam Trà My",
    );
  });

  it("names two communes over the same office line each by its commune, not by the office", () => {
    const block = (n: number) => [
      `UBND XÃ TAM XUÂN ${n} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`,
      "BAN QUẢN LÝ CÁC CHƯƠNG TRÌNH MTQG Độc lập - Tự do - Hạnh phúc",
      `Số: 12/BC-BQL Tam Xuân ${n}, ngày 05 tháng 6 năm 2024`,
    ];
    assert.equal(reportingUnitFromTitle(block(1)), "Xã Tam Xuân 1");
    assert.equal(reportingUnitFromTitle(block(2)), "Xã Tam Xuân 2");
    assert.ok(!sameReportingUnit("Xã Tam Xuân 1", "Xã Tam Xuân 2"));
  });

  it("cases names as offices write them: fields of a department, acronyms in capitals, places as proper names", () => {
    assert.equal(
      reportingUnitFromTitle(["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]),
      "Sở Lao động - Thương binh và Xã hội",
    );
    assert.equal(reportingUnitFromTitle(["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"]), "Sở Văn hóa, Thể thao và Du lịch");
    assert.equal(reportingUnitFromTitle(["BAN QUẢN LÝ CÁC CHƯƠNG TRÌNH MTQG"]), "Ban Quản lý các chương trình MTQG");
    assert.equal(reportingUnitFromTitle(["UBND TP TAM KỲ"]), "Thành phố Tam Kỳ");
    assert.equal(reportingUnitFromTitle(["Đơn vị báo cáo: UBND thị xã Điện Bàn"]), "Thị xã Điện Bàn");
    assert.equal(reportingUnitFromTitle(["UBND XÃ TAM XUÂN 1 Tam Xuân 1, ngày 05 tháng 6 năm 2024"]), "Xã Tam Xuân 1");
  });

  it("tells a kind of unit by its letters, not its folded spelling: “Số liệu” is no department (Sở)", () => {
    assert.equal(reportingUnitFromTitle(["SỐ LIỆU ĐẾN 31/5/2024"]), null);
    assert.equal(reportingUnitFromTitle(["SỐ LIỆU ĐẾN 31/5/2024", "SỞ TÀI CHÍNH"]), "Sở Tài chính");
    assert.equal(reportingUnitOf([], "Số liệu 2024", "plan.xlsx").evidence.from, "file");
    assert.equal(reportingUnitOf([], "Sở Tài chính", "plan.xlsx").name, "Sở Tài chính");
  });

  it("matches a place's bare name that starts like a kind of body (Hội An is a city)", () => {
    assert.ok(sameReportingUnit("Thành phố Hội An", "Hội An"));
    assert.ok(sameReportingUnit("TP Hội An", "Thành phố Hội An"));
    assert.ok(!sameReportingUnit("Thành phố Hội An", "Thành phố Tam Kỳ"));
  });

  it("says where the unit was read and how sure the reading is", () => {
    const t = reportingUnitOf([["UBND HUYỆN NAM GIANG", "Biểu 01"]], "KH 2024", "a.xlsx");
    assert.deepEqual([t.name, t.evidence.from, t.confidence], ["Huyện Nam Giang", "title", 0.9]);
    const f = reportingUnitOf(["KẾ HOẠCH GIẢI NGÂN"], "Sheet1", "huyen-que-son-2024.xlsx");
    assert.deepEqual([f.name, f.evidence.from], ["Huyen Que Son", "file"]);
    assert.ok(f.confidence < t.confidence);
    const none = reportingUnitOf([], "Sheet1", "plan.xlsx");
    assert.deepEqual([none.name, none.confidence], ["plan", 0.1]);
  });
});

describe("unit names: generated title blocks", () => {
  const cells = (rows: ReturnType<typeof titleBlock>["rows"]) =>
    rows.map((r) => r.map((v) => (v === null ? "" : cellText(v))).filter((t) => t !== ""));

  it("reads the unit a person reads in 600 generated title blocks, cell by cell and as joined lines", () => {
    const misses: string[] = [];
    for (let seed = 1; seed <= 600; seed++) {
      const b = titleBlock(seed);
      const rows = cells(b.rows);
      const byCells = reportingUnitOf(rows, "KH 2024", "plan.xlsx").name;
      const byLines = reportingUnitOf(
        rows.map((r) => r.join(" ")),
        "KH 2024",
        "plan.xlsx",
      ).name;
      if (byCells !== b.truth || byLines !== b.truth)
        misses.push(`seed ${seed}: ${JSON.stringify(rows)} -> ${byCells} / ${byLines}, expected ${b.truth}`);
    }
    assert.deepEqual(misses, []);
  });

  it("reads the same units end to end from 60 generated workbooks", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const b = titleBlock(seed);
      const s = submit(`f${seed}.xlsx`, [
        planGrid({ title: "", titleRows: b.rows, items: [item("Đường", months(1e6), 0)] }),
      ]);
      assert.equal(s.unit, b.truth, `seed ${seed}: ${JSON.stringify(b.rows)}`);
    }
  });
});
