/**
 * Excel on the web refuses a request or a response over 5 MB, and one
 * `context.sync()` is one request and one response for everything queued
 * since the last. So work is queued in pieces whose estimated size is known,
 * and a sync is made only when the next piece would push the batch over the
 * budget: the number of syncs follows the payload, never the row count, and
 * stays 1 for whatever fits. Excel on Windows and Mac has no such limit.
 */

/** The web's 5 MB, less a margin for the request's own framing and our estimates' error. */
export const WEB_PAYLOAD_BUDGET = 4_000_000;

/**
 * Bytes of the JSON a range read returns per cell, for the four properties
 * read (values, valueTypes, formulas, numberFormat): a number or short label
 * in each of values and formulas, "General" and a type name. An estimate,
 * used only to size batches; a batch the web still refuses is split and
 * retried.
 */
export const READ_BYTES_PER_CELL = 80;

/** Cells per range read: far under Excel's 5 million-cell limit for one range. */
export const CELLS_PER_READ = 100_000;

/** Size of a value as JSON, without building the string for big arrays of scalars. */
export function jsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === "number" || typeof v === "boolean") return String(v).length;
  if (typeof v === "string") return v.length + 2 + (v.match(/["\\\n\r\t]/g)?.length ?? 0);
  if (Array.isArray(v)) return v.reduce<number>((n, x) => n + jsonBytes(x) + 1, 2);
  return JSON.stringify(v).length;
}

/** Splits items into consecutive groups each under the budget (an item alone over it gets a group to itself). */
export function groupByBudget<T>(items: T[], size: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const b = size(item);
    if (current.length > 0 && bytes + b > budget) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += b;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
