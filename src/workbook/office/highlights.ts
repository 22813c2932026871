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
}

/** The conditional formats of ours on the loaded sheets (found in two syncs, not yet deleted). */
async function findOurs(context: Excel.RequestContext, sheets: Excel.Worksheet[]): Promise<Excel.ConditionalFormat[]> {
  const collections = sheets.map((ws) => {
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/type");
    return cfs;
  });
  await context.sync();
  const custom = collections.flatMap((c) => c.items.filter((cf) => cf.type === Excel.ConditionalFormatType.custom));
  for (const cf of custom) cf.custom.rule.load("formula");
  await context.sync();
  return custom.filter((cf) => markOfFormula(cf.custom.rule.formula) !== null);
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

/** Removes the add-in's conditional formats from every sheet; returns how many there were. */
export async function clearHighlights(host: OfficeHost, context: Excel.RequestContext): Promise<number> {
  requireExcelApi(host, "highlights", "1.6");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const ours = await findOurs(context, worksheets.items);
  for (const cf of ours) cf.delete();
  await context.sync();
  return ours.length;
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
  const applied: AppliedHighlights = { sheets: [] };
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
    applied.sheets.push({ sheet: g.sheet, mark: g.mark, ranges: g.ranges.length, formats });
  }
  // groupHighlights lists the top-most mark first and each format added goes
  // on top (priority 0), so they are added in reverse: cell marks end on top.
  // The deletions go first, in the first sync; further syncs only when the
  // web's 5 MB needs them.
  const ops: SizedOp[] = [
    { bytes: ours.length * DELETE_REQUEST_BYTES, run: () => ours.forEach((cf) => cf.delete()) },
    ...adds.reverse().map((a) => ({ bytes: FORMAT_REQUEST_BYTES + a.address.length, run: () => addFormat(a) })),
  ];
  await syncOps(context, ops, host.payloadBudget);
  return applied;
}
