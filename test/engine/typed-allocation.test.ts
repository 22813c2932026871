import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvToGrid } from "../../src/workbook/file/read-csv";
import { allocationFromGrids, type AllocationList } from "../../src/engine/template/allocation";
import { allocationFromTyped, depthLimits, type TypedLine, type TypedOptions } from "../../src/engine/template/typed";
import { planTemplate } from "../../src/engine/template/plan-template";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { formatAmount } from "../../src/engine/text/format";
import { typedProblemText } from "../../src/i18n/template";

const SOURCES = QUANG_NAM_2024.sources.map((s) => s.id);
const VI: TypedOptions = { unit: "million-vnd", notation: "vi", sources: SOURCES };

function line(kind: TypedLine["kind"], depth: number, name: string, more: Partial<TypedLine> = {}): TypedLine {
  return { kind, depth, name, code: "", owner: "", leader: "", source: "plan-2024", amount: "", ...more };
}

/** The lines a user types for an allocation list: headings once, then one line per item and source. */
function typedFrom(list: AllocationList): TypedLine[] {
  const lines: TypedLine[] = [];
  const open: string[] = [];
  for (const item of list.items) {
    let same = 0;
    while (same < open.length && same < item.path.length && open[same] === item.path[same]) same++;
    open.length = same;
    for (const heading of item.path.slice(same)) {
      lines.push(line("heading", open.length, heading));
      open.push(heading);
    }
    for (const s of item.sources) {
      const amount = formatAmount(s.allocated, list.unit, "vi").replace(/ triệu đồng$/, "");
      lines.push(
        line("item", open.length, item.label, {
          code: item.code ?? "",
          owner: item.owner ?? "",
          leader: item.leader ?? "",
          source: s.source,
          amount,
        }),
      );
    }
  }
  return lines;
}

describe("an allocation list typed in", () => {
  it("nests lines under the headings above them and reads amounts in triệu đồng exactly, to the đồng", () => {
    const r = allocationFromTyped(
      [
        line("heading", 0, "Chương trình MTQG giảm nghèo bền vững"),
        line("heading", 1, "Dự án 1: Hạ tầng"),
        line("item", 2, " Cầu treo thôn 5 ", { code: "7902001", owner: "Ban QLDA", amount: "1.250,5" }),
        line("item", 2, "Cầu treo thôn 5", { code: "7902001", source: "carryover-2023", amount: "0,000001" }),
        line("item", 1, "Dự án 4", { amount: "770" }),
        line("item", 0, "Nội dung riêng", { amount: "12.000" }),
      ],
      VI,
    );
    assert.deepEqual(r.problems, []);
    const a = r.allocation!;
    assert.equal(a.unit, "million-vnd");
    assert.equal(a.programme, "gnbv");
    assert.deepEqual(
      a.items.map((i) => [i.path, i.label, i.sources]),
      [
        [
          ["Chương trình MTQG giảm nghèo bền vững", "Dự án 1: Hạ tầng"],
          "Cầu treo thôn 5",
          [
            { source: "plan-2024", allocated: 1_250_500_000 },
            { source: "carryover-2023", allocated: 1 },
          ],
        ],
        [["Chương trình MTQG giảm nghèo bền vững"], "Dự án 4", [{ source: "plan-2024", allocated: 770_000_000 }]],
        [[], "Nội dung riêng", [{ source: "plan-2024", allocated: 12_000_000_000 }]],
      ],
    );
    assert.equal(a.items[0].owner, "Ban QLDA");
    assert.equal(a.items[1].code, null);
  });

  it("reads amounts in the user's notation and unit: 12.000 is twelve in English, 1,250.5 thousand is 1,250,500 đồng", () => {
    const en = allocationFromTyped(
      [line("item", 0, "A", { amount: "12.000" }), line("item", 0, "B", { amount: "1,250.5" })],
      {
        ...VI,
        unit: "thousand-vnd",
        notation: "en",
      },
    );
    assert.deepEqual(
      en.allocation?.items.map((i) => i.sources[0].allocated),
      [12_000, 1_250_500],
    );
  });

  it("names each field that cannot be used, in Vietnamese and English", () => {
    const r = allocationFromTyped(
      [
        line("heading", 0, "Chương trình trống"),
        line("heading", 0, ""),
        line("item", 1, "Âm", { amount: "-5" }),
        line("item", 1, "Chữ", { amount: "năm trăm" }),
        line("item", 1, "", { amount: "" }),
        line("item", 1, "Lẻ", { amount: "1,0000005" }),
        line("item", 1, "Không", { amount: "0" }),
        line("item", 1, "Lẻ", { amount: "2", source: "plan-2030" }),
        line("item", 1, "Hai lần", { amount: "2" }),
        line("item", 1, "Hai lần", { amount: "3" }),
        line("item", 3, "Quá sâu", { amount: "1" }),
      ],
      VI,
    );
    assert.equal(r.allocation, null);
    const found = r.problems.map((p) => `${p.line}:${p.field}:${p.kind}`);
    assert.deepEqual(found, [
      "1:name:missing",
      "2:amount:negative",
      "3:amount:not-a-number",
      "4:name:missing",
      "4:amount:missing",
      "5:amount:too-precise",
      "6:amount:zero",
      "7:source:unknown-source",
      "9:source:repeated-source",
      "10:depth:too-deep",
      "0:name:empty-heading",
    ]);
    assert.equal(typedProblemText(r.problems[1], "vi"), "không được âm");
    assert.equal(typedProblemText(r.problems[1], "en"), "must not be negative");
  });

  it("refuses a list with no line with capital", () => {
    const { problems } = allocationFromTyped([], VI);
    assert.deepEqual(problems, [{ line: null, field: null, kind: "no-lines" }]);
    assert.match(typedProblemText(problems[0], "vi"), /chưa có dòng nào/);
  });

  it("allows a line one level below the nearest open heading, and no deeper", () => {
    const lines = [
      line("heading", 0, "I"),
      line("heading", 1, "1"),
      line("item", 2, "a"),
      line("item", 5, "too deep, clamped to 2 for what follows"),
      line("heading", 0, "II"),
      line("item", 0, "beside II"),
      line("item", 1, "under nothing"),
    ];
    assert.deepEqual(depthLimits(lines), [0, 1, 2, 2, 2, 1, 0]);
  });

  it("gives the same plan as the annex it was typed from", () => {
    const annex = allocationFromGrids(
      [csvToGrid(readFileSync(join(__dirname, "..", "..", "examples", "allocation", "phan-bo-von-2024.csv")), "x")],
      2024,
    );
    const typed = allocationFromTyped(typedFrom(annex), VI);
    assert.deepEqual(typed.problems, []);
    assert.deepEqual(typed.allocation?.items, annex.items);
    const options = { granularity: "month+quarter" as const, profile: QUANG_NAM_2024 };
    assert.deepEqual(planTemplate(typed.allocation!, options).spec, planTemplate(annex, options).spec);
  });
});
