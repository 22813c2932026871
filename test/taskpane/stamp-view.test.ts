import { strict as assert } from "node:assert";
import { stampIntent } from "../../src/taskpane/check/stamp-view";

describe("the stamp's state as the Check view shows it", () => {
  it("is a success when valid, an error when the plan changed since, else information", () => {
    assert.equal(stampIntent({ state: "valid" }), "success");
    assert.equal(stampIntent({ state: "changed" }), "error");
    assert.equal(stampIntent({ state: "none" }), "info");
  });

  it("is an error whenever the profile requires a stamp the plan lacks", () => {
    const finding = { rule: "stamp-missing", severity: "error", cell: null, message: "" } as const;
    assert.equal(stampIntent({ state: "none", finding }), "error");
  });
});
