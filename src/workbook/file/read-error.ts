/**
 * Why a file could not be read, with a message for the user in Vietnamese
 * (first) or English. The command line prints one line of it; the task pane
 * shows it; a consolidation lists it as the file's rejection reason.
 */

export type ReadErrorCode =
  | "empty"
  | "not-xlsx"
  | "xls"
  | "ods"
  | "encrypted"
  | "truncated"
  | "corrupt"
  | "too-large"
  | "unreadable"
  | "not-utf8";

const MESSAGES: Record<ReadErrorCode, { vi: string; en: string }> = {
  empty: { vi: "tệp rỗng (0 byte)", en: "the file is empty (0 bytes)" },
  "not-xlsx": {
    vi: "không phải tệp Excel .xlsx",
    en: "not an Excel .xlsx file",
  },
  xls: {
    vi: "tệp Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx",
    en: "an old Excel .xls file; open it in Excel and save it as .xlsx",
  },
  ods: {
    vi: "tệp OpenDocument (.ods); hãy lưu lại dạng .xlsx",
    en: "an OpenDocument (.ods) file; save it as .xlsx",
  },
  encrypted: {
    vi: "tệp được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu mở tệp rồi gửi lại",
    en: "the file is password-protected; remove the open password and send it again",
  },
  truncated: {
    vi: "tệp bị cắt cụt hoặc tải về chưa hết",
    en: "the file is truncated or was not fully downloaded",
  },
  corrupt: { vi: "tệp bị hỏng", en: "the file is corrupt" },
  "too-large": {
    vi: "tệp vượt giới hạn đọc",
    en: "the file exceeds the reading limits",
  },
  unreadable: { vi: "không đọc được tệp", en: "the file cannot be read" },
  "not-utf8": {
    vi: 'tệp CSV không ở mã UTF-8, UTF-16 hay Windows-1258 (tiếng Việt); hãy lưu lại dạng "CSV UTF-8"',
    en: 'the CSV file is not in UTF-8, UTF-16 or Windows-1258 (Vietnamese); save it again as "CSV UTF-8"',
  },
};

export class WorkbookReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    /** A technical detail (which part, which limit), shown after the reason. */
    readonly detail?: string,
  ) {
    super(`${MESSAGES[code].en}${detail ? ` (${detail})` : ""}`);
    this.name = "WorkbookReadError";
  }

  /** The reason in the user's language, with the detail when there is one. */
  reason(lang: "vi" | "en"): string {
    return `${MESSAGES[this.code][lang]}${this.detail ? ` (${this.detail})` : ""}`;
  }
}
