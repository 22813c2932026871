import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeText } from "../../src/workbook/file/decode-text";
import { csvToGrid } from "../../src/workbook/file/read-csv";
import { WorkbookReadError } from "../../src/workbook/file/read-error";
import { encodeUtf16, encodeWindows1258 } from "../helpers/windows-1258";

const TEXT =
  "STT;Tên dự án;Kế hoạch vốn\n1;Hỗ trợ phát triển sản xuất, huyện Quế Sơn;1.250,5\n2;Đường giao thông nội đồng thôn Phước Ấm;980\n";
const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE = readFileSync(
  join(__dirname, "..", "..", "examples", "allocation", "phan-bo-von-2024.csv"),
  "utf8",
).replace(/^\uFEFF/, "");

describe("CSV text encodings", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    assert.deepEqual(decodeText(utf8(TEXT)), { text: TEXT, encoding: "utf-8" });
    assert.deepEqual(decodeText(utf8(`\uFEFF${TEXT}`)), { text: TEXT, encoding: "utf-8" });
  });

  it("reads UTF-16 little- and big-endian by their byte-order mark", () => {
    assert.deepEqual(decodeText(encodeUtf16(TEXT, "le")), { text: TEXT, encoding: "utf-16le" });
    assert.deepEqual(decodeText(encodeUtf16(TEXT, "be")), { text: TEXT, encoding: "utf-16be" });
  });

  it("reads windows-1258, tone marks written as combining characters, as the same composed text", () => {
    const bytes = encodeWindows1258(TEXT);
    assert.ok(bytes.includes(0xd2) || bytes.includes(0xec), "the fixture carries combining tone marks");
    assert.deepEqual(decodeText(bytes), { text: TEXT, encoding: "windows-1258" });
  });

  it("decides by the bytes, whatever the file is called: windows-1258 that happens to be valid UTF-8 is not guessed at", () => {
    // Plain ASCII is the same in both; the reader says UTF-8 and the text is right either way.
    assert.deepEqual(decodeText(encodeWindows1258("STT;Ten;Von\n")), { text: "STT;Ten;Von\n", encoding: "utf-8" });
  });

  it("refuses Western ANSI text whose bytes would be tone marks after a consonant", () => {
    // "Gòn" in windows-1252: ò is 0xF2, which windows-1258 reads as a dot below after "G".
    assert.throws(
      () => decodeText(Uint8Array.of(0x47, 0xf2, 0x6e)),
      (e) => e instanceof WorkbookReadError && e.code === "not-utf8",
    );
  });

  it("refuses bytes windows-1258 does not define", () => {
    assert.throws(() => decodeText(Uint8Array.of(0x41, 0x81, 0xff, 0x42)), WorkbookReadError);
  });

  it("gives the same allocation grid from the sample list saved as UTF-8, Unicode text (UTF-16, tabs) and windows-1258", () => {
    const expected = csvToGrid(utf8(SAMPLE), "list");
    // Excel's "Unicode text" separates fields by tabs: the sample's semicolons, outside quotes, become tabs.
    const tabbed = SAMPLE.split("\n")
      .map((line) =>
        line.replace(/("(?:[^"]|"")*"|[^;]*)(;|$)/g, (_, field: string, sep: string) => field + (sep ? "\t" : "")),
      )
      .join("\n");
    assert.deepEqual(csvToGrid(encodeUtf16(tabbed, "le"), "list"), expected);
    assert.deepEqual(csvToGrid(encodeWindows1258(SAMPLE), "list"), expected);
  });
});
