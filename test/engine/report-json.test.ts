import { strict as assert } from "node:assert";
import fc from "fast-check";
import { writeJson } from "../../src/engine/report-json";

describe("streamed JSON", () => {
  it("writes exactly what JSON.stringify(value, null, 2) writes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        let out = "";
        writeJson(value, (s) => (out += s));
        assert.equal(out, `${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });
});
