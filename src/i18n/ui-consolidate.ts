/**
 * Strings of the task pane's Consolidate view, Vietnamese first. `en` is
 * typed as the shape of `vi`, so a key missing from either is a type error.
 */

import { formatNumber, type Lang } from "./format";

const vi = {
  title: "Tổng hợp kế hoạch các đơn vị",
  intro:
    "Chọn các tệp kế hoạch giải ngân các đơn vị gửi về (.xlsx). Mỗi tệp được đọc và kiểm tra; đơn vị của tệp lấy từ dòng tiêu đề, bạn có thể sửa trước khi tổng hợp.",
  pickFiles: "Chọn các tệp kế hoạch",
  pickTreasury: "Chọn số liệu Kho bạc (không bắt buộc)",
  treasuryChosen: (name: string) => `Số liệu Kho bạc: ${name}`,
  clearTreasury: "Bỏ số liệu Kho bạc",
  expectedLabel: "Đơn vị phải nộp (không bắt buộc, mỗi dòng một tên)",
  asOfLabel: "Số liệu đến ngày",
  filesHeading: "Các tệp đã chọn",
  waiting: "chờ đọc",
  readingFile: "đang đọc…",
  readOk: (lines: number) => `đọc được ${formatNumber(lines, "vi")} dòng kế hoạch`,
  rejected: (reason: string) => `bị loại: ${reason}`,
  progress: (done: number, total: number) => `Đã đọc ${done}/${total} tệp`,
  unitInput: (file: string) => `Đơn vị của tệp ${file}`,
  run: "Tổng hợp",
  running: "Đang tổng hợp…",
  clear: "Chọn lại từ đầu",
  resultHeading: "Kết quả tổng hợp",
  accepted: "Đã tổng hợp",
  duplicates: "Nộp trùng (bỏ bản cũ)",
  rejectedCount: "Bị loại",
  missing: "Đơn vị chưa nộp",
  allocated: "Tổng vốn giao",
  disbursed: "Đã giải ngân",
  rate: "Tỷ lệ giải ngân",
  atRisk: "Dòng có nguy cơ hoặc quá hạn",
  differences: "Chênh lệch với Kho bạc",
  download: "Tải sổ tổng hợp (.xlsx)",
  downloadName: "tong-hop-ke-hoach-giai-ngan.xlsx",
  sheetsAdded: "Đã thêm các trang vào sổ tính:",
  goTo: (sheet: string) => `Mở trang ${sheet}`,
  failed: "Không tổng hợp được",
  none: "(không có)",
  dong: "đồng",
};

export type ConsolidateUi = typeof vi;

const en: ConsolidateUi = {
  title: "Consolidate the units' plans",
  intro:
    "Pick the disbursement plan files the units sent (.xlsx). Each file is read and checked; its unit is taken from its title rows, and you can correct it before consolidating.",
  pickFiles: "Pick plan files",
  pickTreasury: "Pick the Treasury export (optional)",
  treasuryChosen: (name: string) => `Treasury export: ${name}`,
  clearTreasury: "Remove the Treasury export",
  expectedLabel: "Units expected to submit (optional, one name a line)",
  asOfLabel: "Figures as of",
  filesHeading: "Files picked",
  waiting: "waiting",
  readingFile: "reading…",
  readOk: (lines: number) => `${formatNumber(lines, "en")} plan lines read`,
  rejected: (reason: string) => `rejected: ${reason}`,
  progress: (done: number, total: number) => `${done} of ${total} files read`,
  unitInput: (file: string) => `Unit of ${file}`,
  run: "Consolidate",
  running: "Consolidating…",
  clear: "Start again",
  resultHeading: "Consolidation",
  accepted: "Consolidated",
  duplicates: "Duplicates (older copy set aside)",
  rejectedCount: "Rejected",
  missing: "Units not yet submitted",
  allocated: "Total allocated",
  disbursed: "Disbursed",
  rate: "Disbursement rate",
  atRisk: "Lines at risk or lapsed",
  differences: "Differences with the Treasury",
  download: "Download the consolidated workbook (.xlsx)",
  downloadName: "consolidated-disbursement-plans.xlsx",
  sheetsAdded: "Sheets added to the workbook:",
  goTo: (sheet: string) => `Go to ${sheet}`,
  failed: "Consolidation failed",
  none: "(none)",
  dong: "VND",
};

export const CONSOLIDATE_UI: Record<Lang, ConsolidateUi> = { vi, en };
