/** SHA-256 for the commitment stamp, from Node's crypto (the engine takes the digest as a function and does no I/O). */

import { createHash } from "node:crypto";
import type { Digest } from "../engine/stamp/canonical";

export const sha256: Digest = async (bytes) => createHash("sha256").update(bytes).digest();

/** The local clock as an ISO date-time with its offset ("2024-06-05T09:30:00+07:00"): the time a leader sees. */
export function localDateTime(d: Date = new Date()): string {
  const pad = (n: number): string => String(Math.abs(n)).padStart(2, "0");
  const offset = -d.getTimezoneOffset();
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${offset >= 0 ? "+" : "-"}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
