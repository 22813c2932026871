/**
 * A message from a ribbon command, shown in an Office dialog (DialogApi 1.1,
 * required by the manifest): notice.html with the text in its address. Resolves
 * when the user closes it, by its button or the window's own close box, or at
 * once when Office cannot open a dialog (one is already open, a pop-up blocker
 * on the web): the failure is recorded for the pane either way.
 */

import type { Lang } from "../engine/text/format";

/** The page's address with the message to show. */
export function noticeUrl(base: string, text: string, lang: Lang): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("lang", lang);
  url.searchParams.set("text", text);
  return url.href;
}

export function showNotice(ui: Pick<Office.UI, "displayDialogAsync">, url: string): Promise<void> {
  return new Promise((resolve) => {
    ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: true }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        console.error(`dialog not opened: ${opened.error?.code} ${opened.error?.message}`);
        resolve();
        return;
      }
      const dialog = opened.value;
      // The page's Close button sends a message; the window's close box an event (12006).
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
