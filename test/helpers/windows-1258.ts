/**
 * Text to windows-1258 bytes, as Excel's "CSV" writes it on a Vietnamese
 * Windows: a character the code page holds is its byte; any other Vietnamese
 * letter is its toned-less letter followed by the combining tone mark. Node
 * decodes windows-1258 but has no encoder; the table is the decoder's, inverted.
 */

const TABLE = new Map<string, number>();
const decoder = new TextDecoder("windows-1258");
for (let b = 0; b < 256; b++) {
  const ch = decoder.decode(Uint8Array.of(b));
  if (ch !== "\uFFFD" && !TABLE.has(ch)) TABLE.set(ch, b);
}

export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const byte = TABLE.get(ch);
    if (byte !== undefined) {
      out.push(byte);
      continue;
    }
    // NFD puts the dot below before the circumflex ("ệ" = e, U+0323, U+0302): take the tone mark out wherever it is.
    const parts = [...ch.normalize("NFD")];
    const at = parts.findIndex((p) => /[\u0300\u0301\u0303\u0309\u0323]/.test(p));
    const mark = at < 0 ? "" : parts.splice(at, 1)[0];
    const base = TABLE.get(parts.join("").normalize("NFC"));
    const markByte = TABLE.get(mark);
    if (base === undefined || markByte === undefined) throw new Error(`"${ch}" has no windows-1258 form`);
    out.push(base, markByte);
  }
  return Uint8Array.from(out);
}

/** UTF-16 with its byte-order mark, as Excel's "Unicode text" writes it (little-endian) or big-endian. */
export function encodeUtf16(text: string, endian: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === "le");
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), endian === "le");
  return out;
}
