import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import { loadPlanCode, planFromFile, planFromTyped, type PlanRequest } from "../../src/taskpane/plan/plan-generation";

const ROOT = join(__dirname, "..", "..");
const request: PlanRequest = { granularity: "month", unitName: "", profile: QUANG_NAM_2024, lang: "vi" };
const csvFile = (name: string) => {
  const bytes = readFileSync(join(ROOT, "examples", "allocation", name));
  return { name, arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer) };
};
/** What the browser gives when the plan chunk cannot be fetched (offline, a new version deployed meanwhile). */
const chunkFails = () => Promise.reject(new Error("Loading chunk plan failed."));

describe("the Plan view's generation, apart from the view", () => {
  it("ends in a failure message, not in a rejection, when the plan code cannot be loaded for a file", async () => {
    const state = await planFromFile(chunkFails, csvFile("phan-bo-von-2024.csv"), request);
    assert.deepEqual(state, {
      step: "failed",
      fileName: "phan-bo-von-2024.csv",
      message: "Loading chunk plan failed.",
    });
  });

  it("ends in a failure message, not in a rejection, when the plan code cannot be loaded for typed lines", async () => {
    const rows = [
      {
        id: 1,
        kind: "item" as const,
        depth: 0,
        name: "Đường",
        source: "",
        amount: "1",
        code: "",
        owner: "",
        leader: "",
      },
    ];
    const { state } = await planFromTyped(chunkFails, { rows, unit: "million-vnd" }, { ...request, fixFields: String });
    assert.deepEqual(state, { step: "failed", fileName: null, message: "Loading chunk plan failed." });
  });

  it("offers the plan of an allocation file as an .xlsx named after it", async () => {
    const state = await planFromFile(loadPlanCode, csvFile("phan-bo-von-2024.csv"), request);
    assert.equal(state.step, "ready");
    if (state.step !== "ready") return;
    assert.equal(state.download, "ke-hoach-giai-ngan-phan-bo-von-2024.xlsx");
    assert.ok(state.items > 0 && state.rows >= state.items);
    URL.revokeObjectURL(state.url);
  });
});
