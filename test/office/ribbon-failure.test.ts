import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeMockObject } from "office-addin-mock";
import { checkAndHighlight } from "../../src/commands/check";
import { lastRibbonFailure, recordRibbonFailure, ribbonFailure } from "../../src/commands/failure";
import { noticeUrl, showNotice } from "../../src/commands/notice-dialog";
import { runRibbonCommand } from "../../src/commands/run-command";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { OfficeWorkbookPort } from "../../src/workbook/office/port";
import { MemoryStorage } from "../helpers/memory-storage";
import { FakeWorkbook, fakeHost, installExcelEnums, officeError, sheetFromGrid } from "./fake-excel";

const SAMPLE = join(__dirname, "..", "..", "examples", "huyen-que-son-ntm-2024.xlsx");

async function sampleBook(): Promise<FakeWorkbook> {
  const book = new FakeWorkbook();
  for (const g of await readXlsx(readFileSync(SAMPLE), "q.xlsx")) sheetFromGrid(book, g);
  return book;
}

describe("ribbon command failures", () => {
  before(installExcelEnums);

  it("a failed Check now tells the user in their language and records the failure in both languages for the pane", async () => {
    const book = await sampleBook();
    const host = fakeHost(book);
    host.stats.fail = () => officeError("GeneralException", "The workbook is busy.");
    const storage = new MemoryStorage();
    const told: string[] = [];
    const port = new OfficeWorkbookPort({ host, lang: () => "vi" });
    await runRibbonCommand(
      "checkNow",
      { lang: "vi", storage, now: () => new Date("2024-05-31T08:00:00Z"), tell: async (text) => void told.push(text) },
      async () =>
        (await checkAndHighlight(port, { file: "q.xlsx", asOf: "2024-05-31", lang: "vi", now: new Date(0) })).text,
    );
    assert.deepEqual(told, [
      'Lệnh "Kiểm tra ngay" không thực hiện được. Excel báo lỗi GeneralException: The workbook is busy. (Fake)',
    ]);
    const recorded = lastRibbonFailure(storage);
    assert.equal(recorded?.code, "GeneralException");
    assert.equal(recorded?.at, "2024-05-31T08:00:00.000Z");
    assert.match(recorded?.text.en ?? "", /^"Check now" did not complete\. Excel reported GeneralException/);
  });

  it("a failed Clear that is not Office's own error is still told, plainly", async () => {
    const storage = new MemoryStorage();
    const told: string[] = [];
    await runRibbonCommand(
      "clearHighlights",
      { lang: "en", storage, now: () => new Date(0), tell: async (text) => void told.push(text) },
      async () => {
        throw new TypeError("x is undefined");
      },
    );
    assert.deepEqual(told, ['"Clear highlights" did not complete. Unexpected error: x is undefined']);
    assert.equal(lastRibbonFailure(storage)?.code, null);
  });

  it("a command that then succeeds tells nothing and clears the older failure", async () => {
    const book = await sampleBook();
    const storage = new MemoryStorage();
    recordRibbonFailure(storage, ribbonFailure("checkNow", new Error("earlier"), new Date(0)));
    const told: string[] = [];
    const port = new OfficeWorkbookPort({ host: fakeHost(book) });
    await runRibbonCommand(
      "clearHighlights",
      { lang: "vi", storage, now: () => new Date(0), tell: async (text) => void told.push(text) },
      async () => {
        await port.clearHighlights();
        return "cleared";
      },
    );
    assert.deepEqual(told, []);
    assert.equal(lastRibbonFailure(storage), null);
  });

  it("ignores a recorded failure it cannot read", () => {
    const storage = new MemoryStorage();
    storage.setItem("ntp-disburse.ribbonFailure", "{not json");
    assert.equal(lastRibbonFailure(storage), null);
  });

  describe("the dialog (office-addin-mock)", () => {
    /** office.js with a dialog API whose dialog the test closes through its handlers. */
    async function officeWith(open: { ok: boolean }) {
      const calls: { url: string; closed: boolean; handlers: Map<string, () => void> } = {
        url: "",
        closed: false,
        handlers: new Map(),
      };
      const dialog = {
        addEventHandler: (type: string, handler: () => void) => calls.handlers.set(type, handler),
        close: () => (calls.closed = true),
      };
      const office = new OfficeMockObject({
        AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
        EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
        context: {
          ui: {
            displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
              calls.url = url;
              callback(
                open.ok
                  ? { status: "succeeded", value: dialog }
                  : { status: "failed", error: { code: 12007, message: "A dialog is already open." } },
              );
            },
          },
        },
      }) as unknown as { load(p: string): void; sync(): Promise<void> };
      // office-addin-mock hands out a property only once it is loaded and synced, as Office.js does.
      office.load(
        "AsyncResultStatus/Succeeded, AsyncResultStatus/Failed, EventType/DialogMessageReceived, EventType/DialogEventReceived",
      );
      await office.sync();
      (globalThis as Record<string, unknown>).Office = office;
      return { office: office as unknown as typeof Office, calls };
    }

    afterEach(() => delete (globalThis as Record<string, unknown>).Office);

    it("opens notice.html with the text, and closes it when its button sends a message", async () => {
      const { office, calls } = await officeWith({ ok: true });
      const url = noticeUrl("https://addin.example.vn/ntp/commands.html", "Lệnh lỗi & <b>", "vi");
      let done = false;
      const shown = showNotice(office.context.ui, url).then(() => (done = true));
      await Promise.resolve();
      assert.equal(done, false, "waits for the user");
      assert.equal(new URL(calls.url).pathname, "/ntp/notice.html");
      assert.equal(new URL(calls.url).searchParams.get("text"), "Lệnh lỗi & <b>");
      calls.handlers.get("dialogMessageReceived")?.();
      await shown;
      assert.ok(calls.closed);
    });

    it("resolves when the user closes the window itself, and at once when no dialog can open", async () => {
      const open = await officeWith({ ok: true });
      const shown = showNotice(open.office.context.ui, "https://a.example/notice.html");
      open.calls.handlers.get("dialogEventReceived")?.();
      await shown;
      assert.equal(open.calls.closed, false, "a window the user closed needs no closing");
      const refused = await officeWith({ ok: false });
      await showNotice(refused.office.context.ui, "https://a.example/notice.html");
    });
  });
});
