/**
 * Strings of the task pane's own interface, Vietnamese first. Messages about
 * the workbook (rule findings, read errors) come from the engine in the
 * chosen language; this catalogue only holds the pane's labels.
 *
 * `en` is typed as `UiStrings` (the shape of `vi`), so a key missing from or
 * added to either language is a type error.
 */

import type { Granularity } from "../engine/report-types";
import { SEVERITY_WORDS, STATUS_WORDS } from "../engine/text/status-words";
import { formatDate, formatNumber, type Lang } from "../engine/text/format";
import { DAMAGED_METADATA } from "./damaged-metadata";

export const LANGS: readonly Lang[] = ["vi", "en"];

const viCount = (n: number) => formatNumber(n, "vi");
const enCount = (n: number) => formatNumber(n, "en");

const vi = {
  appTitle: "Giải ngân MTQG",
  appSubtitle: "Kế hoạch giải ngân vốn các Chương trình mục tiêu quốc gia",
  languageLabel: "Ngôn ngữ",
  languageNames: { vi: "Tiếng Việt", en: "English" } satisfies Record<Lang, string>,
  guideLink: "Hướng dẫn",
  guideLinkTitle: "Hướng dẫn sử dụng (mở trong cửa sổ mới)",

  excelIntro:
    "Công cụ cho cán bộ tài chính - kế hoạch lập và theo dõi kế hoạch giải ngân vốn các Chương trình mục tiêu quốc gia ngay trong sổ tính Excel đang dùng:",
  excelFeatures: [
    "lập mẫu kế hoạch giải ngân theo tháng hoặc theo quý;",
    "kiểm tra số liệu: số nhập dạng chữ, tổng nhóm, tổng kế hoạch so với vốn giao;",
    "tô màu các dòng có nguy cơ không giải ngân kịp hạn của từng nguồn vốn;",
    "tổng hợp kế hoạch các đơn vị gửi về.",
  ],

  fileIntro:
    "Chọn tệp Excel (.xlsx) chứa kế hoạch giải ngân để kiểm tra. Tệp được đọc ngay trên máy này, không gửi đi đâu.",
  pickFile: "Chọn tệp .xlsx…",
  asOfLabel: "Ngày kiểm tra",
  asOfHint: "Kế hoạch và số giải ngân được đánh giá tại ngày này.",
  dayFormat: "ngày/tháng/năm, ví dụ 31/05/2024",
  dayInvalid: "Không phải ngày có thật; hãy nhập dạng ngày/tháng/năm, ví dụ 31/05/2024.",
  asOfPastYear: (year: number) =>
    `Ngày kiểm tra đã sang năm sau năm ${year} của hồ sơ: mọi hạn giải ngân của hồ sơ đều đã qua. Hãy chọn ngày trong năm ${year} hoặc hồ sơ của năm đúng.`,
  reading: (file: string, at: { sheet: string; rows: number } | null) =>
    at ? `Đang đọc ${file}: trang ${at.sheet}, ${viCount(at.rows)} dòng…` : `Đang đọc ${file}…`,
  readFailed: "Không đọc được tệp.",
  noTables: "Không tìm thấy bảng kế hoạch giải ngân nào trong tệp này.",
  checked: (file: string, asOf: string) => `${file} — kiểm tra đến ngày ${formatDate(asOf)}`,

  tablesHeading: "Bảng tìm thấy",
  sheet: "Trang tính",
  headerRows: "Dòng tiêu đề",
  unit: "Đơn vị tính",
  granularity: "Kỳ kế hoạch",
  lineCount: "Số dòng",
  granularities: {
    month: "theo tháng",
    quarter: "theo quý",
    "month+quarter": "theo tháng và quý",
  } satisfies Record<Granularity, string>,

  summaryHeading: "Tổng hợp",
  lines: (n: number) => `${viCount(n)} dòng kế hoạch`,
  statuses: STATUS_WORDS.vi,
  errors: (n: number) => `${viCount(n)} lỗi`,
  warnings: (n: number) => `${viCount(n)} cảnh báo`,

  findingsHeading: "Vấn đề phát hiện",
  noFindings: "Không có vấn đề nào.",
  severities: SEVERITY_WORDS.vi,
  wholeTable: "cả bảng",

  tabsLabel: "Chức năng",
  tabs: { check: "Kiểm tra", plan: "Lập kế hoạch", consolidate: "Tổng hợp", settings: "Cài đặt" },
  loadingView: "Đang tải…",

  connecting: "Đang kết nối với sổ tính…",
  fileOpen: (file: string) => `Tệp: ${file}`,
  pickOther: "Chọn tệp khác…",
  checking: "Đang kiểm tra…",
  readProgress: (p: { done: number; total: number; sheet?: string; rows?: number }) =>
    p.total > 0
      ? `Đã đọc ${viCount(p.done)} / ${viCount(p.total)} ô`
      : p.sheet
        ? `Trang ${p.sheet}: đã đọc ${viCount(p.rows ?? 0)} dòng`
        : "Đang đọc…",
  recheck: "Kiểm tra lại",
  liveCheckOff: (why: string) => `Không tự kiểm tra lại khi sửa số liệu được (${why}); hãy bấm "Kiểm tra lại".`,
  exportJson: "Tải báo cáo JSON",
  checkFailed: "Không kiểm tra được.",
  profileNotUsed: (why: string) => `Hồ sơ mốc lưu trong sổ tính không dùng được (${why}); đã dùng hồ sơ mặc định.`,
  damagedMetadata: DAMAGED_METADATA.vi,
  resultAnnounce: (lines: number, errors: number, warnings: number) =>
    `Kiểm tra xong: ${viCount(lines)} dòng, ${viCount(errors)} lỗi, ${viCount(warnings)} cảnh báo.`,

  bySourceHeading: "Theo nguồn vốn",
  sourceLines: (n: number) => `${viCount(n)} dự án`,

  filterSeverity: "Mức độ",
  filterRule: "Quy tắc",
  filterAll: "Tất cả",
  filteredCount: (shown: number, total: number) => `${viCount(shown)} / ${viCount(total)} vấn đề`,
  lineHeading: (row: number, label: string) => `Dòng ${row}${label ? ` · ${label}` : ""}`,
  goToCell: (sheet: string, cell: string) => `Đến ô ${cell} trang ${sheet}`,
  selectedCell: "Ô đang xem",
  selectedCellHint: "Mở tệp trong Excel và đến ô này để sửa.",

  highlightsHeading: "Tô màu",
  highlightsApplied: "Các dòng và ô cần chú ý đã được tô màu trong sổ tính.",
  highlightsFile: "Tải bản sao của tệp có tô màu các dòng và ô cần chú ý (tệp gốc không đổi).",
  clearHighlights: "Xóa tô màu",
  highlightsCleared: "Đã xóa tô màu; định dạng của sổ tính như trước.",
  downloadHighlighted: "Tải bản sao có tô màu",
  /** The highlighted copy's file name, as the command line's demo names it. */
  highlightedName: (file: string) => `${file.replace(/\.xlsx$/i, "")} - to-mau.xlsx`,
  highlightFailed: "Không tô màu được.",

  mappingHeading: "Vai trò các cột",
  mappingUnsure: "Chưa chắc chắn cách đọc bảng này. Hãy kiểm tra vai trò các cột.",
  mappingUnitGuessed: "Bảng không ghi đơn vị tính; đơn vị được đoán theo độ lớn của số liệu.",
  mappingOpen: "Xem và sửa vai trò các cột",
  mappingColumn: (letter: string, title: string) => `Cột ${letter}: ${title}`,
  mappingConfidence: (percent: number) => `độ tin cậy ${viCount(percent)}%`,
  mappingSave: "Lưu và kiểm tra lại",
  mappingCancel: "Đóng",
  roles: {
    ignore: "Không đọc",
    stt: "Số thứ tự",
    label: "Tên dự án / nội dung",
    code: "Mã dự án",
    owner: "Chủ đầu tư",
    leader: "Lãnh đạo phụ trách",
    source: "Nguồn vốn (ghi trong dòng)",
    note: "Ghi chú",
    obstacle: "Khó khăn, vướng mắc",
    recommendation: "Kiến nghị, đề xuất",
    rate: "Tỷ lệ",
    "unit-code": "Mã đơn vị QHNS / địa bàn",
    area: "Địa bàn",
    "plan-year": "Năm kế hoạch vốn",
    allocated: "Vốn giao",
    planned: "Kế hoạch",
    "planned-total": "Tổng kế hoạch giải ngân",
    actual: "Giải ngân thực tế",
    cumulative: "Lũy kế",
    amount: "Số tiền",
  } as Record<string, string>,
  month: (m: number) => `tháng ${m}`,
  quarter: (q: number) => `quý ${q}`,

  settingsProfileHeading: "Hồ sơ mốc giải ngân",
  settingsBuiltIn: "Dùng hồ sơ có sẵn",
  settingsEdited: "Chỉnh mốc và ngưỡng",
  settingsDeadline: (source: string) => `Hạn giải ngân: ${source}`,
  settingsAllocationDeadline: "Hạn phân bổ chi tiết vốn",
  settingsWatch: "Ngưỡng cần theo dõi (% chậm so với kế hoạch)",
  settingsAtRisk: "Ngưỡng có nguy cơ (% chậm so với kế hoạch)",
  settingsPace: "Hệ số tốc độ giải ngân tối đa",
  settingsNotANumber: "Chưa phải là số.",
  settingsSave: "Lưu vào sổ tính",
  settingsSaved: "Đã lưu hồ sơ vào sổ tính; lần kiểm tra sau dùng hồ sơ này.",
  settingsProblems: "Hồ sơ chưa hợp lệ:",
  settingsNeedWorkbook: "Hãy chọn tệp ở trang Kiểm tra trước; hồ sơ được lưu trong sổ tính.",
  settingsDateHeading: "Thời điểm kiểm tra",
  settingsLanguageHeading: "Ngôn ngữ",
};

export type UiStrings = typeof vi;

const en: UiStrings = {
  appTitle: "NTP Disbursement",
  appSubtitle: "Disbursement plans for National Target Programme capital",
  languageLabel: "Language",
  languageNames: { vi: "Tiếng Việt", en: "English" },
  guideLink: "Hướng dẫn",
  guideLinkTitle: "User guide, in Vietnamese (opens in a new window)",

  excelIntro:
    "A tool for finance and planning officers to plan and follow the disbursement of National Target Programme capital in the Excel workbooks they already use:",
  excelFeatures: [
    "build a monthly or quarterly disbursement plan template;",
    "check the figures: numbers typed as text, group sums, planned totals against allocated capital;",
    "colour the lines at risk of missing their capital source's deadline;",
    "consolidate the plans submitted by each unit.",
  ],

  fileIntro:
    "Choose an Excel file (.xlsx) with a disbursement plan to check it. The file is read on this computer and sent nowhere.",
  pickFile: "Choose an .xlsx file…",
  asOfLabel: "Check as of",
  asOfHint: "The plan and the disbursements are judged at this day.",
  dayFormat: "day/month/year, e.g. 31/05/2024",
  dayInvalid: "Not a real day; type it as day/month/year, e.g. 31/05/2024.",
  asOfPastYear: (year: number) =>
    `The day checked is in a later year than the profile's ${year}: all its deadlines have passed. Choose a day in ${year} or a profile of the right year.`,
  reading: (file, at) => (at ? `Reading ${file}: sheet ${at.sheet}, ${enCount(at.rows)} rows…` : `Reading ${file}…`),
  readFailed: "The file could not be read.",
  noTables: "No disbursement plan table was found in this file.",
  checked: (file, asOf) => `${file} — checked as of ${formatDate(asOf)}`,

  tablesHeading: "Tables found",
  sheet: "Sheet",
  headerRows: "Header rows",
  unit: "Unit",
  granularity: "Periods",
  lineCount: "Lines",
  granularities: { month: "monthly", quarter: "quarterly", "month+quarter": "monthly and quarterly" },

  summaryHeading: "Summary",
  lines: (n) => `${enCount(n)} plan ${n === 1 ? "line" : "lines"}`,
  statuses: STATUS_WORDS.en,
  errors: (n) => `${enCount(n)} ${n === 1 ? "error" : "errors"}`,
  warnings: (n) => `${enCount(n)} ${n === 1 ? "warning" : "warnings"}`,

  findingsHeading: "Findings",
  noFindings: "No findings.",
  severities: SEVERITY_WORDS.en,
  wholeTable: "whole table",

  tabsLabel: "Views",
  tabs: { check: "Check", plan: "Plan", consolidate: "Consolidate", settings: "Settings" },
  loadingView: "Loading…",

  connecting: "Connecting to the workbook…",
  fileOpen: (file) => `File: ${file}`,
  pickOther: "Choose another file…",
  checking: "Checking…",
  readProgress: (p) =>
    p.total > 0
      ? `Read ${enCount(p.done)} of ${enCount(p.total)} cells`
      : p.sheet
        ? `Sheet ${p.sheet}: ${enCount(p.rows ?? 0)} rows read`
        : "Reading…",
  recheck: "Check again",
  liveCheckOff: (why) => `Checking again after each edit is not available (${why}); use "Check again".`,
  exportJson: "Download JSON report",
  checkFailed: "The check could not be made.",
  profileNotUsed: (why) =>
    `The milestone profile saved in the workbook cannot be used (${why}); the default profile was used.`,
  damagedMetadata: DAMAGED_METADATA.en,
  resultAnnounce: (lines, errors, warnings) =>
    `Checked: ${enCount(lines)} lines, ${enCount(errors)} errors, ${enCount(warnings)} warnings.`,

  bySourceHeading: "By capital source",
  sourceLines: (n) => `${enCount(n)} ${n === 1 ? "project" : "projects"}`,

  filterSeverity: "Severity",
  filterRule: "Rule",
  filterAll: "All",
  filteredCount: (shown, total) => `${enCount(shown)} of ${enCount(total)} findings`,
  lineHeading: (row, label) => `Row ${row}${label ? ` · ${label}` : ""}`,
  goToCell: (sheet, cell) => `Go to cell ${cell} on sheet ${sheet}`,
  selectedCell: "Cell in view",
  selectedCellHint: "Open the file in Excel and go to this cell to correct it.",

  highlightsHeading: "Highlights",
  highlightsApplied: "The lines and cells that need attention are coloured in the workbook.",
  highlightsFile:
    "Download a copy of the file with the lines and cells that need attention coloured (the original is unchanged).",
  clearHighlights: "Clear highlights",
  highlightsCleared: "Highlights cleared; the workbook's formats are as before.",
  downloadHighlighted: "Download highlighted copy",
  highlightedName: (file) => `${file.replace(/\.xlsx$/i, "")} - highlighted.xlsx`,
  highlightFailed: "The highlights could not be applied.",

  mappingHeading: "Column roles",
  mappingUnsure: "How to read this table is not certain. Please check the column roles.",
  mappingUnitGuessed: "The table states no unit; it was guessed from the size of the amounts.",
  mappingOpen: "Review and correct column roles",
  mappingColumn: (letter, title) => `Column ${letter}: ${title}`,
  mappingConfidence: (percent) => `confidence ${enCount(percent)}%`,
  mappingSave: "Save and check again",
  mappingCancel: "Close",
  roles: {
    ignore: "Not read",
    stt: "Number (STT)",
    label: "Project / item name",
    code: "Project code",
    owner: "Project owner",
    leader: "Leader in charge",
    source: "Capital source (per row)",
    note: "Note",
    obstacle: "Obstacles",
    recommendation: "Recommendations",
    rate: "Rate",
    "unit-code": "Budget-unit / area code",
    area: "Area",
    "plan-year": "Capital plan year",
    allocated: "Allocated capital",
    planned: "Planned",
    "planned-total": "Planned disbursement total",
    actual: "Actual disbursement",
    cumulative: "Cumulative",
    amount: "Amount",
  },
  month: (m) => `month ${m}`,
  quarter: (q) => `quarter ${q}`,

  settingsProfileHeading: "Milestone profile",
  settingsBuiltIn: "Use the built-in profile",
  settingsEdited: "Edit deadlines and thresholds",
  settingsDeadline: (source) => `Deadline: ${source}`,
  settingsAllocationDeadline: "Deadline to allocate the capital in detail",
  settingsWatch: "Watch threshold (% behind plan)",
  settingsAtRisk: "At-risk threshold (% behind plan)",
  settingsPace: "Largest pace factor",
  settingsNotANumber: "Not a number.",
  settingsSave: "Save in the workbook",
  settingsSaved: "The profile is saved in the workbook; the next check uses it.",
  settingsProblems: "The profile is not valid:",
  settingsNeedWorkbook: "Choose a file on the Check view first; the profile is saved in the workbook.",
  settingsDateHeading: "Date of the check",
  settingsLanguageHeading: "Language",
};

export const ui: Record<Lang, UiStrings> = { vi, en };
