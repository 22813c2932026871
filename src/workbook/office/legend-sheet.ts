/**
 * The highlights' legend sheet ("Chú giải") in the open workbook: added
 * through addSheets like any generated sheet, and deleted by Clear (and
 * replaced by the next check). Which sheet is ours is the name recorded in
 * the metadata when it was added: a sheet of the user's called "Chú giải"
 * gets a legend beside it ("Chú giải (2)") and is never deleted.
 */

import type { SheetSpec } from "../../engine/sheet-spec";
import type { Lang } from "../../engine/text/format";
import type { OfficeHost } from "./host";
import { addSheets } from "./sheets";

/** Deletes the legend sheet of that name, if it is still there (one sync). */
export async function removeLegendSheet(context: Excel.RequestContext, name: string | undefined): Promise<void> {
  if (name === undefined) return;
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  ws.load("name");
  await context.sync();
  if (ws.isNullObject) return;
  ws.delete();
  await context.sync();
}

/** Replaces the previous legend sheet (by its recorded name) with this one; returns the name it got, if added. */
export async function replaceLegendSheet(
  host: OfficeHost,
  context: Excel.RequestContext,
  previous: string | undefined,
  legend: SheetSpec | undefined,
  notes: string[],
  lang: Lang,
): Promise<string | undefined> {
  await removeLegendSheet(context, previous);
  // Without ExcelApi 1.8 there is no adding sheets: the marks go on without their legend.
  if (!legend || !host.isSetSupported("ExcelApi", "1.8")) return undefined;
  const [name] = await addSheets(host, context, [legend], notes, lang);
  return name;
}
