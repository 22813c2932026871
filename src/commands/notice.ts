/**
 * notice.html: the dialog a ribbon command opens to tell a failure
 * (notice-dialog.ts). The text comes in the address and is set as text,
 * never as markup. Its button tells the command to close the dialog.
 */

import { ribbonText } from "../i18n/ribbon";

const params = new URLSearchParams(location.search);
const lang = params.get("lang") === "en" ? "en" : "vi";
document.documentElement.lang = lang;
const text = document.getElementById("text");
if (text) text.textContent = params.get("text") ?? "";
const close = document.getElementById("close");

Office.onReady(() => {
  if (!close) return;
  close.textContent = ribbonText.close[lang];
  close.hidden = false;
  close.addEventListener("click", () => Office.context.ui.messageParent("close"));
});
