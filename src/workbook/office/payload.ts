/**
 * Excel on the web refuses a request or a response over 5 MB, and one
 * `context.sync()` is one request and one response for everything queued
 * since the last. So work is queued in pieces whose estimated size is known,
 * and a sync is made only when the next piece would push the batch over the
 * budget: the number of syncs follows the payload, never the row count, and
 * stays 1 for whatever fits. Excel on Windows and Mac has no such limit.
 *
 * The sizes are estimates. When the web refuses a sync anyway (long texts
 * in a read, say), syncInBatches halves the batch and retries each half.
 * Retrying is safe: a refused request ran nothing, and a refused response
 * only happens to reads (writes return next to nothing), which can be asked
 * again.
 */

/** The web's 5 MB, less a margin for the request's own framing and our estimates' error. */
export const WEB_PAYLOAD_BUDGET = 4_000_000;

/**
 * Bytes of the JSON a range read returns per cell, for the four properties
 * read (values, valueTypes, formulas, numberFormat): a number or short label
 * in each of values and formulas, "General" and a type name. An estimate,
 * used only to size batches; a batch the web still refuses is halved and
 * retried (syncInBatches).
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

/** Office's codes for a request or a response over Excel on the web's 5 MB. */
const PAYLOAD_LIMIT_CODES = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

export function isPayloadLimit(e: unknown): boolean {
  return typeof e === "object" && e !== null && PAYLOAD_LIMIT_CODES.includes((e as { code?: unknown }).code as string);
}

export interface BatchPlan<T> {
  /** Estimated bytes of an item in the request and its response. */
  size: (item: T) => number;
  budget: number;
  /** Queues an item's work; called again for a retry, so it must make its proxies afresh. */
  queue: (item: T) => void;
  /** Runs once the item's sync succeeded (its loaded values are there). */
  after?: (item: T) => void;
  /** Two halves of an item the web refused on its own, or null when it cannot be split. */
  split?: (item: T) => T[] | null;
}

/**
 * Queues the items and syncs in groups under the budget, in order; a group
 * the web refuses as too large is halved (a lone item split) and retried.
 */
export async function syncInBatches<T>(context: Excel.RequestContext, items: T[], plan: BatchPlan<T>): Promise<void> {
  const todo = groupByBudget(items, plan.size, plan.budget);
  while (todo.length > 0) {
    const batch = todo.shift()!;
    for (const item of batch) plan.queue(item);
    try {
      // One sync per payload-sized group (one in all on the desktop).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadLimit(e)) throw e;
      const mid = Math.ceil(batch.length / 2);
      const halves =
        batch.length > 1 ? [batch.slice(0, mid), batch.slice(mid)] : plan.split?.(batch[0])?.map((x) => [x]);
      if (!halves || halves.length < 2) throw e;
      todo.unshift(...halves);
      continue;
    }
    if (plan.after) for (const item of batch) plan.after(item);
  }
}

/** A piece of queued work and its estimated size in the request. */
export interface SizedOp {
  bytes: number;
  /** Queues the work; may be called again for a retry, so it makes its proxies afresh. */
  run: () => void;
}

/** Queues and syncs the ops in order, in as few syncs as the budget allows (see syncInBatches). */
export function syncOps(context: Excel.RequestContext, ops: SizedOp[], budget: number): Promise<void> {
  return syncInBatches(context, ops, { size: (o) => o.bytes, budget, queue: (o) => o.run() });
}
