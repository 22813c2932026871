/**
 * Live checking: the sheets' change events, debounced, reported as
 * (sheet, addresses). A change that leaves the value as it was (a format
 * change) is dropped.
 *
 * The add-in's own writes (highlights, metadata, new sheets) must not
 * trigger a check of their own. On ExcelApi 1.14 an event says it came from
 * this add-in, which is all that is needed. Before that, events raised while
 * one of our batches runs are dropped, and after it those whose every cell
 * lies in a range the batch wrote: Excel delivers a batch's events after its
 * sync returns, but in order, so the first event outside those ranges means
 * ours have all arrived and the record is dropped. The limit: before 1.14,
 * a user's edit made while our batch runs is not reported, nor one inside a
 * range we just wrote if it is the first event to arrive after our batch.
 */

import { type CellRange, parseRange } from "../../engine/grid";
import { OfficeHost, requireExcelApi, runExcel } from "./host";
import { Timers, debounceEdits } from "./debounce";

/** A range of a sheet one of our batches wrote ("B9:K20"; a whole sheet when null). */
export interface WrittenArea {
  sheet: string;
  address: string | null;
}

const WHOLE_SHEET: CellRange = { top: 1, left: 1, bottom: 1_048_576, right: 16_384 };

const within = (a: CellRange, b: CellRange): boolean =>
  a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;

/** Our batches while they run, and the ranges they wrote until Excel has delivered their events. */
export class OwnWrites {
  private depth = 0;
  private written: { sheet: string; range: CellRange }[] = [];

  /** Runs one of our batches; `wrote` names, from its result, the ranges it wrote. */
  async during<T>(work: () => Promise<T>, wrote: (result: T) => WrittenArea[] = () => []): Promise<T> {
    this.depth++;
    try {
      const result = await work();
      for (const w of wrote(result)) {
        const ranges = w.address === null ? [WHOLE_SHEET] : w.address.split(",").map(parseRange);
        for (const range of ranges) if (range) this.written.push({ sheet: w.sheet, range });
      }
      return result;
    } finally {
      this.depth--;
    }
  }

  /** Whether one of our batches is running. */
  get running(): boolean {
    return this.depth > 0;
  }

  /**
   * Whether an event on `sheet` at `address` is ours: raised while our batch
   * runs or lying only in ranges it wrote. The first one that is not ends
   * the record (events arrive in order: ours have all been delivered).
   */
  isOwn(sheet: string, address: string): boolean {
    if (this.depth > 0) return true;
    const areas = address.split(",").map((a) => parseRange(a.replace(/^.*!/, "")));
    const mine = this.written.filter((w) => w.sheet === sheet);
    const own = mine.length > 0 && areas.every((a) => a !== null && mine.some((w) => within(a, w.range)));
    if (!own) this.written = [];
    return own;
  }
}

/** A single-cell change whose value and type stayed the same changed only the cell's format. */
function formatOnly(e: Excel.WorksheetChangedEventArgs): boolean {
  const d = e.details;
  return !!d && d.valueBefore === d.valueAfter && d.valueTypeBefore === d.valueTypeAfter;
}

export interface WatchOptions {
  delayMs: number;
  timers?: Timers;
}

/** An event handler added in a context, to be removed in that same context. */
interface Subscription {
  context: Excel.RequestContext;
  handler: OfficeExtension.EventHandlerResult<unknown>;
}

/** A sheet's name by id, from the names known; one added since watching began is looked up in a batch of its own. */
function sheetNames(host: OfficeHost, names: Map<string, string>): (id: string) => Promise<string> {
  return async (id) => {
    const known = names.get(id);
    if (known !== undefined) return known;
    // The watch's own Excel.run has long completed: a handler makes its own, as Office.js documents.
    const name = await runExcel(host, async (ctx) => {
      const added = ctx.workbook.worksheets.getItem(id).load("name");
      await ctx.sync();
      return added.name;
    });
    names.set(id, name);
    return name;
  };
}

/** Removes every handler in the context it was added in, one batch per context. */
async function unsubscribe(host: OfficeHost, subscriptions: Subscription[]): Promise<void> {
  for (const ctx of new Set(subscriptions.map((s) => s.context))) {
    await runExcel(
      host,
      async (c) => {
        for (const s of subscriptions) if (s.context === ctx) s.handler.remove();
        await c.sync();
      },
      ctx,
    );
  }
}

export async function watchEdits(
  host: OfficeHost,
  own: OwnWrites,
  onEdit: (sheet: string, address: string) => void,
  options: WatchOptions,
): Promise<() => Promise<void>> {
  requireExcelApi(host, "watch", "1.7");
  const knowsSource = host.isSetSupported("ExcelApi", "1.14");
  // WorksheetCollection.onChanged (all sheets, also those added later) is ExcelApi 1.9; before it each
  // sheet has its own handler, and a sheet added later gets one through WorksheetCollection.onAdded (1.7).
  const wholeWorkbook = host.isSetSupported("ExcelApi", "1.9");
  const debouncer = debounceEdits(onEdit, options.delayMs, options.timers);
  const subscriptions: Subscription[] = [];
  let stopped = false;
  const names = new Map<string, string>();
  const nameOf = sheetNames(host, names);

  const onChanged = async (e: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (formatOnly(e)) return;
    if (knowsSource) {
      if (e.triggerSource === "ThisLocalAddin") return;
      debouncer.edit(await nameOf(e.worksheetId), e.address);
      return;
    }
    const raisedDuringOurs = own.running; // read before awaiting: our batch may end meanwhile
    const sheet = await nameOf(e.worksheetId);
    if (!raisedDuringOurs && !own.isOwn(sheet, e.address)) debouncer.edit(sheet, e.address);
  };

  const onAdded = async (e: Excel.WorksheetAddedEventArgs): Promise<void> => {
    await runExcel(host, async (ctx) => {
      if (stopped) return;
      const handler = ctx.workbook.worksheets.getItem(e.worksheetId).onChanged.add(onChanged);
      await ctx.sync();
      subscriptions.push({ context: ctx, handler });
    });
  };

  return runExcel(host, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id,items/name");
    await context.sync();
    for (const w of worksheets.items) names.set(w.id, w.name);
    const handlers = wholeWorkbook
      ? [worksheets.onChanged.add(onChanged)]
      : [...worksheets.items.map((w) => w.onChanged.add(onChanged)), worksheets.onAdded.add(onAdded)];
    await context.sync();
    subscriptions.push(...handlers.map((handler) => ({ context, handler })));
    return async () => {
      stopped = true;
      debouncer.cancel();
      await unsubscribe(host, subscriptions);
    };
  });
}
