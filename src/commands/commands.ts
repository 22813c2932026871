/**
 * The ribbon's function file. "Open pane" is a ShowTaskpane action and needs
 * no code; "Check now" and "Clear highlights" are ExecuteFunction actions
 * that run here, on the open workbook, through the same port as the pane.
 *
 * A function command has no surface of its own: the outcome shows in the
 * workbook (the highlights appear or go), the check's summary is kept in the
 * workbook's metadata for the pane, and `event.completed()` is always
 * called, so Excel never shows the command as still running. A failure is
 * told in a dialog in the user's language and recorded for the pane
 * (run-command.ts).
 */

import { localDay } from "../engine/calendar";
import { withAuditTrail } from "../workbook/audit-trail";
import { OfficeWorkbookPort } from "../workbook/office/port";
import type { Lang } from "../engine/text/format";
import { officeText } from "../i18n/office";
import { langOfDisplayLanguage } from "../i18n/display-language";
import type { RibbonCommand } from "../i18n/ribbon";
import { checkAndHighlight } from "./check";
import { noticeUrl, showNotice } from "./notice-dialog";
import { runRibbonCommand } from "./run-command";

function language(): Lang {
  return langOfDisplayLanguage(Office.context.displayLanguage ?? "vi-VN");
}

/** Today in the user's time zone, as the engine wants it (YYYY-MM-DD). */
function today(): string {
  return localDay(new Date());
}

function workbookName(): string {
  const url = Office.context.document?.url ?? "";
  return decodeURIComponent(url.split(/[\\/]/).pop() || "workbook.xlsx");
}

/** Runs a command, telling the user of a failure, and always completes the event so Excel never shows it still running. */
async function complete(
  event: Office.AddinCommands.Event,
  command: RibbonCommand,
  work: (port: OfficeWorkbookPort) => Promise<string>,
) {
  const lang = language();
  try {
    await runRibbonCommand(
      command,
      {
        lang,
        storage: localStorage,
        now: () => new Date(),
        tell: (text) => showNotice(Office.context.ui, noticeUrl(location.href, text, lang)),
      },
      () => work(withAuditTrail(new OfficeWorkbookPort({ lang: () => lang }))),
    );
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("checkNow", (event: Office.AddinCommands.Event) =>
    complete(event, "checkNow", async (port) => {
      const lang = language();
      const outcome = await checkAndHighlight(port, { file: workbookName(), asOf: today(), lang, now: new Date() });
      return outcome.text;
    }),
  );
  Office.actions.associate("clearHighlights", (event: Office.AddinCommands.Event) =>
    complete(event, "clearHighlights", async (port) => {
      await port.clearHighlights();
      return officeText.cleared[language()];
    }),
  );
});
