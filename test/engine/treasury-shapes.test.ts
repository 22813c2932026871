import { strict as assert } from "node:assert";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { validateWorkbook } from "../../src/engine/validate";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { treasuryFigures } from "../../src/engine/consolidate/treasury";
import type { Grid } from "../../src/engine/grid";
import { grid } from "../helpers/grid";
import { item, months, planGrid, submit } from "../helpers/plan-grid";
import { type TreasuryShape, differenceLine, treasuryCase } from "../helpers/treasury-shapes";

const AS_OF = "2024-05-31";

function treasuryOf(g: Grid) {
  return treasuryFigures(validateWorkbook([g], { file: "kbnn.xlsx", asOf: AS_OF, lang: "vi" }), [g], 2024);
}

describe("consolidate: a Treasury export in the Treasury's own shape", () => {
  // Written by hand as the Treasury lays it out: area, budget-unit code (seven digits, before the
  // project code), investor, project code and name, plan year, plan and payments to date in đồng.
  const kbnn = grid({
    sheet: "KBNN",
    rows: [
      ["KHO BẠC NHÀ NƯỚC QUẢNG NAM"],
      ["TÌNH HÌNH THANH TOÁN VỐN CÁC CHƯƠNG TRÌNH MTQG"],
      ["Đơn vị: đồng"],
      [
        "STT",
        "Địa bàn",
        "Mã ĐVQHNS",
        "Chủ đầu tư",
        "Mã dự án",
        "Tên dự án",
        "Năm KH vốn",
        "Kế hoạch vốn",
        "Lũy kế thanh toán",
      ],
      [
        "1",
        "Nam Trà My",
        "1012345",
        "UBND huyện Nam Trà My",
        "7901234",
        "Đường thôn 1",
        2022,
        300_000_000,
        300_000_000,
      ],
      [
        "2",
        "Nam Trà My",
        "1012345",
        "UBND huyện Nam Trà My",
        "7901234",
        "Đường thôn 1",
        2024,
        1_000_000_000,
        250_000_000,
      ],
      ["3", "Nam Trà My", "1012345", "UBND huyện Nam Trà My", "7901235", "Trường mẫu giáo", 2023, 200_000_000, 0],
      [
        "4",
        "Tây Giang",
        "1023456",
        "Ban QLDA ĐTXD huyện Tây Giang",
        "7902001",
        "Cầu treo A Xan",
        2024,
        500_000_000,
        100_000_000,
      ],
    ],
  });
  const namTraMy = submit("nam-tra-my.xlsx", [
    planGrid({
      title: "UBND HUYỆN NAM TRÀ MY",
      sheet: "Vốn 2022",
      allocationHeader: "Vốn năm 2022 kéo dài sang năm 2024",
      items: [item("Đường thôn 1", months(300e6), 300e6, "7901234")],
    }),
    planGrid({
      title: "UBND HUYỆN NAM TRÀ MY",
      sheet: "Vốn 2023",
      allocationHeader: "Vốn năm 2023 kéo dài sang năm 2024",
      items: [item("Trường mẫu giáo", months(200e6), 0, "7901235")],
    }),
    planGrid({
      title: "UBND HUYỆN NAM TRÀ MY",
      items: [item("Đường thôn 1", months(1000e6), 300e6, "7901234")],
    }),
  ]);
  const tayGiang = submit("tay-giang.xlsx", [
    planGrid({ title: "UBND HUYỆN TÂY GIANG", items: [item("Cầu treo A Xan", months(450e6), 100e6, "7902001")] }),
  ]);

  it("tells the budget-unit code from the project code, names each row's source by its plan year, groups by area", () => {
    const t = treasuryOf(kbnn);
    assert.deepEqual(
      t.lines.map((l) => [l.code, l.source, l.group]),
      [
        ["7901234", "carryover-2022", "Nam Trà My"],
        ["7901234", "plan-2024", "Nam Trà My"],
        ["7901235", "carryover-2023", "Nam Trà My"],
        ["7902001", "plan-2024", "Tây Giang"],
      ],
    );
  });

  it("reports the two real differences and no other", () => {
    const r = consolidate([namTraMy, tayGiang], {
      asOf: AS_OF,
      profile: QUANG_NAM_2024,
      lang: "vi",
      treasury: treasuryOf(kbnn),
    });
    assert.deepEqual(r.reconciliation!.map(differenceLine), [
      "Huyện Nam Trà My | 7901234 | plan-2024 | actualToDate | 300000000 | 250000000 | ",
      "Huyện Tây Giang | 7902001 | plan-2024 | allocated | 450000000 | 500000000 | ",
    ]);
  });
});

describe("consolidate: Treasury exports in the Treasury's own shapes (generated)", () => {
  for (const shape of ["area", "unit-rows"] as TreasuryShape[]) {
    it(`reports exactly the true differences against 40 generated "${shape}" exports`, () => {
      for (let seed = 1; seed <= 40; seed++) {
        const c = treasuryCase(seed, shape);
        const subs = c.workbooks.map((w) => submit(w.file, w.grids, { asOf: AS_OF }));
        const r = consolidate(subs, {
          asOf: AS_OF,
          profile: QUANG_NAM_2024,
          lang: "vi",
          treasury: treasuryOf(c.treasury),
        });
        assert.deepEqual(
          r.reconciliation!.map(differenceLine).sort(),
          c.differences.map(differenceLine).sort(),
          `seed ${seed}, shape ${shape}`,
        );
      }
    });
  }
});
