import { localDay } from "../calendar";

/** A clock reading (the shell's) as the stamp records it: local date-time with its offset, "2024-06-05T09:30:00+07:00", the time a leader sees. */
export function localDateTime(d: Date): string {
  const pad = (n: number): string => String(Math.abs(n)).padStart(2, "0");
  const offset = -d.getTimezoneOffset();
  return (
    `${localDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${offset >= 0 ? "+" : "-"}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}
