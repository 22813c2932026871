import { strict as assert } from "node:assert";
import fc from "fast-check";
import { numberToDong, parseNumberText, readAmount, shiftDecimal } from "../../src/engine/money";
import { formatAmount } from "../../src/engine/text/format";
import type { MoneyUnit } from "../../src/engine/report-types";

describe("money", () => {
  it("converts numbers in the sheet's unit to exact integer đồng", () => {
    assert.equal(numberToDong(1250.5, "million-vnd"), 1_250_500_000);
    assert.equal(numberToDong(0.1 + 0.2, "million-vnd"), 300_000);
    assert.equal(numberToDong(1234.567891, "million-vnd"), 1_234_567_891);
    assert.equal(numberToDong(12.5, "thousand-vnd"), 12_500);
    assert.equal(numberToDong(1e-7, "million-vnd"), 0);
    assert.equal(numberToDong(-3.5, "vnd"), -4);
  });

  it("rounds fractions of a đồng half away from zero", () => {
    assert.equal(shiftDecimal("0.0000005", 6), 1);
    assert.equal(shiftDecimal("0.0000004", 6), 0);
    assert.equal(shiftDecimal("-0.0000005", 6), -1);
  });

  it("reads Vietnamese and English notations typed as text", () => {
    const cases: [string, string][] = [
      ["1.250,5", "1250.5"],
      ["12.000", "12000"],
      ["1 250,5", "1250.5"],
      ["1,250.5", "1250.5"],
      ["1.234.567", "1234567"],
      ["1250,5", "1250.5"],
      ["12.5", "12.5"],
      ["(1.250)", "-1250"],
      ["-1.250,5", "-1250.5"],
      ["+42", "42"],
    ];
    for (const [text, numeral] of cases) assert.equal(parseNumberText(text, "vi"), numeral, text);
  });

  it("reads groupings that both notations allow in the table's notation", () => {
    assert.equal(parseNumberText("1,250", "vi"), "1.250");
    assert.equal(parseNumberText("1,250", "en"), "1250");
    assert.equal(parseNumberText("12.000", "en"), "12.000");
  });

  it("refuses text that is not a number in either notation, and never guesses", () => {
    for (const text of ["chưa có", "1.25.0", "12,5,0", "1.250 tr.đ", "N/A", "1e5x", "--5"]) {
      const r = readAmount(text, "million-vnd", "vi");
      assert.equal(r.kind, "not-a-number", text);
    }
  });

  it("reads dashes as zero, blanks as empty and errors as errors", () => {
    assert.deepEqual(readAmount("-", "million-vnd", "vi"), { kind: "amount", dong: 0, fromText: true });
    assert.deepEqual(readAmount("  ", "million-vnd", "vi"), { kind: "empty" });
    assert.deepEqual(readAmount({ error: "#REF!" }, "million-vnd", "vi"), { kind: "error", error: "#REF!" });
    assert.equal(readAmount(true, "million-vnd", "vi").kind, "not-a-number");
  });

  it("reads back exactly any amount it writes, in every unit and notation", () => {
    const units: MoneyUnit[] = ["million-vnd", "thousand-vnd", "vnd"];
    fc.assert(
      fc.property(
        fc.integer({ min: -9e14, max: 9e14 }),
        fc.constantFrom(...units),
        fc.constantFrom<"vi" | "en">("vi", "en"),
        (dong, unit, lang) => {
          const text = formatAmount(dong, unit, lang).split(" ")[0];
          const r = readAmount(text, unit, lang);
          assert.deepEqual(r, { kind: "amount", dong, fromText: true });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("converts any number with at most six decimals in triệu exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_000_000_000_000 }), (dong) => {
        assert.equal(numberToDong(dong / 1e6, "million-vnd"), dong);
      }),
      { numRuns: 1000 },
    );
  });
});
