/**
 * A new .xlsx package from an old one with some parts replaced or added,
 * every other part copied as stored: its local header, compressed bytes
 * (and data descriptor) and central directory record, never inflated. A part
 * the tool does not read may declare 1,000 bytes and inflate to gigabytes;
 * copied this way it costs its compressed size and stays byte for byte.
 *
 * New parts are deflated as they are produced (NewPart), so a sheet of
 * hundreds of megabytes is never held inflated. Highlights (highlight-xlsx)
 * replace sheets and styles; a feature adding a part (a legend sheet) passes
 * it in `add` with the relationship and content-type parts it changes in
 * `replace`.
 */

import { Deflate } from "fflate";
import { WorkbookReadError } from "./read-error";
import type { ZipArchive, ZipEntry } from "./zip";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** A part deflated as its bytes come: push pieces, then finish. */
export class NewPart {
  private readonly chunks: Uint8Array[] = [];
  private crc = 0xffffffff;
  private size = 0;
  private compressedSize = 0;
  private finished = false;
  private readonly deflater = new Deflate({ level: 6 }, (chunk) => {
    this.chunks.push(chunk);
    this.compressedSize += chunk.length;
  });

  push(bytes: Uint8Array): void {
    let c = this.crc;
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    this.crc = c;
    this.size += bytes.length;
    // fflate may keep a reference to what it is given; the caller's buffer may be reused.
    this.deflater.push(new Uint8Array(bytes), false);
  }

  finish(): NewPart {
    if (!this.finished) this.deflater.push(new Uint8Array(0), true);
    this.finished = true;
    return this;
  }

  static of(bytes: Uint8Array): NewPart {
    const part = new NewPart();
    part.push(bytes);
    return part.finish();
  }

  /** Local header, data, central record, for a part named `name` written at `offset`. */
  entry(name: string, offset: number): { local: Uint8Array[]; central: Uint8Array } {
    this.finish();
    if (this.size > 0xfffffffe || this.compressedSize > 0xfffffffe)
      throw new WorkbookReadError("too-large", `part ${name} is too large to write`);
    const nameBytes = new TextEncoder().encode(name);
    // Bit 11: the name is UTF-8. DOS date 1980-01-01, as ExcelJS and Excel write untimed parts.
    const fields = (h: DataView, at: number): void => {
      h.setUint16(at, 20, true);
      h.setUint16(at + 2, 0x0800, true);
      h.setUint16(at + 4, 8, true);
      h.setUint16(at + 6, 0, true);
      h.setUint16(at + 8, 0x21, true);
      h.setUint32(at + 10, (this.crc ^ 0xffffffff) >>> 0, true);
      h.setUint32(at + 14, this.compressedSize, true);
      h.setUint32(at + 18, this.size, true);
      h.setUint16(at + 22, nameBytes.length, true);
    };
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    fields(lv, 4);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    fields(cv, 6);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    return { local: [local, ...this.chunks], central };
  }
}

export interface ZipChanges {
  /** Parts written anew in place of the stored ones (same name). */
  replace?: ReadonlyMap<string, NewPart>;
  /** Parts added after the others. */
  add?: ReadonlyMap<string, NewPart>;
  /** Parts left out of the copy. */
  remove?: ReadonlySet<string>;
}

/** The stored bytes of an entry: local header, compressed data and any data descriptor. */
function storedEntry(bytes: Uint8Array, e: ZipEntry): { local: Uint8Array; central: Uint8Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = e.localHeaderOffset;
  if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50)
    throw new WorkbookReadError("corrupt", `bad ZIP entry ${e.name}`);
  let end = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true) + e.compressedSize;
  if (e.flags & 8) {
    // Data descriptor: crc, sizes, with or without its optional signature.
    end += end + 4 <= bytes.length && view.getUint32(end, true) === 0x08074b50 ? 16 : 12;
  }
  const c = e.centralOffset;
  const centralEnd =
    c + 46 + view.getUint16(c + 28, true) + view.getUint16(c + 30, true) + view.getUint16(c + 32, true);
  if (end > bytes.length || centralEnd > bytes.length)
    throw new WorkbookReadError("truncated", `part ${e.name} is cut short`);
  return { local: bytes.subarray(h, end), central: bytes.subarray(c, centralEnd) };
}

/** The package `zip` (read from `bytes`) with `changes` applied. */
export function rewriteZip(bytes: Uint8Array, zip: ZipArchive, changes: ZipChanges): Uint8Array {
  const out: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const put = (local: Uint8Array[], central: Uint8Array): void => {
    out.push(...local);
    centrals.push(central);
    offset += local.reduce((n, b) => n + b.length, 0);
  };
  for (const [name, e] of zip.entries) {
    if (changes.remove?.has(name)) continue;
    const replaced = changes.replace?.get(name);
    if (replaced) {
      const { local, central } = replaced.entry(e.name, offset);
      put(local, central);
      continue;
    }
    const { local, central } = storedEntry(bytes, e);
    // A copy (a Buffer's slice would share the input's memory), with its entry's new offset.
    const moved = new Uint8Array(central);
    new DataView(moved.buffer).setUint32(42, offset, true);
    put([local], moved);
  }
  for (const [name, part] of changes.add ?? []) {
    const { local, central } = part.entry(name, offset);
    put(local, central);
  }
  if (offset > 0xfffffffe) throw new WorkbookReadError("too-large", "the copy would need ZIP64");
  const directorySize = centrals.reduce((n, b) => n + b.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  return concatBytes([...out, ...centrals, end]);
}

/** The pieces one after the other, in one array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
