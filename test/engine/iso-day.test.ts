import { strict as assert } from "node:assert";
import { isoDayOf, monthEnd } from "../../src/engine/calendar";
import { dateNamed } from "../../src/engine/detect/sources";

describe("days named by their year, month and day", () => {
  it("writes a day that exists as YYYY-MM-DD, padded", () => {
    assert.equal(isoDayOf(2024, 5, 31), "2024-05-31");
    assert.equal(isoDayOf(2024, 2, 29), "2024-02-29");
  });

  it("gives null for a day that does not exist instead of rolling into the next month", () => {
    for (const [y, m, d] of [
      [2024, 4, 31],
      [2023, 2, 29],
      [2024, 13, 1],
      [2024, 0, 10],
      [2024, 5, 0],
    ])
      assert.equal(isoDayOf(y, m, d), null, `${d}/${m}/${y}`);
  });

  it("reads the day a header names, the end of a month it names, and refuses month 13", () => {
    assert.equal(dateNamed("giai ngan den 31/5/2024", null), "2024-05-31");
    assert.equal(dateNamed("den het thang 2/2024", null), monthEnd(2024, 2));
    assert.equal(monthEnd(2024, 2), "2024-02-29");
    assert.equal(dateNamed("den 13/2024", null), null);
    assert.equal(dateNamed("den 31/4/2024", null), null);
    assert.equal(dateNamed("den 31/5", 2024), "2024-05-31");
  });
});
