/**
 * What a shell says when the add-in's data stored in a workbook is damaged
 * (engine/metadata's "damaged" read): the command line on stderr, the task
 * pane as a warning in Check. One wording for both; the parts lost are named
 * in words (a member this version does not know keeps its own name).
 */

import type { Lang } from "../engine/text/format";

/** The metadata's top-level members (engine/metadata.ts and the features that store records there), in words. */
const PART_NAMES: Record<Lang, Record<string, string>> = {
  vi: {
    profile: "hồ sơ mốc thời hạn",
    mappings: "vai trò cột đã xác nhận",
    highlights: "ghi nhận tô màu",
    stamp: "dấu xác nhận kế hoạch",
    audit: "nhật ký thao tác",
    template: "thông tin mẫu kế hoạch",
    lastCheck: "kết quả kiểm tra gần nhất",
  },
  en: {
    profile: "milestone profile",
    mappings: "confirmed column roles",
    highlights: "record of highlights",
    stamp: "plan commitment stamp",
    audit: "audit trail",
    template: "plan template settings",
    lastCheck: "the last check's summary",
  },
};

const partsNamed = (lost: string[], lang: Lang): string => lost.map((key) => PART_NAMES[lang][key] ?? key).join(", ");

export const DAMAGED_METADATA: Record<Lang, (lost: string[]) => string> = {
  vi: (lost) =>
    `dữ liệu của add-in lưu trong tệp bị hỏng; ${lost.length > 0 ? `mất phần: ${partsNamed(lost, "vi")}` : "một phần không đọc được"}, giữ lại phần đọc được`,
  en: (lost) =>
    `the add-in's data stored in the file is damaged; ${lost.length > 0 ? `lost: ${partsNamed(lost, "en")}` : "some of it could not be read"}, keeping what reads`,
};
