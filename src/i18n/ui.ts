/**
 * Strings of the task pane's own interface, Vietnamese first. Messages about
 * the workbook (rule findings, read errors) come from the engine in the
 * chosen language; this catalogue only holds the pane's labels.
 *
 * `en` is typed as `UiStrings` (the shape of `vi`), so a key missing from or
 * added to either language is a type error.
 */

import type { Granularity, LineStatus, Severity } from "../engine/report-types";
import { formatDate, formatNumber, type Lang } from "./format";

export const LANGS: readonly Lang[] = ["vi", "en"];

const viCount = (n: number) => formatNumber(n, "vi");
const enCount = (n: number) => formatNumber(n, "en");

const vi = {
  appTitle: "Giải ngân MTQG",
  appSubtitle: "Kế hoạch giải ngân vốn các Chương trình mục tiêu quốc gia",
  languageLabel: "Ngôn ngữ",
  languageNames: { vi: "Tiếng Việt", en: "English" } satisfies Record<Lang, string>,

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
  statuses: {
    ok: "Đạt",
    watch: "Cần theo dõi",
    "at-risk": "Có nguy cơ",
    lapsed: "Quá hạn",
    invalid: "Số liệu sai",
  } satisfies Record<LineStatus, string>,
  errors: (n: number) => `${viCount(n)} lỗi`,
  warnings: (n: number) => `${viCount(n)} cảnh báo`,

  findingsHeading: "Vấn đề phát hiện",
  noFindings: "Không có vấn đề nào.",
  findingsShown: (shown: number, total: number) => `Hiển thị ${viCount(shown)} trên ${viCount(total)} vấn đề.`,
  severities: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" } satisfies Record<Severity, string>,
  wholeTable: "cả bảng",
};

export type UiStrings = typeof vi;

const en: UiStrings = {
  appTitle: "NTP Disbursement",
  appSubtitle: "Disbursement plans for National Target Programme capital",
  languageLabel: "Language",
  languageNames: { vi: "Tiếng Việt", en: "English" },

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
  statuses: { ok: "OK", watch: "Watch", "at-risk": "At risk", lapsed: "Lapsed", invalid: "Invalid" },
  errors: (n) => `${enCount(n)} ${n === 1 ? "error" : "errors"}`,
  warnings: (n) => `${enCount(n)} ${n === 1 ? "warning" : "warnings"}`,

  findingsHeading: "Findings",
  noFindings: "No findings.",
  findingsShown: (shown, total) => `Showing ${enCount(shown)} of ${enCount(total)} findings.`,
  severities: { error: "Error", warning: "Warning", info: "Info" },
  wholeTable: "whole table",
};

export const ui: Record<Lang, UiStrings> = { vi, en };
