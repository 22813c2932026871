import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEdit, checkedAt, type ReadyState } from "../../src/taskpane/check/check-state";
import * as engine from "../../src/taskpane/check/run-check";
import { FileWorkbookPort } from "../../src/workbook/file/file-port";

const FILE = "thi-xa-dien-ban-ntm-2024.xlsx";
const AS_OF = "2024-05-31";

/** The sample read for checking, as the Check view holds it once read. */
async function ready(): Promise<ReadyState> {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "..", "examples", FILE)));
  const port = new FileWorkbookPort(FILE, bytes, { highlightedCopy: async () => new Uint8Array() });
  return { step: "ready", checker: await engine.readForCheck(port, FILE), engine };
}

describe("the Check view's state", () => {
  it("shows nothing while reading or after a failed read, and the check at the day and language once read", async () => {
    assert.equal(checkedAt({ step: "reading", progress: null }, "vi", AS_OF), null);
    assert.equal(checkedAt({ step: "failed", error: new Error("x") }, "vi", AS_OF), null);
    const checked = checkedAt(await ready(), "en", AS_OF);
    assert.ok(checked && "result" in checked);
    assert.equal(checked.result.report.asOf, AS_OF);
    assert.equal(checked.result.report.lang, "en");
  });

  it("after an edit, keeps the engine and checks as a whole read would", async () => {
    const before = await ready();
    const after = await afterEdit(before, "KH giải ngân");
    assert.equal(after.step, "ready");
    assert.ok(after.step === "ready" && after.engine === before.engine);
    assert.deepEqual(checkedAt(after, "vi", AS_OF), checkedAt(await ready(), "vi", AS_OF));
  });
});
