import { strict as assert } from "node:assert";
import { BUILT_IN_PROFILES, QUANG_NAM_2024 } from "../../src/engine/profile";
import { checkForm, formOf, storedForm, withProfile } from "../../src/taskpane/settings/settings-view";
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

  it("opens the form on the workbook's own profile, and on none when it holds none or one that no longer loads", () => {
    const json = { id: "qn-edited", extends: "quang-nam-2024", paceFactor: 3 };
    const form = storedForm({ version: 1, profile: json }, BUILT_IN_PROFILES, "quang-nam-2024");
    assert.equal(form?.paceFactor, "3");
    assert.equal(form?.base, "quang-nam-2024");
    assert.equal(storedForm({ version: 1 }, BUILT_IN_PROFILES, "quang-nam-2024"), null);
    assert.equal(storedForm(null, BUILT_IN_PROFILES, "quang-nam-2024"), null);
    const broken = { version: 1 as const, profile: { id: "x", extends: "nowhere" } };
    assert.equal(storedForm(broken, BUILT_IN_PROFILES, "quang-nam-2024"), null);
  });

  it("saves the form's profile beside the rest of the metadata, and removes it when the built-in one is chosen", () => {
    const meta = { version: 1 as const, mappings: [], profile: { id: "old" } };
    assert.deepEqual(withProfile(meta, { json: { id: "new" } }), { version: 1, mappings: [], profile: { id: "new" } });
    assert.deepEqual(withProfile(meta, null), { version: 1, mappings: [] });
    assert.deepEqual(withProfile(null, { json: { id: "new" } }), { version: 1, profile: { id: "new" } });
    assert.deepEqual(meta.profile, { id: "old" }, "the metadata read is left as it was");
  });
});
