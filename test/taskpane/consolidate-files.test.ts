import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readSubmissions, runConsolidation } from "../../src/taskpane/consolidate/consolidate-files";
import { planProfile } from "../../src/taskpane/plan/plan-profile";
import { QUANG_NAM_2024 } from "../../src/engine/profile";
import type { WorkbookPort } from "../../src/workbook/port";

const ROOT = join(__dirname, "..", "..");
const EXAMPLES = join(ROOT, "examples");

const exampleFile = (name: string) => new File([readFileSync(join(EXAMPLES, name))], name);

/** A picked file that changed or vanished on disk before it was read: the browser refuses its bytes. */
class VanishedFile extends File {
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new Error("The requested file could not be read"));
  }
}

describe("Consolidate view's file reading", () => {
  it("rejects a file that cannot be read and one that is not a workbook, with reasons, and consolidates the good ones", async function () {
    this.timeout(60000);
    const files = [
      exampleFile("huyen-que-son-ntm-2024.xlsx"),
      new VanishedFile([], "huyen-moi-doi.xlsx"),
      new File(["Đơn vị,Vốn giao\nHuyện A,100\n"], "ke-hoach.xlsx"),
      exampleFile("thi-xa-dien-ban-ntm-2024.xlsx"),
    ];
    const subs = await readSubmissions(files, { asOf: "2024-05-31", lang: "vi", profile: QUANG_NAM_2024 });
    assert.deepEqual(
      subs.map((s) => [s.file, s.report !== null]),
      [
        ["huyen-que-son-ntm-2024.xlsx", true],
        ["huyen-moi-doi.xlsx", false],
        ["ke-hoach.xlsx", false],
        ["thi-xa-dien-ban-ntm-2024.xlsx", true],
      ],
    );
    assert.match(subs[1].reason ?? "", /^không đọc được tệp \(The requested file could not be read\)$/);
    assert.ok((subs[2].reason ?? "").length > 0);

    const { report } = await runConsolidation(subs, new Map(), {
      asOf: "2024-05-31",
      lang: "vi",
      profile: QUANG_NAM_2024,
      expected: "",
      treasury: null,
      previous: [],
    });
    assert.deepEqual(
      report.files.map((f) => [f.file, f.status]),
      [
        ["huyen-que-son-ntm-2024.xlsx", "accepted"],
        ["huyen-moi-doi.xlsx", "rejected"],
        ["ke-hoach.xlsx", "rejected"],
        ["thi-xa-dien-ban-ntm-2024.xlsx", "accepted"],
      ],
    );
  });

  it("gives the reason in English when the pane is in English", async () => {
    const [sub] = await readSubmissions([new VanishedFile([], "x.xlsx")], {
      asOf: "2024-05-31",
      lang: "en",
      profile: QUANG_NAM_2024,
    });
    assert.equal(sub.reason, "the file could not be read (The requested file could not be read)");
  });

  it("checks the submissions against the profile Settings saved in the workbook, not the built-in one", async () => {
    const stored = JSON.parse(readFileSync(join(ROOT, "profiles", "example-2025.json"), "utf8")) as unknown;
    const port = { loadMetadata: () => Promise.resolve({ version: 1, profile: stored }) } as unknown as WorkbookPort;
    const { profile } = await planProfile(port);
    const settings = { asOf: "2025-05-31", lang: "vi" as const, profile };
    const subs = await readSubmissions([exampleFile("huyen-que-son-ntm-2024.xlsx")], settings);
    assert.equal(subs[0].report?.profile, "example-2025");
    const { report } = await runConsolidation(subs, new Map(), {
      ...settings,
      expected: "",
      treasury: null,
      previous: [],
    });
    assert.equal(report.profile, "example-2025");
  });

  it("falls back to the built-in profile, saying why, when the workbook's metadata cannot be read", async () => {
    const port = { loadMetadata: () => Promise.reject(new Error("GeneralException")) } as unknown as WorkbookPort;
    const { profile, fromWorkbook, problems } = await planProfile(port);
    assert.equal(profile.id, QUANG_NAM_2024.id);
    assert.equal(fromWorkbook, false);
    assert.deepEqual(problems, ["GeneralException"]);
  });
});
