import { strict as assert } from "node:assert";
import { langOfDisplayLanguage } from "../../src/i18n/display-language";
import { startingLang, storeLang } from "../../src/taskpane/language";
import { MemoryStorage } from "../helpers/memory-storage";

describe("the pane's language", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).localStorage);

  it("follows Office's display language: Vietnamese for vi-*, English for any other", () => {
    assert.equal(langOfDisplayLanguage("vi-VN"), "vi");
    assert.equal(langOfDisplayLanguage("VI"), "vi");
    assert.equal(langOfDisplayLanguage("en-US"), "en");
    assert.equal(langOfDisplayLanguage("fr-FR"), "en");
  });

  it("starts in Office's language until the user chooses one, then keeps the choice", () => {
    (globalThis as Record<string, unknown>).localStorage = new MemoryStorage();
    assert.equal(startingLang("en-US"), "en");
    assert.equal(startingLang(null), "vi", "outside Office: Vietnamese");
    storeLang("vi");
    assert.equal(startingLang("en-US"), "vi");
  });

  it("starts in Office's language where storage is disabled", () => {
    (globalThis as Record<string, unknown>).localStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
    };
    assert.equal(startingLang("en-GB"), "en");
  });
});
