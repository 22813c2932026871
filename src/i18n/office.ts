/**
 * What the add-in says about Excel itself (not about the plan): a feature
 * that needs a newer Excel, an Office error, a cell still being edited, and
 * the ribbon commands' short notices. Vietnamese first.
 */

import type { Lang } from "../engine/text/format";
import { formatNumber } from "../engine/text/format";

/** Which Excel has an ExcelApi requirement set, in words an officer knows. */
function excelFor(version: string, lang: Lang): string {
  const minor = Number(version.split(".")[1] ?? 0);
  if (minor <= 8) return lang === "vi" ? "Excel 2019 trở lên" : "Excel 2019 or later";
  if (minor <= 14)
    return lang === "vi" ? "Excel 2021, Excel 2024 hoặc Microsoft 365" : "Excel 2021, Excel 2024 or Microsoft 365";
  return lang === "vi" ? "Excel của Microsoft 365 (bản cập nhật mới)" : "an up-to-date Microsoft 365 Excel";
}

const OFFICE_FEATURES = {
  read: { vi: "đọc sổ tính", en: "reading the workbook" },
  highlights: { vi: "tô màu các dòng", en: "highlighting lines" },
  metadata: { vi: "lưu thiết lập trong sổ tính", en: "keeping settings in the workbook" },
  addSheets: { vi: "thêm trang tính", en: "adding sheets" },
  select: { vi: "chọn ô", en: "selecting a cell" },
  watch: { vi: "kiểm tra khi sửa", en: "checking as you edit" },
  merges: { vi: "đọc ô gộp", en: "reading merged cells" },
  hidden: { vi: "đọc dòng, cột ẩn", en: "reading hidden rows and columns" },
  pageLayout: { vi: "thiết lập trang in", en: "print setup" },
} satisfies Record<string, Record<Lang, string>>;

export type OfficeFeature = keyof typeof OFFICE_FEATURES;

export const officeText = {
  needsNewerExcel: (feature: OfficeFeature, set: string, version: string, lang: Lang): string =>
    lang === "vi"
      ? `Chức năng ${OFFICE_FEATURES[feature].vi} cần ${excelFor(version, lang)} (bộ API ${set} ${version}). Hãy cập nhật Excel, hoặc dùng bản trên trình duyệt với tệp .xlsx.`
      : `${capitalise(OFFICE_FEATURES[feature].en)} needs ${excelFor(version, lang)} (API set ${set} ${version}). Update Excel, or use the browser version on the .xlsx file.`,
  cellEditMode: {
    vi: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để sửa xong ô đang sửa, rồi thử lại.",
    en: "Excel is editing a cell. Press Enter or Esc to finish editing the cell first, then try again.",
  },
  officeError: (code: string, detail: string, lang: Lang): string =>
    lang === "vi" ? `Excel báo lỗi ${code}: ${detail}` : `Excel reported ${code}: ${detail}`,
  noteSkipped: (feature: OfficeFeature, set: string, version: string, lang: Lang): string =>
    lang === "vi"
      ? `Bỏ qua ${OFFICE_FEATURES[feature].vi}: cần bộ API ${set} ${version}.`
      : `Skipped ${OFFICE_FEATURES[feature].en}: needs API set ${set} ${version}.`,
  highlightsLocked: (sheets: string[], lang: Lang): string =>
    lang === "vi"
      ? `Không tô màu được trang ${sheets.join(", ")}: trang được bảo vệ bằng mật khẩu. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang tính) rồi kiểm tra lại.`
      : `Could not highlight sheet(s) ${sheets.join(", ")}: protected with a password. Unprotect the sheet (Review > Unprotect Sheet) and check again.`,
  checkDone: (lines: number, flagged: number, errors: number, lang: Lang): string =>
    lang === "vi"
      ? `Đã kiểm tra ${formatNumber(lines, "vi")} dòng: ${formatNumber(flagged, "vi")} dòng được tô màu, ${formatNumber(errors, "vi")} lỗi. Mở ngăn tác vụ để xem chi tiết.`
      : `Checked ${formatNumber(lines, "en")} lines: ${formatNumber(flagged, "en")} highlighted, ${formatNumber(errors, "en")} errors. Open the pane for details.`,
  noTables: {
    vi: "Không tìm thấy bảng kế hoạch giải ngân nào trong sổ tính này.",
    en: "No disbursement plan table was found in this workbook.",
  },
  cleared: { vi: "Đã xoá các màu tô của Giải ngân MTQG.", en: "NTP Disbursement highlights cleared." },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
