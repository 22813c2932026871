/**
 * Just enough of the ZIP format to read an .xlsx part by part, streaming:
 * the central directory says where each part is, fflate inflates one part at
 * a time in small pieces, and the bytes actually inflated are counted so an
 * archive that inflates far beyond its size is stopped, whatever its headers
 * claim.
 */

import { Inflate } from "fflate";
import { WorkbookReadError } from "./read-error";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** Where its central directory record starts (zip-rewrite copies that record as stored). */
  centralOffset: number;
}

export interface InflateLimits {
  /** Bytes any one part may inflate to. */
  maxPartBytes: number;
  /** Bytes all parts together may inflate to. */
  maxTotalBytes: number;
  /** A part inflating to more than this many times its compressed size, past 32 MiB, is refused. */
  maxRatio: number;
  /** Parts (entries) in the archive. */
  maxParts: number;
}

export const DEFAULT_INFLATE_LIMITS: InflateLimits = {
  maxPartBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 1536 * 1024 * 1024,
  maxRatio: 100,
  maxParts: 10_000,
};

const EOCD = 0x06054b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: InflateLimits = DEFAULT_INFLATE_LIMITS,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let eocd = -1;
    // The end record sits in the last 22 + 65535 (comment) bytes.
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
      if (view.getUint32(i, true) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new WorkbookReadError("truncated", "no ZIP central directory");
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    if (count === 0xffff || p === 0xffffffff) throw new WorkbookReadError("too-large", "ZIP64 archive");
    if (count > limits.maxParts) throw new WorkbookReadError("too-large", `more than ${limits.maxParts} parts`);
    for (let k = 0; k < count; k++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== CDH) {
        throw new WorkbookReadError("corrupt", "bad ZIP central directory");
      }
      const nameLen = view.getUint16(p + 28, true);
      const extraLen = view.getUint16(p + 30, true);
      const commentLen = view.getUint16(p + 32, true);
      const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, "/");
      this.entries.set(name.replace(/^\//, ""), {
        name,
        flags: view.getUint16(p + 8, true),
        method: view.getUint16(p + 10, true),
        compressedSize: view.getUint32(p + 20, true),
        size: view.getUint32(p + 24, true),
        localHeaderOffset: view.getUint32(p + 42, true),
        centralOffset: p,
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    // Refuse at once what the directory itself declares too big; what it
    // understates is still caught while inflating.
    let declared = 0;
    for (const e of this.entries.values()) {
      declared += e.size;
      const ratio = e.size / Math.max(1, e.compressedSize);
      if (e.size > limits.maxPartBytes || (e.size > 32 * 1024 * 1024 && ratio > limits.maxRatio)) {
        throw new WorkbookReadError("too-large", `part ${e.name} declares ${Math.round(e.size / 1048576)} MiB`);
      }
    }
    if (declared > limits.maxTotalBytes)
      throw new WorkbookReadError("too-large", `${Math.round(declared / 1048576)} MiB inflated`);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Finds a part ignoring case, as Excel does. */
  find(name: string): string | undefined {
    if (this.entries.has(name)) return name;
    const lower = name.toLowerCase();
    for (const k of this.entries.keys()) if (k.toLowerCase() === lower) return k;
    return undefined;
  }

  /**
   * Inflates one part, handing its bytes on in pieces. Every `yieldEvery`
   * compressed bytes it awaits `pause()`, so a browser stays responsive.
   */
  async inflate(name: string, onData: (chunk: Uint8Array) => void, pause?: () => Promise<void>): Promise<void> {
    const e = this.entries.get(name);
    if (!e) throw new WorkbookReadError("corrupt", `missing part ${name}`);
    if (e.flags & 1) throw new WorkbookReadError("encrypted", `encrypted ZIP part ${name}`);
    const data = this.compressedBytes(e, name);
    const count = this.counted(e, name, onData);
    if (e.method === 0) {
      count(data);
      return;
    }
    if (e.method !== 8) throw new WorkbookReadError("corrupt", `unsupported ZIP method ${e.method}`);
    await inflateInPieces(data, name, count, pause);
  }

  /** A part's bytes as stored, after its local header. */
  private compressedBytes(e: ZipEntry, name: string): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const h = e.localHeaderOffset;
    if (h + 30 > this.bytes.length || view.getUint32(h, true) !== LFH) {
      throw new WorkbookReadError("corrupt", `bad ZIP entry ${name}`);
    }
    const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    const end = start + e.compressedSize;
    if (end > this.bytes.length) throw new WorkbookReadError("truncated", `part ${name} is cut short`);
    return this.bytes.subarray(start, end);
  }

  /** `onData` behind the count of inflated bytes: it throws once the part or the archive passes its limits. */
  private counted(e: ZipEntry, name: string, onData: (chunk: Uint8Array) => void): (chunk: Uint8Array) => void {
    let partBytes = 0;
    return (chunk) => {
      partBytes += chunk.length;
      this.inflatedTotal += chunk.length;
      const ratioExceeded =
        partBytes > 32 * 1024 * 1024 && partBytes > this.limits.maxRatio * Math.max(1, e.compressedSize);
      if (partBytes > this.limits.maxPartBytes || this.inflatedTotal > this.limits.maxTotalBytes || ratioExceeded) {
        throw new WorkbookReadError("too-large", `part ${name} inflates beyond the limit`);
      }
      // The directory said how big the part is and the budget was checked
      // against that: a part that inflates past it is a bomb whose directory lies.
      if (partBytes > e.size) {
        throw new WorkbookReadError(
          "too-large",
          `part ${name} inflates past the ${e.size} bytes its directory declares`,
        );
      }
      onData(chunk);
    };
  }

  /** A small part as text (workbook, relationships, styles). */
  async text(name: string): Promise<string> {
    const decoder = new TextDecoder("utf-8");
    let out = "";
    await this.inflate(name, (chunk) => {
      out += decoder.decode(chunk, { stream: true });
    });
    return out + decoder.decode();
  }
}

/** The first bytes say what kind of file this is, before any parsing. */
export function sniff(bytes: Uint8Array): "zip" | "cfb" | "empty" | "other" {
  if (bytes.length === 0) return "empty";
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) return "zip";
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && cfb.every((b, i) => bytes[i] === b)) return "cfb";
  return "other";
}

/**
 * An OLE compound file is either an old .xls or an encrypted OOXML package;
 * the latter holds a stream named "EncryptionInfo" (UTF-16 in the directory).
 */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Inflates deflated `data` in small pieces, awaiting `pause` every MiB of input. */
async function inflateInPieces(
  data: Uint8Array,
  name: string,
  onData: (chunk: Uint8Array) => void,
  pause?: () => Promise<void>,
): Promise<void> {
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    onData(chunk);
    if (final) done = true;
  });
  // Small pieces: a bomb inflates a thousandfold, and each piece's output is held at once.
  const piece = 8 * 1024;
  let sincePause = 0;
  try {
    for (let i = 0; i < data.length; i += piece) {
      inflater.push(data.subarray(i, Math.min(data.length, i + piece)), i + piece >= data.length);
      sincePause += piece;
      if (pause && sincePause >= 1024 * 1024) {
        sincePause = 0;
        await pause();
      }
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw new WorkbookReadError("corrupt", `part ${name} does not inflate`);
  }
  if (!done && data.length > 0) throw new WorkbookReadError("truncated", `part ${name} ends early`);
}
