/**
 * Collects edits and reports them once the user pauses: each sheet once, with
 * the distinct addresses edited since the last report. Timers are injected so
 * tests drive time (sinon fake timers) and nothing here touches Office.
 */

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const REAL_TIMERS: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface EditDebouncer {
  edit(sheet: string, address: string): void;
  /** Drops what is pending (on unsubscribe). */
  cancel(): void;
}

export function debounceEdits(
  onEdit: (sheet: string, address: string) => void,
  delayMs: number,
  timers: Timers = REAL_TIMERS,
): EditDebouncer {
  let pending = new Map<string, Set<string>>();
  let handle: unknown = null;
  const flush = (): void => {
    handle = null;
    const edits = pending;
    pending = new Map();
    for (const [sheet, addresses] of edits) onEdit(sheet, [...addresses].join(","));
  };
  return {
    edit(sheet, address) {
      let set = pending.get(sheet);
      if (!set) pending.set(sheet, (set = new Set()));
      set.add(address);
      if (handle !== null) timers.clearTimeout(handle);
      handle = timers.setTimeout(flush, delayMs);
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      pending = new Map();
    },
  };
}
