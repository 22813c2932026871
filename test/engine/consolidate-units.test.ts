import { strict as assert } from "node:assert";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { consolidate } from "../../src/engine/consolidate/consolidate";
import { consolidationSheets } from "../../src/engine/consolidate/sheets";
import { allocationAnnex } from "../helpers/allocation-annex";
import { item, months, planGrid, submit } from "../helpers/plan-grid";

const options = { asOf: "2024-05-31", profile: QUANG_NAM_2024, lang: "vi" as const };

const commune = (n: number, allocated: number) =>
  submit(`tam-xuan-${n}.xlsx`, [
    planGrid({
      title: "",
      titleRows: [
        [`UBND XÃ TAM XUÂN ${n}`, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["BAN QUẢN LÝ CÁC CHƯƠNG TRÌNH MTQG", null, null, "Độc lập - Tự do - Hạnh phúc"],
      ],
      items: [item("Đường thôn", months(allocated), 0)],
    }),
  ]);

describe("consolidate: who sent what", () => {
  it("counts two communes over the same office line as two units, neither a duplicate", () => {
    const r = consolidate([commune(1, 2e6), commune(2, 3e6)], options);
    assert.deepEqual(
      r.files.map((f) => [f.unit, f.status]),
      [
        ["Xã Tam Xuân 1", "accepted"],
        ["Xã Tam Xuân 2", "accepted"],
      ],
    );
    assert.equal(r.grandTotal.allocated, 5e6);
  });

  it("finds a unit whose title row carries a form label on the expected list, and counts its money", () => {
    const s = submit("tien-phuoc.xlsx", [
      planGrid({ title: "HUYỆN TIÊN PHƯỚC Biểu 01", items: [item("Cầu", months(4e6), 1e6)] }),
    ]);
    const r = consolidate([s], { ...options, expected: ["Huyện Tiên Phước"] });
    assert.deepEqual([r.files[0].unit, r.files[0].status], ["Huyện Tiên Phước", "accepted"]);
    assert.deepEqual(r.missingUnits, []);
    assert.deepEqual(r.unexpectedUnits, []);
    assert.equal(r.grandTotal.allocated, 4e6);
  });

  it("rejects an allocation annex left in the folder, with its reason, and keeps it out of the rate", () => {
    const annex = submit("phu-luc-giao-von.xlsx", [
      allocationAnnex("UBND HUYỆN QUẾ SƠN", [{ label: "Đường ĐH1", code: "7900001", allocated: 900e6 }]),
    ]);
    const plan = submit("que-son.xlsx", [
      planGrid({ title: "UBND HUYỆN QUẾ SƠN", items: [item("Đường ĐH1", months(900e6), 300e6, "7900001")] }),
    ]);
    const r = consolidate([annex, plan], options);
    const f = r.files.find((x) => x.file === "phu-luc-giao-von.xlsx")!;
    assert.deepEqual([f.status, f.rejectedAs, f.unit], ["rejected", "allocation-annex", "Huyện Quế Sơn"]);
    assert.match(f.reason!, /phụ lục giao vốn/);
    assert.deepEqual([r.grandTotal.allocated, r.grandTotal.actualToDate], [900e6, 300e6]);
  });

  it("lists a unit not on the expected list, keeps its money out of the totals and says why on the submissions sheet", () => {
    const known = submit("nam-giang.xlsx", [
      planGrid({ title: "UBND HUYỆN NAM GIANG", items: [item("Đường", months(2e6), 0)] }),
    ]);
    const stranger = submit("tay-giang.xlsx", [
      planGrid({ title: "UBND HUYỆN TÂY GIANG", items: [item("Cầu", months(7e6), 0)] }),
    ]);
    const r = consolidate([known, stranger], { ...options, expected: ["Huyện Nam Giang", "Huyện Phước Sơn"] });
    const f = r.files.find((x) => x.file === "tay-giang.xlsx")!;
    assert.deepEqual([f.status, f.rejectedAs, f.lines], ["rejected", "not-expected", 1]);
    assert.match(f.reason!, /không có trong danh sách/);
    assert.deepEqual(r.unexpectedUnits, ["Huyện Tây Giang"]);
    assert.deepEqual(r.missingUnits, ["Huyện Phước Sơn"]);
    assert.equal(r.grandTotal.allocated, 2e6);
    assert.ok(r.totals.every((t) => t.unit !== "Huyện Tây Giang"));
    const sheet = consolidationSheets(r, QUANG_NAM_2024, "vi").find((s) => s.name === "Hồ sơ nộp")!;
    const texts = sheet.cells.map((c) => String(c.value));
    assert.ok(texts.includes("Đơn vị không có trong danh sách phải nộp"));
    assert.ok(texts.includes("Huyện Tây Giang"));
    assert.ok(texts.some((t) => t.includes("không được cộng vào tổng")));
  });

  it("questions no unit when no expected list is given", () => {
    const r = consolidate([commune(1, 1e6)], options);
    assert.equal(r.unexpectedUnits, undefined);
    assert.equal(r.files[0].rejectedAs, null);
  });
});
