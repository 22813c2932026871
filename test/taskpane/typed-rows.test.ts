import { strict as assert } from "node:assert";
import {
  addRow,
  canIndent,
  canOutdent,
  type EditRow,
  MAX_DEPTH,
  removeRow,
  shiftRow,
  updateRow,
} from "../../src/taskpane/plan/typed-rows";

let nextId = 1;
function row(kind: EditRow["kind"], depth: number, name: string): EditRow {
  return { id: nextId++, kind, depth, name, code: "", owner: "", leader: "", source: "plan-2024", amount: "" };
}
const shape = (rows: EditRow[]) => rows.map((r) => `${" ".repeat(r.depth)}${r.kind === "heading" ? "#" : ""}${r.name}`);

describe("editing a typed allocation list", () => {
  it("adds a line under the last heading, or beside the last line, with the last line's source", () => {
    let rows = addRow([], 1, "carryover-2022");
    assert.deepEqual(shape(rows), [""]);
    assert.equal(rows[0].source, "carryover-2022");
    rows = updateRow(rows, 0, { kind: "heading", name: "I" });
    rows = addRow(rows, 2, "plan-2024");
    rows = updateRow(rows, 1, { name: "a", source: "carryover-2023" });
    rows = addRow(rows, 3, "plan-2024");
    assert.deepEqual(shape(rows), ["#I", " a", " "]);
    assert.equal(rows[2].source, "carryover-2023");
  });

  it("indents a line only under a heading, and moves a heading with the lines under it", () => {
    const rows = [row("heading", 0, "I"), row("heading", 0, "1"), row("item", 1, "a"), row("item", 0, "II")];
    assert.equal(canIndent(rows, 0), false, "nothing above the first line");
    assert.equal(canOutdent(rows, 0), false);
    assert.equal(canIndent(rows, 1), true);
    const moved = shiftRow(rows, 1, 1);
    assert.deepEqual(shape(moved), ["#I", " #1", "  a", "II"]);
    assert.equal(canIndent(moved, 2), false, "a line goes no deeper than one below its heading");
    assert.deepEqual(shape(shiftRow(moved, 1, -1)), shape(rows));
    assert.deepEqual(shape(shiftRow(rows, 0, 1)), shape(rows), "a refused move changes nothing");
  });

  it("keeps headings and lines within the programme, project, sub-project levels", () => {
    const rows = [row("heading", 0, "I"), row("heading", 1, "1"), row("heading", 2, "a"), row("item", 3, "x")];
    assert.equal(MAX_DEPTH, 3);
    rows.push(row("heading", 2, "b"));
    assert.equal(canIndent(rows, 4), false, "a heading at the sub-project level has its lines at the last level");
  });

  it("removes a heading without losing the lines under it: they move up a level", () => {
    const rows = [row("heading", 0, "I"), row("heading", 1, "1"), row("item", 2, "a"), row("item", 1, "b")];
    assert.deepEqual(shape(removeRow(rows, 1)), ["#I", " a", " b"]);
    assert.deepEqual(shape(removeRow(rows, 0)), ["#1", " a", "b"]);
  });

  it("makes the lines under a heading its siblings when the heading becomes a line", () => {
    const rows = [row("heading", 0, "I"), row("item", 1, "a"), row("item", 1, "b")];
    assert.deepEqual(shape(updateRow(rows, 0, { kind: "item" })), ["I", "a", "b"]);
  });
});
