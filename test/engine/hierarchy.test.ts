import { strict as assert } from "node:assert";
import { buildHierarchy } from "../../src/engine/detect/hierarchy";
import { normalize } from "../../src/engine/text";

/** Kind and parent of each row (1-based) of [stt, label] lines, a third item true for a bare line (a heading with no amounts). */
const tree = (rows: [string, string, boolean?][], hasStt = true) =>
  buildHierarchy(
    rows.map(([stt, label, bare], i) => ({ row: i + 1, stt, labelNorm: normalize(label), ...(bare ? { bare } : {}) })),
    hasStt,
  ).map((n) => [n.row, n.kind, n.parentRow]);

describe("row hierarchy", () => {
  it("nests roman, arabic, letters and dashes in the order they first appear", () => {
    assert.deepEqual(
      tree([
        ["", "TỔNG CỘNG"],
        ["I", "Chương trình MTQG giảm nghèo bền vững"],
        ["1", "Dự án 1"],
        ["a", "Tiểu dự án 1"],
        ["-", "Công trình X"],
        ["-", "Công trình Y"],
        ["b", "Tiểu dự án 2"],
        ["2", "Dự án 2"],
        ["II", "Chương trình MTQG nông thôn mới"],
        ["1", "Nội dung 1"],
      ]),
      [
        [1, "total", null],
        [2, "group", 1],
        [3, "group", 2],
        [4, "group", 3],
        [5, "item", 4],
        [6, "item", 4],
        [7, "item", 3],
        [8, "item", 2],
        [9, "group", 1],
        [10, "item", 9],
      ],
    );
  });

  it("reads capital letters above roman numerals, and I after H as a letter", () => {
    const rows: [string, string][] = [
      ["A", "Vốn đầu tư"],
      ["I", "Chương trình 1"],
      ["1", "Dự án"],
      ["B", "Vốn sự nghiệp"],
      ["I", "Chương trình 1"],
    ];
    assert.deepEqual(tree(rows), [
      [1, "group", null],
      [2, "group", 1],
      [3, "item", 2],
      [4, "group", null],
      [5, "item", 4],
    ]);
    const letters = "ABCDEFGHI".split("").map((l): [string, string] => [l, `Mục ${l}`]);
    assert.ok(tree(letters).every(([, kind, parent]) => kind === "item" && parent === null));
  });

  it("nests dotted numbers by their depth", () => {
    assert.deepEqual(
      tree([
        ["1", "Dự án 1"],
        ["1.1", "Tiểu dự án 1"],
        ["1.2", "Tiểu dự án 2"],
        ["2", "Dự án 2"],
      ]),
      [
        [1, "group", null],
        [2, "item", 1],
        [3, "item", 1],
        [4, "item", null],
      ],
    );
  });

  it("uses labels when the table has no STT column", () => {
    assert.deepEqual(
      tree(
        [
          ["", "Chương trình MTQG xây dựng nông thôn mới"],
          ["", "Dự án 1: Hạ tầng"],
          ["", "Tiểu dự án 1"],
          ["", "Đường thôn 3"],
        ],
        false,
      ),
      [
        [1, "group", null],
        [2, "group", 1],
        [3, "group", 2],
        [4, "item", 3],
      ],
    );
  });

  it("keeps a total at the bottom out of the tree and breakdown rows out of sums", () => {
    const nodes = buildHierarchy(
      [
        { row: 1, stt: "1", labelNorm: normalize("Dự án A") },
        { row: 2, stt: "", labelNorm: normalize("Trong đó: NSTW") },
        { row: 3, stt: "2", labelNorm: normalize("Dự án B") },
        { row: 4, stt: "", labelNorm: normalize("Tổng cộng") },
      ],
      true,
    );
    assert.deepEqual(
      nodes.map((n) => [n.row, n.kind, n.parentRow, n.breakdown]),
      [
        [1, "item", null, false],
        [2, "item", 1, true],
        [3, "item", null, false],
        [4, "total", null, false],
      ],
    );
  });
});

describe("row hierarchy with headings and works lines numbered alike", () => {
  it("nests works lines numbered 1, 2 under a project heading also numbered 1", () => {
    const nodes = tree([
      ["A", "Chương trình MTQG giảm nghèo bền vững", true],
      ["1", "Dự án 1: Hạ tầng", true],
      ["1", "Đường GTNT thôn 2", false],
      ["2", "Nhà sinh hoạt cộng đồng", false],
      ["2", "Dự án 5: Giáo dục", true],
      ["1", "Nhà ở học sinh", false],
    ]);
    assert.deepEqual(nodes, [
      [1, "group", null],
      [2, "group", 1],
      [3, "item", 2],
      [4, "item", 2],
      [5, "group", 1],
      [6, "item", 5],
    ]);
  });

  it("keeps a project line numbered on after a project heading as that heading's sibling", () => {
    const nodes = tree([
      ["I", "Chương trình MTQG giảm nghèo bền vững", true],
      ["1", "Dự án 1: Hạ tầng", true],
      ["a", "Tiểu dự án 1", false],
      ["2", "Dự án 4: Giáo dục nghề nghiệp", false],
      ["3", "Dự án 5: Y tế", true],
      ["a", "Tiểu dự án 2", false],
    ]);
    assert.deepEqual(nodes, [
      [1, "group", null],
      [2, "group", 1],
      [3, "item", 2],
      [4, "item", 1],
      [5, "group", 1],
      [6, "item", 5],
    ]);
  });
});
