/** What a failed ribbon command says: in its dialog, and in the pane when opened later. */

import type { Lang } from "../engine/text/format";

export type RibbonCommand = "checkNow" | "clearHighlights";

const COMMAND_NAMES: Record<RibbonCommand, Record<Lang, string>> = {
  checkNow: { vi: "Kiểm tra ngay", en: "Check now" },
  clearHighlights: { vi: "Xoá màu tô", en: "Clear highlights" },
};

export const ribbonText = {
  failed: (command: RibbonCommand, lang: Lang): string =>
    lang === "vi"
      ? `Lệnh "${COMMAND_NAMES[command].vi}" không thực hiện được.`
      : `"${COMMAND_NAMES[command].en}" did not complete.`,
  unexpected: (detail: string, lang: Lang): string =>
    lang === "vi" ? `Lỗi không lường trước: ${detail}` : `Unexpected error: ${detail}`,
  close: { vi: "Đóng", en: "Close" },
  dismiss: { vi: "Đã xem", en: "Dismiss" },
  when: (at: string, lang: Lang): string => (lang === "vi" ? `Lúc ${at}` : `At ${at}`),
} as const;
