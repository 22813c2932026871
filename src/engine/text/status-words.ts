/**
 * The words for a line's status and a finding's severity, in each language.
 * They live with the engine because its sheets (the highlight legend) write
 * them; the task pane's strings take the same words from here.
 */

import type { LineStatus, Severity } from "../report-types";
import type { Lang } from "./format";

export const STATUS_WORDS: Record<Lang, Record<LineStatus, string>> = {
  vi: {
    ok: "Đạt",
    watch: "Cần theo dõi",
    "at-risk": "Có nguy cơ",
    lapsed: "Quá hạn",
    invalid: "Số liệu sai",
  },
  en: { ok: "OK", watch: "Watch", "at-risk": "At risk", lapsed: "Lapsed", invalid: "Invalid" },
};

export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  en: { error: "Error", warning: "Warning", info: "Info" },
};
