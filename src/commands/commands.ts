/**
 * The ribbon's function file. "Open pane" is a ShowTaskpane action and needs
 * no code; "Check now" and "Clear highlights" are ExecuteFunction actions
 * that run here, on the open workbook, through the same port as the pane.
 *
 * A function command has no surface of its own: the outcome shows in the
 * workbook (the highlights appear or go), the check's summary is kept in the
 * workbook's metadata for the pane, and `event.completed()` is always
 * called, so Excel never shows the command as still running. A failure is
 * logged with its Office error code, and its plain message kept too.
 */

import { OfficeWorkbookPort } from "../workbook/office/port";
import { ExcelAddinError } from "../workbook/office/errors";
import type { Lang } from "../i18n/format";
import { officeText } from "../i18n/office";
import { langOfDisplayLanguage } from "../i18n/display-language";
import { checkAndHighlight } from "./check";

function language(): Lang {
  return langOfDisplayLanguage(Office.context.displayLanguage ?? "vi-VN");
}

/** Today in the user's time zone, as the engine wants it (YYYY-MM-DD). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function workbookName(): string {
  const url = Office.context.document?.url ?? "";
  return decodeURIComponent(url.split(/[\\/]/).pop() || "workbook.xlsx");
}

async function complete(event: Office.AddinCommands.Event, work: (port: OfficeWorkbookPort) => Promise<string>) {
  const lang = language();
  try {
    console.info(await work(new OfficeWorkbookPort({ lang: () => lang })));
  } catch (e) {
    console.error(e instanceof ExcelAddinError ? `${e.code}: ${e.text(lang)}` : e);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("checkNow", (event: Office.AddinCommands.Event) =>
    complete(event, async (port) => {
      const lang = language();
      const outcome = await checkAndHighlight(port, { file: workbookName(), asOf: today(), lang, now: new Date() });
      return outcome.text;
    }),
  );
  Office.actions.associate("clearHighlights", (event: Office.AddinCommands.Event) =>
    complete(event, async (port) => {
      await port.clearHighlights();
      return officeText.cleared[language()];
    }),
  );
});
