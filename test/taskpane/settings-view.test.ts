import { strict as assert } from "node:assert";
import { BUILT_IN_PROFILES, QUANG_NAM_2024 } from "../../src/engine/profile";
import { checkForm, formOf } from "../../src/taskpane/settings/settings-view";
import { profileOfMetadata } from "../../src/engine/profile/stored";

describe("settings view", () => {
  it("shows the built-in profile's deadlines and thresholds, percentages as people write them", () => {
    const form = formOf(QUANG_NAM_2024);
    assert.equal(form.deadlines["carryover-2022"], "2024-06-30");
    assert.equal(form.allocationDeadline, "2024-04-15");
    assert.deepEqual([form.watchPercent, form.atRiskPercent, form.paceFactor], ["10", "25", "2"]);
  });

  it("turns the edits into a profile that extends the built-in one and checks as a profile file", () => {
    const form = {
      ...formOf(QUANG_NAM_2024),
      deadlines: { ...formOf(QUANG_NAM_2024).deadlines, "carryover-2022": "2024-07-31" },
      watchPercent: "12,5",
      allocationDeadline: "",
    };
    const checked = checkForm(form, BUILT_IN_PROFILES);
    assert.ok("profile" in checked);
    assert.equal(checked.profile.sources[0].deadline, "2024-07-31");
    assert.equal(checked.profile.tolerances.watch, 0.125);
    assert.equal(checked.profile.allocationDeadline, null);
    assert.equal((checked.json as { extends: string }).extends, "quang-nam-2024");
    // Saved in the workbook, it loads back to the same profile.
    assert.deepEqual(profileOfMetadata(checked.json, BUILT_IN_PROFILES), { profile: checked.profile, error: null });
  });

  it("names the field that is not a number, and reports what the profile check refuses", () => {
    const notNumber = checkForm({ ...formOf(QUANG_NAM_2024), paceFactor: "hai" }, BUILT_IN_PROFILES);
    assert.deepEqual("problems" in notNumber && notNumber.problems, [{ field: "paceFactor", kind: "not-a-number" }]);
    const watchAboveRisk = checkForm({ ...formOf(QUANG_NAM_2024), watchPercent: "40" }, BUILT_IN_PROFILES);
    assert.ok("problems" in watchAboveRisk);
    assert.match(
      watchAboveRisk.problems.map((p) => ("detail" in p ? p.detail : "")).join(),
      /watch must not exceed atRisk/,
    );
    const badDay = checkForm({ ...formOf(QUANG_NAM_2024), allocationDeadline: "2024-02-30" }, BUILT_IN_PROFILES);
    assert.ok("problems" in badDay && badDay.problems.length > 0);
  });

  it("falls back to the built-in profile, saying why, when the workbook's profile no longer loads", () => {
    const { profile, error } = profileOfMetadata({ id: "x", extends: "nowhere" }, BUILT_IN_PROFILES);
    assert.equal(profile.id, "quang-nam-2024");
    assert.match(error ?? "", /nowhere/);
    assert.deepEqual(profileOfMetadata(undefined, BUILT_IN_PROFILES), { profile: QUANG_NAM_2024, error: null });
  });
});
