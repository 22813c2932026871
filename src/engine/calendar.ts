/**
 * Days, months and quarters of the plan year, as ISO strings (which compare
 * correctly as text). The engine never reads the clock: the as-of day is
 * always handed in.
 */

/** A date on the calendar of the computer that read the clock, as YYYY-MM-DD (the shells' "today"). */
export function localDay(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const monthEnds = new Map<number, string>();

/** The last day of month `m` (1–12) of `year`, as YYYY-MM-DD (remembered: rules ask per line). */
export function monthEnd(year: number, m: number): string {
  const key = year * 16 + m;
  let end = monthEnds.get(key);
  if (end === undefined) {
    end = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
    monthEnds.set(key, end);
  }
  return end;
}

/** The last day of the period: month 1–12, or quarter 1–4. */
export function periodEnd(year: number, byQuarter: boolean, period: number): string {
  return monthEnd(year, byQuarter ? period * 3 : period);
}

/** Whole months of `year` that have ended on or before `day` (0–12). */
export function monthsEnded(year: number, day: string): number {
  let n = 0;
  while (n < 12 && monthEnd(year, n + 1) <= day) n++;
  return n;
}

/** How many month ends fall after `from` and on or before `to`: the months left to disburse in. */
export function monthEndsBetween(from: string, to: string): number {
  let [y, m] = from.split("-").map(Number);
  let n = 0;
  for (let e = monthEnd(y, m); e <= to; e = monthEnd(y, m)) {
    if (e > from) n++;
    m = (m % 12) + 1;
    if (m === 1) y++;
  }
  return n;
}

/** Day `d` of month `m` of year `y` (four digits) as YYYY-MM-DD, or null when there is no such day (31 April, month 13). */
export function isoDayOf(y: number, m: number, d: number): string | null {
  const pad = (n: number): string => String(n).padStart(2, "0");
  const day = `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
  return isIsoDay(day) ? day : null;
}

export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function earlier(a: string, b: string): string {
  return a <= b ? a : b;
}
