/**
 * Highlights in the open workbook as conditional formats, never as cell
 * formats: a conditional format sits on top of whatever the user formatted
 * (fills included) and deleting it leaves every value, fill, number format
 * and the user's own conditional formats exactly as they were. Each of ours
 * carries an always-true formula naming its mark (engine/highlight), which
 * is how Clear finds them and only them, even in a copy of the workbook or
 * after the metadata was lost.
 *
 * One conditional format per sheet and mark covers all of that mark's ranges
 * at once (a multi-area range, ExcelApi 1.9), in groups small enough for
 * Excel's limit on a reference's length; older Excel (1.6) gets one per range.
 *
 * Excel refuses conditional formats on a protected sheet, and the add-in's
 * own plan templates are protected (without a password). Such a sheet is
 * unprotected for the change and protected again with the same options,
 * also when the change fails. A sheet protected with a password is left
 * alone and named in the result: ExcelApi 1.2 tells only whether a sheet is
 * protected (whether with a password needs ExcelApiOnline), so an
 * unprotect that Excel refuses is how it is found.
 */

import type { HighlightMark, HighlightPlan } from "../../engine/highlight-types";
import { HIGHLIGHT_STYLES, groupHighlights, highlightFormula, markOfFormula } from "../../engine/highlight";
import { OfficeHost, requireExcelApi } from "./host";
import { SizedOp, syncOps } from "./payload";

/** Areas per multi-area reference: its text stays well under Excel's 8,192-character formula limit. */
const AREAS_PER_FORMAT = 200;
/** Estimated bytes of one conditional-format add (the address, the formula, the style and the calls). */
const FORMAT_REQUEST_BYTES = 600;
/** Estimated bytes of one conditional-format deletion. */
const DELETE_REQUEST_BYTES = 60;

export interface AppliedHighlights {
  /** Conditional formats added, by sheet and mark. */
  sheets: { sheet: string; mark: HighlightMark; ranges: number; formats: number }[];
  /** Sheets left as they were: protected with a password. */
  locked: string[];
}

interface Ours {
  ws: Excel.Worksheet;
  cf: Excel.ConditionalFormat;
}

/**
 * The conditional formats of ours on the loaded sheets (found in two syncs,
 * not yet deleted); the sheets' protection is loaded in the first.
 */
async function findOurs(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<Ours[]> {
  const collections = sheets.map((ws) => {
    ws.protection.load("protected,options");
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/type");
    return { ws, cfs };
  });
  await context.sync();
  const custom = collections.flatMap(({ ws, cfs }) =>
    cfs.items.filter((cf) => cf.type === Excel.ConditionalFormatType.custom).map((cf) => ({ ws, cf })),
  );
  for (const { cf } of custom) cf.custom.rule.load("formula");
  await context.sync();
  return custom.filter(({ cf }) => markOfFormula(cf.custom.rule.formula) !== null);
}

/**
 * Unprotects the protected sheets among those given (one sync; more only
 * when Excel refuses one, to find which). Returns the sheets unprotected,
 * with their options to protect them again, and those Excel kept locked.
 */
async function unprotect(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
): Promise<{
  opened: { ws: Excel.Worksheet; options: Excel.WorksheetProtectionOptions }[];
  locked: Excel.Worksheet[];
}> {
  const targets = [...new Set(sheets)]
    .filter((ws) => ws.protection.protected)
    .map((ws) => ({ ws, options: ws.protection.options }));
  if (targets.length === 0) return { opened: [], locked: [] };
  for (const t of targets) t.ws.protection.unprotect();
  try {
    await context.sync();
    return { opened: targets, locked: [] };
  } catch {
    // A password stops the batch at its sheet: see which are still protected and try each of those alone.
    for (const t of targets) t.ws.protection.load("protected");
    await context.sync();
    const opened = targets.filter((t) => !t.ws.protection.protected);
    const locked: Excel.Worksheet[] = [];
    for (const t of targets.filter((x) => x.ws.protection.protected)) {
      t.ws.protection.unprotect();
      try {
        // Only for sheets Excel refused as a batch: one sync each to tell them apart.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        opened.push(t);
      } catch {
        locked.push(t.ws);
      }
    }
    return { opened, locked };
  }
}

/**
 * Runs the conditional-format changes on the sheets given with the
 * password-less protected ones unprotected, and protects those again
 * afterwards, whatever happened. `work` gets the sheets it must not touch.
 */
async function withoutProtection(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  work: (locked: Set<Excel.Worksheet>) => Promise<void>,
): Promise<string[]> {
  const { opened, locked } = await unprotect(context, sheets);
  try {
    await work(new Set(locked));
  } finally {
    if (opened.length > 0) {
      for (const { ws, options } of opened) ws.protection.protect(options);
      await context.sync();
    }
  }
  return locked.map((ws) => ws.name);
}

function addFormat(a: { ws: Excel.Worksheet; mark: HighlightMark; address: string; areas: number }): void {
  const target = a.areas > 1 ? a.ws.getRanges(a.address) : a.ws.getRange(a.address);
  const cf = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
  cf.custom.rule.formula = `=${highlightFormula(a.mark)}`;
  const style = HIGHLIGHT_STYLES[a.mark];
  cf.custom.format.fill.color = `#${style.fill}`;
  cf.custom.format.font.color = `#${style.fontColor}`;
  if (style.bold) cf.custom.format.font.bold = true;
  cf.priority = 0;
}

/**
 * Removes the add-in's conditional formats from every sheet; returns how
 * many were removed and the sheets whose password kept theirs.
 */
export async function clearHighlights(
  host: OfficeHost,
  context: Excel.RequestContext,
): Promise<{ removed: number; locked: string[] }> {
  requireExcelApi(host, "highlights", "1.6");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const ours = await findOurs(context, worksheets.items);
  let removed = 0;
  const locked = await withoutProtection(
    context,
    ours.map((o) => o.ws),
    async (skip) => {
      const deletable = ours.filter((o) => !skip.has(o.ws));
      for (const { cf } of deletable) cf.delete();
      await context.sync();
      removed = deletable.length;
    },
  );
  return { removed, locked };
}

/** Replaces the add-in's highlights with the plan's. */
export async function applyHighlights(
  host: OfficeHost,
  context: Excel.RequestContext,
  plan: HighlightPlan,
): Promise<AppliedHighlights> {
  requireExcelApi(host, "highlights", "1.6");
  const multiArea = host.isSetSupported("ExcelApi", "1.9");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const ours = await findOurs(context, worksheets.items);

  const byName = new Map(worksheets.items.map((ws) => [ws.name, ws]));
  const adds: { ws: Excel.Worksheet; mark: HighlightMark; address: string; areas: number }[] = [];
  const groups: (AppliedHighlights["sheets"][number] & { ws: Excel.Worksheet })[] = [];
  for (const g of groupHighlights(plan)) {
    const ws = byName.get(g.sheet);
    if (!ws) continue; // a sheet renamed or deleted since the check: nothing of it to mark
    const per = multiArea ? AREAS_PER_FORMAT : 1;
    let formats = 0;
    for (let i = 0; i < g.ranges.length; i += per) {
      const part = g.ranges.slice(i, i + per);
      adds.push({ ws, mark: g.mark, address: part.join(","), areas: part.length });
      formats++;
    }
    groups.push({ ws, sheet: g.sheet, mark: g.mark, ranges: g.ranges.length, formats });
  }
  const touched = [...ours.map((o) => o.ws), ...adds.map((a) => a.ws)];
  let skip = new Set<Excel.Worksheet>();
  const locked = await withoutProtection(context, touched, async (locked) => {
    skip = locked;
    // groupHighlights lists the top-most mark first and each format added goes
    // on top (priority 0), so they are added in reverse: cell marks end on top.
    // The deletions go first, in the first sync; further syncs only when the
    // web's 5 MB needs them.
    const deletable = ours.filter((o) => !skip.has(o.ws)).map((o) => o.cf);
    const ops: SizedOp[] = [
      { bytes: deletable.length * DELETE_REQUEST_BYTES, run: () => deletable.forEach((cf) => cf.delete()) },
      ...adds
        .filter((a) => !skip.has(a.ws))
        .reverse()
        .map((a) => ({ bytes: FORMAT_REQUEST_BYTES + a.address.length, run: () => addFormat(a) })),
    ];
    await syncOps(context, ops, host.payloadBudget);
  });
  const sheets = groups
    .filter((g) => !skip.has(g.ws))
    .map((g) => ({ sheet: g.sheet, mark: g.mark, ranges: g.ranges, formats: g.formats }));
  return { sheets, locked };
}
