import { strict as assert } from "node:assert";
import fc from "fast-check";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { rejectedSubmission, withUnit } from "../../src/engine/consolidate/submission";
import {
  sameReportingUnit,
  reportingUnitFromName,
  reportingUnitFromTitle,
} from "../../src/engine/consolidate/reporting-unit";
import { item, months, planGrid, submit } from "../helpers/plan-grid";

const AS_OF = "2024-05-31";
const options = { asOf: AS_OF, profile: QUANG_NAM_2024, lang: "vi" as const };

describe("consolidate: units", () => {
  it("reads the issuing body from the title rows, beside the national motto and above its office", () => {
    assert.equal(
      reportingUnitFromTitle([
        "UBND HUYỆN NAM TRÀ MY CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "PHÒNG TÀI CHÍNH - KẾ HOẠCH Độc lập - Tự do - Hạnh phúc",
      ]),
      "Huyện Nam Trà My",
    );
    assert.equal(reportingUnitFromTitle(["UBND THỊ XÃ ĐIỆN BÀN", "KẾ HOẠCH GIẢI NGÂN"]), "Thị xã Điện Bàn");
  });

  it("prefers a department to the province it belongs to", () => {
    assert.equal(
      reportingUnitFromTitle([
        "UBND TỈNH QUẢNG NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BAN DÂN TỘC Độc lập - Tự do - Hạnh phúc",
      ]),
      "Ban Dân tộc",
    );
    assert.equal(reportingUnitFromTitle(["UBND TỈNH QUẢNG NAM", "KẾ HOẠCH NĂM 2024"]), "Tỉnh Quảng Nam");
  });

  it("does not take a unit from a sentence that merely mentions one", () => {
    assert.equal(
      reportingUnitFromTitle(["(Kèm theo Báo cáo số 125/BC-TCKH của Phòng Tài chính - Kế hoạch huyện Nam Trà My)"]),
      null,
    );
    assert.equal(reportingUnitFromTitle(["Ban hành kèm theo Quyết định của UBND tỉnh"]), null);
  });

  it("falls back on a sheet or file name that names a unit", () => {
    assert.equal(reportingUnitFromName("huyen-que-son-ntm-2024.xlsx"), "Huyen Que Son");
    assert.equal(reportingUnitFromName("Huyện Tây Giang"), "Huyện Tây Giang");
    assert.equal(reportingUnitFromName("plan.xlsx"), null);
  });

  it("matches unit names ignoring case, accents, spacing and the UBND prefix", () => {
    assert.ok(sameReportingUnit("UBND huyện Nam Trà My", "HUYEN  NAM TRA MY"));
    assert.ok(sameReportingUnit("Ủy ban nhân dân huyện Quế Sơn", "Quế Sơn"));
    assert.ok(!sameReportingUnit("Huyện Nam Trà My", "Huyện Bắc Trà My"));
    assert.ok(!sameReportingUnit("Thị xã Điện Bàn", "Huyện Điện Bàn"));
  });

  it("takes the unit the user confirms over the one read", () => {
    const s = submit("a.xlsx", [planGrid({ title: "UBND HUYỆN A LƯỚI", items: [item("Đường", months(1e6), 0)] })]);
    assert.equal(s.unit, "Huyện A Lưới");
    const edited = withUnit(s, "Huyện Nam Giang");
    assert.deepEqual([edited.unit, edited.unitFrom], ["Huyện Nam Giang", "user"]);
    assert.equal(withUnit(s, "  "), s);
  });
});

describe("consolidate: files", () => {
  it("keeps the newer of two submissions of one unit by the workbook's own date and lists the other as duplicate", () => {
    const older = submit(
      "a-v1.xlsx",
      [planGrid({ title: "UBND HUYỆN X", items: [item("Đường", months(2e6), 0)], dated: [5, 6, 2024] })],
      { modified: "2024-06-20T00:00:00Z" },
    );
    const newer = submit(
      "a-v2.xlsx",
      [planGrid({ title: "UBND huyện X", items: [item("Đường", months(3e6), 0)], dated: [10, 6, 2024] })],
      { modified: "2024-06-11T00:00:00Z" },
    );
    const r = consolidate([newer, older], options);
    assert.deepEqual(
      r.files.map((f) => [f.file, f.status, f.keptFile]),
      [
        ["a-v2.xlsx", "accepted", null],
        ["a-v1.xlsx", "duplicate", "a-v2.xlsx"],
      ],
    );
    assert.equal(r.grandTotal.allocated, 3e6);
  });

  it("falls back on the file time when the workbooks give no date", () => {
    const a = submit("a.xlsx", [planGrid({ title: "UBND HUYỆN X", items: [item("Đường", months(2e6), 0)] })], {
      modified: "2024-06-01T08:00:00Z",
    });
    const b = submit("b.xlsx", [planGrid({ title: "UBND HUYỆN X", items: [item("Đường", months(5e6), 0)] })], {
      modified: "2024-06-02T08:00:00Z",
    });
    assert.equal(consolidate([a, b], options).files.find((f) => f.status === "accepted")!.file, "b.xlsx");
  });

  it("accepts both workbooks of a unit that sends one per programme and counts both programmes' money", () => {
    const ntm = submit("x-ntm.xlsx", [
      planGrid({
        title: "UBND HUYỆN X",
        sheet: "KH NTM 2024",
        items: [item("Đường", months(2e6), 0)],
        dated: [5, 6, 2024],
      }),
    ]);
    const gnbv = submit("x-gnbv.xlsx", [
      planGrid({
        title: "UBND HUYỆN X",
        sheet: "KH GNBV 2024",
        items: [item("Nhà", months(3e6), 0)],
        dated: [9, 6, 2024],
      }),
    ]);
    const r = consolidate([ntm, gnbv], options);
    assert.deepEqual(
      r.files.map((f) => [f.file, f.status]),
      [
        ["x-ntm.xlsx", "accepted"],
        ["x-gnbv.xlsx", "accepted"],
      ],
    );
    assert.equal(r.grandTotal.allocated, 5e6);
    assert.deepEqual(
      r.totals.map((t) => [t.programme, t.allocated]),
      [
        ["gnbv", 3e6],
        ["ntm", 2e6],
      ],
    );
  });

  it("counts two workbooks of a unit as duplicates when they share a project code, even under other programmes", () => {
    const older = submit("x-1.xlsx", [
      planGrid({
        title: "UBND HUYỆN X",
        sheet: "KH NTM 2024",
        items: [item("Đường", months(2e6), 0, "7901234")],
        dated: [5, 6, 2024],
      }),
    ]);
    const newer = submit("x-2.xlsx", [
      planGrid({
        title: "UBND HUYỆN X",
        sheet: "KH GNBV 2024",
        items: [item("Đường", months(3e6), 0, "7 901 234")],
        dated: [9, 6, 2024],
      }),
    ]);
    const r = consolidate([older, newer], options);
    assert.deepEqual(
      r.files.map((f) => [f.file, f.status, f.keptFile]),
      [
        ["x-1.xlsx", "duplicate", "x-2.xlsx"],
        ["x-2.xlsx", "accepted", null],
      ],
    );
    assert.equal(r.grandTotal.allocated, 3e6);
  });

  it("rejects a file without a plan table and one that could not be read, each with its reason", () => {
    const letter = submit("letter.xlsx", [
      { sheet: "Công văn", rows: [{ values: ["Kính gửi: Sở KH&ĐT"] }], merges: [], hiddenColumns: [] },
    ]);
    const broken = rejectedSubmission("broken.xlsx", "tệp bị hỏng", null);
    const good = submit("good.xlsx", [planGrid({ title: "UBND HUYỆN Y", items: [item("Cầu", months(0, 1e6), 0)] })]);
    const r = consolidate([letter, broken, good], options);
    assert.deepEqual(
      r.files.map((f) => [f.file, f.status, f.reason]),
      [
        ["letter.xlsx", "rejected", "không tìm thấy bảng kế hoạch giải ngân nào"],
        ["broken.xlsx", "rejected", "tệp bị hỏng"],
        ["good.xlsx", "accepted", null],
      ],
    );
  });

  it("lists the expected units that sent nothing usable", () => {
    const a = submit("a.xlsx", [planGrid({ title: "UBND HUYỆN NAM TRÀ MY", items: [item("Đường", months(1e6), 0)] })]);
    const r = consolidate([a, rejectedSubmission("huyen-tay-giang.xlsx", "tệp rỗng", null)], {
      ...options,
      expected: ["Nam Trà My", "Huyện Tây Giang", "UBND huyện Phước Sơn"],
    });
    assert.deepEqual(r.missingUnits, ["Huyện Tây Giang", "UBND huyện Phước Sơn"]);
  });
});

describe("consolidate: totals", () => {
  it("adds each unit's lines per programme and source, planned to date counting the months ended by the as-of day", () => {
    const a = submit("a.xlsx", [
      planGrid({
        title: "UBND HUYỆN X",
        items: [item("Đường", months(1e6, 2e6, 0, 0, 3e6, 4e6), 2_500_000), item("Cầu", months(0, 0, 0, 0, 0, 7e6), 0)],
      }),
    ]);
    const r = consolidate([a], options);
    assert.equal(r.totals.length, 1);
    assert.deepEqual(
      { ...r.totals[0], rate: undefined },
      {
        unit: "Huyện X",
        programme: null,
        source: "plan-2024",
        allocated: 17e6,
        plannedTotal: 17e6,
        actualToDate: 2_500_000,
        plannedToDate: 6e6,
        rate: undefined,
      },
    );
    assert.equal(r.totals[0].rate, 2.5 / 17);
  });

  it("counts a submission's plan to date in the year of the profile it was checked with", () => {
    const s = submit(
      "x-2025.xlsx",
      [planGrid({ title: "UBND HUYỆN X", year: 2025, items: [item("Đường", months(1e6, 1e6, 1e6, 1e6), 0)] })],
      { asOf: "2025-03-31" },
    );
    const asOf = "2025-03-31";
    assert.equal(consolidate([{ ...s, year: 2025 }], { ...options, asOf }).grandTotal.plannedToDate, 3e6);
    assert.equal(consolidate([s], { ...options, asOf }).grandTotal.plannedToDate, 4e6, "the run's 2024 when unsaid");
  });

  it("lists the at-risk lines of every unit with their file, sheet and row", () => {
    const a = submit("a.xlsx", [
      planGrid({ title: "UBND HUYỆN X", items: [item("Đường", months(5e6, 5e6, 5e6, 5e6, 5e6), 0)], sheet: "KH X" }),
    ]);
    const r = consolidate([a], options);
    assert.deepEqual(
      r.atRisk.map((l) => [l.unit, l.file, l.sheet, l.row, l.label]),
      [["Huyện X", "a.xlsx", "KH X", 5, "Đường"]],
    );
    assert.ok(r.atRisk[0].rules.includes("actual-behind-plan"));
  });

  // Amounts in đồng, multiples of 1,000 (triệu đồng with three decimals on the sheet).
  const amount = fc.integer({ min: 0, max: 5_000_000 }).map((k) => k * 1000);
  const unitPool = ["HUYỆN NAM GIANG", "HUYỆN PHƯỚC SƠN", "THỊ XÃ ĐIỆN BÀN", "SỞ Y TẾ"];
  // Sheet names telling the programme (a unit may send one workbook per programme); the first names none.
  const programmePool = ["KH 2024", "KH NTM 2024", "KH GNBV 2024"];
  const fileArb = fc.record({
    unit: fc.integer({ min: 0, max: unitPool.length - 1 }),
    programme: fc.integer({ min: 0, max: programmePool.length - 1 }),
    day: fc.integer({ min: 1, max: 28 }),
    broken: fc.boolean(),
    items: fc.array(fc.record({ planned: fc.array(amount, { minLength: 12, maxLength: 12 }), actual: amount }), {
      minLength: 1,
      maxLength: 6,
    }),
  });

  it("grand total equals the exact sum of the accepted files' lines, for random sets with duplicates and broken files", () => {
    fc.assert(
      fc.property(fc.array(fileArb, { minLength: 1, maxLength: 6 }), (files) => {
        const subs = files.map((f, i) =>
          f.broken
            ? rejectedSubmission(`f${i}.xlsx`, "tệp bị hỏng", null)
            : submit(
                `f${i}.xlsx`,
                [
                  planGrid({
                    title: `UBND ${unitPool[f.unit]}`,
                    sheet: programmePool[f.programme],
                    items: f.items.map((it, k) => item(`Công trình ${k + 1}`, it.planned, it.actual)),
                    dated: [f.day, 6, 2024],
                  }),
                ],
                { modified: `2024-07-01T00:00:${String(i).padStart(2, "0")}Z` },
              ),
        );
        // The newest (latest day, then latest file time) of each unit's readable files of one programme counts:
        // same source and no codes, so two files overlap exactly when they report on the same programme.
        const kept = new Map<string, number>();
        files.forEach((f, i) => {
          if (f.broken) return;
          const key = `${f.unit}/${f.programme}`;
          const k = kept.get(key);
          if (k === undefined || f.day >= files[k].day) kept.set(key, i);
        });
        let allocated = 0;
        let actual = 0;
        for (const i of kept.values()) {
          for (const it of files[i].items) {
            allocated += it.planned.reduce((s, v) => s + v, 0);
            actual += it.actual;
          }
        }
        const r = consolidate(subs, options);
        assert.equal(r.grandTotal.allocated, allocated);
        assert.equal(r.grandTotal.plannedTotal, allocated);
        assert.equal(r.grandTotal.actualToDate, actual);
        assert.equal(r.files.filter((f) => f.status === "accepted").length, kept.size);
        assert.equal(
          r.totals.reduce((s, t) => s + t.allocated, 0),
          allocated,
        );
      }),
      { numRuns: 60 },
    );
  });
});
