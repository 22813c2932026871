/**
 * The CSV decoding (src/workbook/file/decode-text.ts) runs in the pane too:
 * Chromium's TextDecoder must know windows-1258 and UTF-16 as Node's does.
 * Expects dist/ from `npm run build`.
 */

import { strict as assert } from "node:assert";
import { encodeUtf16, encodeWindows1258 } from "../helpers/windows-1258";
import { useDistBrowser } from "./dist-browser";

const TEXT = "Hỗ trợ phát triển sản xuất, huyện Quế Sơn; Đường giao thông";

describe("text encodings in Chromium", () => {
  const browser = useDistBrowser("taskpane.html");

  it("decodes windows-1258 (composed to NFC) and UTF-16 as Node does", async () => {
    const page = await browser.offlinePage();
    await page.goto(`${browser.url}/taskpane.html`);
    const decoded = await page.evaluate(
      ([ansi, utf16]) => [
        new TextDecoder("windows-1258", { fatal: true }).decode(Uint8Array.from(ansi)).normalize("NFC"),
        new TextDecoder("utf-16le", { fatal: true }).decode(Uint8Array.from(utf16)),
      ],
      [[...encodeWindows1258(TEXT)], [...encodeUtf16(TEXT, "le")]],
    );
    assert.deepEqual(decoded, [TEXT, TEXT]);
    await page.close();
  });
});
