/**
 * Writes a zip bomb on demand (it is never committed): a valid-looking .xlsx
 * whose xl/worksheets/sheet1.xml inflates to about 1.5 GB (1 610 612 736 bytes
 * by default) while the file itself is about 1.6 MB.
 *
 * Creating it takes little time or memory: one 1 MiB block of `<c/>`
 * elements is deflated once with a full flush (which resets the compressor's
 * history, so the compressed block is self-contained) and that same block is
 * written again and again; a raw deflate stream is just a sequence of blocks.
 * The CRC-32 of the whole part is computed by repeating zlib.crc32 over the
 * same 1 MiB buffer. The zip container (local headers, central directory,
 * end record) is written by hand; sizes fit in 32 bits, so no ZIP64.
 *
 *   const bomb = writeZipBomb();            // in a fresh temp dir
 *   ... expect the reader to refuse it without inflating it ...
 *   fs.rmSync(bomb.dir, { recursive: true, force: true });
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";

export interface ZipBombOptions {
  /** Directory to write into; a fresh temp dir by default. */
  dir?: string;
  /** File name; "zip-bomb.xlsx" by default. */
  name?: string;
  /** Approximate uncompressed size of sheet1.xml, in bytes (rounded up to whole MiB blocks). Default 1.5 GiB. */
  uncompressedBytes?: number;
  /** What the body repeats: empty cells (default) or whitespace. */
  fill?: "cells" | "whitespace";
  /**
   * Uncompressed size to declare in the zip headers for sheet1.xml. By default
   * the true size; a small value makes a "lying" bomb that readers trusting
   * the headers would under-allocate for.
   */
  declaredUncompressedSize?: number;
}

export interface ZipBomb {
  dir: string;
  file: string;
  /** Bytes on disk. */
  compressedBytes: number;
  /** True inflated size of xl/worksheets/sheet1.xml. */
  uncompressedBytes: number;
}

const BLOCK = 1 << 20;

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">';
const TAIL = "</row></sheetData></worksheet>";

const SMALL_PARTS: [string, string][] = [
  [
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      "</Types>",
  ],
  [
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      "</Relationships>",
  ],
  [
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="KH giai ngan" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ],
  [
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      "</Relationships>",
  ],
];

/** DOS date/time of 2024-06-05 08:30:00. */
const DOS_TIME = (8 << 11) | (30 << 5) | 0;
const DOS_DATE = ((2024 - 1980) << 9) | (6 << 5) | 5;

interface Entry {
  name: Buffer;
  crc: number;
  compressed: number;
  uncompressed: number;
  offset: number;
}

function localHeader(e: Entry): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4); // version needed
  b.writeUInt16LE(0x0800, 6); // UTF-8 names
  b.writeUInt16LE(8, 8); // deflate
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  b.writeUInt32LE(e.crc >>> 0, 14);
  b.writeUInt32LE(e.compressed, 18);
  b.writeUInt32LE(e.uncompressed, 22);
  b.writeUInt16LE(e.name.length, 26);
  b.writeUInt16LE(0, 28);
  return Buffer.concat([b, e.name]);
}

function centralHeader(e: Entry): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(20, 4); // made by
  b.writeUInt16LE(20, 6); // needed
  b.writeUInt16LE(0x0800, 8);
  b.writeUInt16LE(8, 10);
  b.writeUInt16LE(DOS_TIME, 12);
  b.writeUInt16LE(DOS_DATE, 14);
  b.writeUInt32LE(e.crc >>> 0, 16);
  b.writeUInt32LE(e.compressed, 20);
  b.writeUInt32LE(e.uncompressed, 24);
  b.writeUInt16LE(e.name.length, 28);
  // extra, comment, disk, internal attrs: 0
  b.writeUInt32LE(0, 38); // external attrs
  b.writeUInt32LE(e.offset, 42);
  return Buffer.concat([b, e.name]);
}

function crc32(data: Buffer, prev = 0): number {
  // zlib.crc32 exists since Node 20.15 / 22.2 (engines: >=20.19).
  return (zlib as unknown as { crc32(d: Buffer, v?: number): number }).crc32(data, prev);
}

export function writeZipBomb(opts: ZipBombOptions = {}): ZipBomb {
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "ntp-zip-bomb-"));
  const file = path.join(dir, opts.name ?? "zip-bomb.xlsx");
  const target = opts.uncompressedBytes ?? 1.5 * 1024 * 1024 * 1024;
  const blocks = Math.max(1, Math.ceil(target / BLOCK));
  const unit = opts.fill === "whitespace" ? " \n\t " : "<c/>";
  const block = Buffer.from(unit.repeat(BLOCK / unit.length), "latin1");

  const full = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const head = Buffer.from(HEAD, "utf8");
  const tail = Buffer.from(TAIL, "utf8");
  const dHead = zlib.deflateRawSync(head, full);
  const dBlock = zlib.deflateRawSync(block, full);
  const dTail = zlib.deflateRawSync(tail); // Z_FINISH: the final block

  let crc = crc32(head);
  for (let i = 0; i < blocks; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc);
  const uncompressed = head.length + blocks * block.length + tail.length;
  const compressed = dHead.length + blocks * dBlock.length + dTail.length;
  if (uncompressed > 0xffffffff) throw new Error("zip-bomb: more than 4 GiB would need ZIP64");

  const fd = fs.openSync(file, "w");
  const entries: Entry[] = [];
  let offset = 0;
  const write = (b: Buffer) => {
    fs.writeSync(fd, b);
    offset += b.length;
  };
  try {
    for (const [name, text] of SMALL_PARTS) {
      const data = Buffer.from(text, "utf8");
      const d = zlib.deflateRawSync(data);
      const e: Entry = {
        name: Buffer.from(name),
        crc: crc32(data),
        compressed: d.length,
        uncompressed: data.length,
        offset,
      };
      entries.push(e);
      write(localHeader(e));
      write(d);
    }
    const sheet: Entry = {
      name: Buffer.from("xl/worksheets/sheet1.xml"),
      crc,
      compressed,
      uncompressed: opts.declaredUncompressedSize ?? uncompressed,
      offset,
    };
    entries.push(sheet);
    write(localHeader(sheet));
    write(dHead);
    for (let i = 0; i < blocks; i++) write(dBlock);
    write(dTail);

    const cdStart = offset;
    for (const e of entries) write(centralHeader(e));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(offset - cdStart, 12);
    end.writeUInt32LE(cdStart, 16);
    write(end);
  } finally {
    fs.closeSync(fd);
  }
  return { dir, file, compressedBytes: fs.statSync(file).size, uncompressedBytes: uncompressed };
}
