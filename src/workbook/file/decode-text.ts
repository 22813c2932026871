/**
 * The text of a CSV (or list) file as Excel on a Vietnamese Windows saves it,
 * decided by the bytes, never by the file's name: a byte-order mark names
 * UTF-8, UTF-16 LE ("Unicode text") or UTF-16 BE; without one, bytes that
 * are valid UTF-8 are UTF-8; otherwise the ANSI code page of Vietnamese
 * Windows, windows-1258, when the text reads as Vietnamese: no byte the code
 * page leaves undefined (they decode as C1 controls), and, since windows-1258
 * writes most tone marks as combining characters after the vowel ("e" +
 * U+0301), each mark following a vowel that can carry one. The text is then composed (NFC) so that "é" compares equal however it
 * was written. Anything else is refused rather than read as mojibake.
 */

import { WorkbookReadError } from "./read-error";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

/** Vowels, plain or with their letter marks (ă â ê ô ơ ư), that take a tone mark in Vietnamese. */
const TONE_BEARING = /[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY]/;
/** The five tone marks as windows-1258 writes them: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: false drops a matching BOM from the text.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Whether the text has no C1 control and every combining tone mark follows a vowel that can carry it. */
function readsAsVietnamese(text: string): boolean {
  if (/[\u0080-\u009f]/.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    if (TONE_MARKS.test(text[i]) && (i === 0 || !TONE_BEARING.test(text[i - 1]))) return false;
  }
  return true;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const bom = (...b: number[]) => b.every((v, i) => bytes[i] === v);
  const bomEncoding: TextEncodingName | null = bom(0xef, 0xbb, 0xbf)
    ? "utf-8"
    : bom(0xff, 0xfe)
      ? "utf-16le"
      : bom(0xfe, 0xff)
        ? "utf-16be"
        : null;
  if (bomEncoding) {
    const text = strict(bomEncoding, bytes);
    if (text === null) throw new WorkbookReadError("not-utf8");
    return { text: text.normalize("NFC"), encoding: bomEncoding };
  }
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== null) return { text: utf8.normalize("NFC"), encoding: "utf-8" };
  const ansi = strict("windows-1258", bytes);
  if (ansi !== null && readsAsVietnamese(ansi)) return { text: ansi.normalize("NFC"), encoding: "windows-1258" };
  throw new WorkbookReadError("not-utf8");
}
