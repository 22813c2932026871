/**
 * Live checking: the sheets' change events, debounced, reported as
 * (sheet, addresses). The add-in's own writes (highlights, metadata, new
 * sheets) must not trigger a check of their own: events raised while one of
 * our batches runs, and shortly after (Excel delivers events after the sync
 * returns), are dropped; on ExcelApi 1.14 an event also says it came from
 * this add-in. A change that leaves the value as it was (a format change)
 * is dropped too.
 */

import { OfficeHost, requireExcelApi, runExcel } from "./host";
import { Timers, debounceEdits } from "./debounce";

/** How long after our last write its events may still arrive. */
const OWN_WRITE_GRACE_MS = 1000;

/** Marks the time the add-in's own batches run, so their change events are recognised. */
export class OwnWrites {
  private depth = 0;
  private quietUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async during<T>(work: () => Promise<T>): Promise<T> {
    this.depth++;
    try {
      return await work();
    } finally {
      this.depth--;
      this.quietUntil = this.now() + OWN_WRITE_GRACE_MS;
    }
  }

  get active(): boolean {
    return this.depth > 0 || this.now() < this.quietUntil;
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

export async function watchEdits(
  host: OfficeHost,
  own: OwnWrites,
  onEdit: (sheet: string, address: string) => void,
  options: WatchOptions,
): Promise<() => Promise<void>> {
  requireExcelApi(host, "watch", "1.7");
  const knowsSource = host.isSetSupported("ExcelApi", "1.14");
  const wholeWorkbook = host.isSetSupported("ExcelApi", "1.9");
  const debouncer = debounceEdits(onEdit, options.delayMs, options.timers);
  return runExcel(host, async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id,items/name");
    await context.sync();
    const names = new Map(worksheets.items.map((w) => [w.id, w.name]));
    const handler = async (e: Excel.WorksheetChangedEventArgs): Promise<void> => {
      if (own.active || (knowsSource && e.triggerSource === "ThisLocalAddin") || formatOnly(e)) return;
      const sheet = names.get(e.worksheetId);
      // A sheet added after watching began: its events still name it by id.
      if (sheet !== undefined) debouncer.edit(sheet, e.address);
      else {
        const ws = context.workbook.worksheets.getItem(e.worksheetId);
        ws.load("name");
        await context.sync();
        names.set(e.worksheetId, ws.name);
        debouncer.edit(ws.name, e.address);
      }
    };
    const subscriptions = wholeWorkbook
      ? [worksheets.onChanged.add(handler)]
      : worksheets.items.map((w) => w.onChanged.add(handler));
    await context.sync();
    return async () => {
      debouncer.cancel();
      await runExcel(
        host,
        async (ctx) => {
          for (const s of subscriptions) s.remove();
          await ctx.sync();
        },
        context,
      );
    };
  });
}
