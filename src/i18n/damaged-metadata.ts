/**
 * What a shell says when the add-in's data stored in a workbook is damaged
 * (engine/metadata's "damaged" read): the command line on stderr, the task
 * pane as a warning in Check. One wording for both.
 */

import type { Lang } from "../engine/text/format";

export const DAMAGED_METADATA: Record<Lang, (lost: string[]) => string> = {
  vi: (lost) =>
    `dữ liệu của add-in lưu trong tệp bị hỏng; ${lost.length > 0 ? `mất phần: ${lost.join(", ")}` : "một phần không đọc được"}, giữ lại phần đọc được`,
  en: (lost) =>
    `the add-in's data stored in the file is damaged; ${lost.length > 0 ? `lost: ${lost.join(", ")}` : "some of it could not be read"}, keeping what reads`,
};
