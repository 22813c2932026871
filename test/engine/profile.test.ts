import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ProfileError, QUANG_NAM_2024, profileFromJson } from "../../src/engine/profile";

const problems = (json: unknown): string[] => {
  try {
    profileFromJson(json);
  } catch (e) {
    assert.ok(e instanceof ProfileError);
    return e.problems;
  }
  return assert.fail("the profile was accepted");
};

describe("milestone profiles", () => {
  it("hold exactly the seed's milestones in the built-in quang-nam-2024, with no invented checkpoint", () => {
    assert.deepEqual(
      QUANG_NAM_2024.sources.map((s) => [s.id, s.deadline]),
      [
        ["carryover-2022", "2024-06-30"],
        ["carryover-2023", "2024-08-31"],
        ["plan-2024", "2024-12-31"],
      ],
    );
    assert.equal(QUANG_NAM_2024.allocationDeadline, "2024-04-15");
    assert.deepEqual(QUANG_NAM_2024.checkpoints, []);
  });

  it("extend a built-in profile, changing only what the file says", () => {
    const p = profileFromJson({
      id: "qn-2024-later",
      extends: "quang-nam-2024",
      sources: [
        { id: "carryover-2022", deadline: "2024-12-31" },
        { id: "carryover-2021", deadline: "2024-06-30" },
      ],
      tolerances: { atRisk: 0.3 },
    });
    assert.equal(p.year, 2024);
    assert.deepEqual(
      p.sources.map((s) => [s.id, s.deadline]),
      [
        ["carryover-2022", "2024-12-31"],
        ["carryover-2023", "2024-08-31"],
        ["plan-2024", "2024-12-31"],
        ["carryover-2021", "2024-06-30"],
      ],
    );
    assert.equal(p.sources[0].label.vi, "Vốn năm 2022 kéo dài sang 2024");
    assert.deepEqual(p.tolerances, { watch: 0.1, atRisk: 0.3 });
  });

  it("load the profile files shipped in profiles/ (another year needs no code)", () => {
    for (const f of ["example-2025.json", "quang-nam-2024-checkpoints.json"]) {
      const p = profileFromJson(JSON.parse(readFileSync(join(__dirname, "..", "..", "profiles", f), "utf8")));
      assert.ok(p.sources.length > 0 && p.year >= 2024, f);
    }
  });

  it("name every problem of an invalid profile", () => {
    assert.deepEqual(problems({ id: "x", year: "2024", sources: [{ id: "plan-2024", deadline: "31/12/2024" }] }), [
      "year must be integer",
      'sources.0.deadline must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"',
    ]);
    assert.deepEqual(problems({ id: "x", extends: "ha-noi-2030" }), ['extends: no built-in profile "ha-noi-2030"']);
    assert.deepEqual(problems({ id: "x", year: 2024, sources: [{ id: "plan-2024", deadline: "2024-02-30" }] }), [
      "sources.0.deadline: 2024-02-30 is not a calendar day",
    ]);
    assert.deepEqual(problems({ id: "x", extends: "quang-nam-2024", tolerances: { watch: 0.5, atRisk: 0.2 } }), [
      "tolerances: watch must not exceed atRisk",
    ]);
    assert.deepEqual(problems({ id: "x" }), [
      "year is required (or extends)",
      "sources: at least one source with its deadline is required (or extends)",
    ]);
    assert.ok(problems({ id: "x", extends: "quang-nam-2024", deadlines: {} })[0].includes("additional properties"));
  });
});
