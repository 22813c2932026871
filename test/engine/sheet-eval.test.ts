import { strict as assert } from "node:assert";
import { evaluateSheet, evaluateWorkbook } from "../../src/engine/sheet-eval";
import type { CellSpec, SheetSpec } from "../../src/engine/sheet-spec";

/** A sheet from rows of cells: a string starting with "=" is a formula, anything else a constant. */
function sheet(name: string, rows: (string | number | null)[][]): SheetSpec {
  const cells: CellSpec[] = rows.flatMap((values, r) =>
    values.map((v, c): CellSpec => {
      const at = { row: r + 1, col: c + 1 };
      return typeof v === "string" && v.startsWith("=") ? { ...at, formula: v.slice(1) } : { ...at, value: v };
    }),
  );
  return { name, cells };
}

/** The values evaluateWorkbook gives one sheet, as a plain object for deepEqual. */
function valuesOf(specs: SheetSpec[], name: string): Record<string, unknown> {
  return Object.fromEntries(evaluateWorkbook(specs).get(name) ?? []);
}

describe("formulas evaluated across the sheets of a workbook", () => {
  it("follows references to another sheet, quoted or not, single cells and ranges", () => {
    const plan = sheet("KH 2024", [[10, 20, 30]]);
    const other = sheet("Data", [[5]]);
    const summary = sheet("Tổng hợp", [["='KH 2024'!B1", "=SUM('KH 2024'!A1:C1)", "=Data!A1*2", "='kh 2024'!C1"]]);
    assert.deepEqual(valuesOf([plan, other, summary], "Tổng hợp"), { A1: 20, B1: 60, C1: 10, D1: 30 });
  });

  it("reads a sheet name with an apostrophe written doubled", () => {
    const plan = sheet("Vốn 2023 (bà con's)", [[7]]);
    const summary = sheet("S", [["='Vốn 2023 (bà con''s)'!A1+1"]]);
    assert.deepEqual(valuesOf([plan, summary], "S"), { A1: 8 });
  });

  it("gives #REF! for a reference to a sheet the workbook does not have, and for the #REF! literal", () => {
    const s = sheet("S", [["=Missing!A1", "=SUM(#REF!)", "=B1+1"]]);
    assert.deepEqual(valuesOf([s], "S"), { A1: { error: "#REF!" }, B1: { error: "#REF!" }, C1: { error: "#REF!" } });
  });

  it("carries #VALUE! from text in a sum and #DIV/0! from a division by zero to the cells that use them", () => {
    const s = sheet("S", [["chưa có", 5, "=A1+B1", "=SUM(C1,B1)", "=B1/0", "=E1*2"]]);
    assert.deepEqual(valuesOf([s], "S"), {
      C1: { error: "#VALUE!" },
      D1: { error: "#VALUE!" },
      E1: { error: "#DIV/0!" },
      F1: { error: "#DIV/0!" },
    });
  });

  it("leaves out a formula it cannot compute rather than guess", () => {
    const s = sheet("S", [[1, "=VLOOKUP(A1,A1:A2,1)", "=B1+1"]]);
    assert.deepEqual(valuesOf([s], "S"), {});
  });
});

describe("SUMIF and IFERROR", () => {
  const rows: (string | number | null)[][] = [
    ["Vốn 2023 kéo dài", 100],
    ["Vốn 2024", 40],
    ["VỐN 2023 KÉO DÀI", 11],
    ["=1/0", 1000],
    [null, 3],
  ];

  it("SUMIF adds the sum range where the range equals the criterion, text compared without case", () => {
    const s = sheet("S", [...rows, ['=SUMIF(A1:A5,"Vốn 2023 kéo dài",B1:B5)', '=SUMIF(A1:A5,"Vốn 2024",B1:B5)']]);
    assert.deepEqual(valuesOf([s], "S").A6, 111);
    assert.deepEqual(valuesOf([s], "S").B6, 40);
  });

  it("SUMIF reads the sum range from its top-left cell in the shape of the range, and sums the range itself without one", () => {
    const s = sheet("S", [
      [1, 2, 1],
      [3, 1, 1],
      ["=SUMIF(A1:A2,1,C1)", "=SUMIF(A1:B2,1)"],
    ]);
    assert.deepEqual(valuesOf([s], "S"), { A3: 1, B3: 2 });
  });

  it("SUMIF leaves criteria with operators or wildcards to the spreadsheet", () => {
    const s = sheet("S", [...rows, ['=SUMIF(B1:B5,">10")', '=SUMIF(A1:A5,"Vốn*",B1:B5)']]);
    assert.deepEqual(valuesOf([s], "S"), { A4: { error: "#DIV/0!" } });
  });

  it("IFERROR gives the fallback for a spreadsheet error and the value otherwise", () => {
    const s = sheet("S", [[0, 4, "=IFERROR(B1/A1,0)", "=IFERROR(A1/B1,-1)", '=IFERROR(Nope!A1,"n/a")']]);
    assert.deepEqual(valuesOf([s], "S"), { C1: 0, D1: 0, E1: "n/a" });
  });

  it("IFERROR does not hide a formula it cannot compute", () => {
    const s = sheet("S", [["=IFERROR(VLOOKUP(1,A2:A3,1),0)"]]);
    assert.deepEqual(valuesOf([s], "S"), {});
  });
});

describe("evaluateSheet on one sheet", () => {
  it("still leaves out error values and references to other sheets", () => {
    const s = sheet("S", [[1, "=A1/0", "=Other!A1", "=IFERROR(A1/0,7)", "=A1+1"]]);
    assert.deepEqual(Object.fromEntries(evaluateSheet(s)), { D1: 7, E1: 2 });
  });
});
