import { strict as assert } from "node:assert";
import { localDay } from "../../src/engine/calendar";
import { localDateTime } from "../../src/engine/stamp/time";

describe("today as the shells hand it to the engine", () => {
  it("is the local calendar day, not the UTC one, late in the evening", () => {
    const lateEvening = new Date(2024, 0, 5, 23, 59, 30);
    assert.equal(localDay(lateEvening), "2024-01-05");
    assert.ok(localDateTime(lateEvening).startsWith("2024-01-05T23:59:30"));
  });

  it("pads single-digit months and days", () => {
    assert.equal(localDay(new Date(2025, 8, 1, 0, 0, 1)), "2025-09-01");
  });
});
