/**
 * Writes the command's output to a file descriptor synchronously, so a slow
 * reader (`| jq`, `| (sleep 5; cat)`) holds the command back instead of Node
 * queueing the whole report in memory: process.stdout.write never blocks on
 * a pipe, and a report of 100,000 lines would sit in its buffer at once.
 *
 * A pipe can be non-blocking (its other end, or libuv, may have set
 * O_NONBLOCK on the shared file description): then a write fails with EAGAIN
 * when the pipe is full, and we sleep a moment and try again. A reader that
 * went away (EPIPE, `| head`) ends the output quietly, as `cat` does.
 */

import { writeSync } from "node:fs";

const SLEEP = new Int32Array(new SharedArrayBuffer(4));

export function fdWriter(fd: number): (s: string) => void {
  let closed = false;
  return (s: string): void => {
    if (closed || s.length === 0) return;
    const bytes = Buffer.from(s, "utf8");
    let off = 0;
    while (off < bytes.length) {
      try {
        off += writeSync(fd, bytes, off, bytes.length - off);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") Atomics.wait(SLEEP, 0, 0, 2);
        else if (code === "EPIPE") {
          closed = true;
          return;
        } else throw e;
      }
    }
  };
}
