/**
 * The file system as the command line meets it: inputs are read only when
 * they are regular files (a device such as /dev/zero would grow without end,
 * a FIFO would block forever), and every output is written to a temporary
 * name in its own folder and renamed when complete, so a reader never sees a
 * partial file and a failed write (full disk) leaves nothing behind.
 */

import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

/** Why a file was not read: not a regular file, or larger than the limit. */
export class NotReadable extends Error {
  constructor(readonly why: "not-regular" | "directory" | "too-big") {
    super(why);
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`. The file is opened
 * without blocking (a FIFO does not wait for a writer) and checked on the
 * open descriptor, so what is read is what was checked.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new NotReadable("directory");
    if (!st.isFile()) throw new NotReadable("not-regular");
    if (st.size > maxBytes) throw new NotReadable("too-big");
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes `bytes` as `file` all at once: a temporary sibling, flushed, then renamed over it. */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, "wx");
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}
