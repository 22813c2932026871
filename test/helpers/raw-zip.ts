/**
 * A zip written by hand from entries whose compressed bytes and declared
 * sizes the test chooses, so a part can lie about its size (a library
 * would write the truth). No data descriptors, no ZIP64.
 */
import * as zlib from "node:zlib";

export interface RawEntry {
  name: string;
  /** Deflated bytes (method 8). */
  data: Uint8Array;
  /** Uncompressed size as declared in the headers. */
  size: number;
  crc: number;
}

/** An entry holding `bytes` truthfully. */
export function trueEntry(name: string, bytes: Uint8Array): RawEntry {
  return { name, data: zlib.deflateRawSync(bytes), size: bytes.length, crc: zlib.crc32(bytes) };
}

/**
 * An entry declaring `declared` bytes that inflates to `mib` MiB of zeros; built from one 1 MiB block
 * deflated with a full flush (self-contained) and repeated, so it costs almost nothing to make.
 */
export function lyingEntry(name: string, mib: number, declared: number): RawEntry {
  const block = zlib.deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const end = zlib.deflateRawSync(Buffer.alloc(0));
  const data = Buffer.concat([...Array.from({ length: mib }, () => block), end]);
  return { name, data, size: declared, crc: 0 };
}

export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(e.crc >>> 0, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
