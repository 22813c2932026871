/**
 * Words of the consolidated workbook (sheet names, titles, headers) and of
 * the consolidation's lists, Vietnamese first. `en` is typed as the shape of
 * `vi`, so a key missing from either language is a type error.
 */

import type { LineStatus, ProgrammeId } from "../report-types";
import type { FileStatus, ReconciledField, SlippageChange } from "../consolidate/types";
import { formatDate, type Lang } from "./format";

/** A source id ("carryover-2022", "plan-2024") in words; an id of another shape as it is. */
function nameSource(source: string, carryover: (year: string) => string, plan: (year: string) => string): string {
  const m = /^(carryover|plan)-(\d{4})$/.exec(source);
  if (!m) return source;
  return m[1] === "carryover" ? carryover(m[2]) : plan(m[2]);
}

const vi = {
  sheets: {
    briefing: "Báo cáo tháng",
    summary: "Tổng hợp",
    atRisk: "Dòng có nguy cơ",
    files: "Hồ sơ nộp",
    reconciliation: "Đối chiếu KBNN",
    slippage: "Trượt kế hoạch",
  },
  title: "TỔNG HỢP KẾ HOẠCH VÀ KẾT QUẢ GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH MTQG",
  briefingTitle: "BÁO CÁO NHANH TÌNH HÌNH GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH MTQG",
  asOf: (day: string) => `Số liệu đến ngày ${formatDate(day)} - Đơn vị tính: đồng`,
  atRiskTitle: "CÁC DÒNG KẾ HOẠCH CÓ NGUY CƠ KHÔNG GIẢI NGÂN KỊP HẠN",
  filesTitle: "TÌNH HÌNH NỘP KẾ HOẠCH CỦA CÁC ĐƠN VỊ",
  reconciliationTitle: "ĐỐI CHIẾU SỐ LIỆU VỚI KHO BẠC NHÀ NƯỚC",
  slippageTitle: "THAY ĐỔI KẾ HOẠCH SO VỚI LẦN NỘP TRƯỚC",
  missingTitle: "Đơn vị chưa nộp kế hoạch",
  none: "(không có)",
  noPlan: "không tìm thấy bảng kế hoạch giải ngân nào",
  allocationAnnex:
    "là phụ lục giao vốn (có vốn giao, không có kế hoạch theo kỳ, không có số giải ngân), không phải kế hoạch giải ngân",
  notExpected: (unit: string) =>
    `đơn vị "${unit}" không có trong danh sách đơn vị phải nộp; số liệu không được cộng vào tổng`,
  unexpectedTitle: "Đơn vị không có trong danh sách phải nộp",
  stt: "STT",
  unit: "Đơn vị",
  programme: "Chương trình",
  source: "Nguồn vốn",
  deadline: "Hạn giải ngân",
  allocated: "Vốn giao",
  plannedTotal: "Kế hoạch giải ngân",
  plannedToDate: "Kế hoạch đến ngày",
  actualToDate: "Đã giải ngân",
  rate: "Tỷ lệ giải ngân",
  planRate: "Tỷ lệ kế hoạch đến ngày",
  file: "Tệp",
  sheet: "Trang",
  row: "Dòng",
  code: "Mã dự án",
  label: "Tên dự án, công trình",
  status: "Tình trạng",
  rules: "Lý do",
  reason: "Lý do",
  lines: "Số dòng",
  errors: "Số lỗi",
  field: "Chỉ tiêu",
  workbook: "Số của đơn vị",
  treasury: "Số của Kho bạc",
  difference: "Chênh lệch",
  note: "Ghi chú",
  change: "Thay đổi",
  previous: "Lần trước",
  current: "Lần này",
  month: "Tháng",
  total: "TỔNG CỘNG",
  unitTotal: "Cộng đơn vị",
  allProgrammes: "(chưa rõ chương trình)",
  byUnit: "Tỷ lệ giải ngân theo đơn vị",
  bySource: "Tỷ lệ giải ngân theo nguồn vốn so với hạn",
  keyFigures: "Số liệu chính",
  submitted: "Đơn vị đã nộp",
  rejected: "Hồ sơ bị loại",
  duplicates: "Hồ sơ nộp trùng (đã bỏ bản cũ)",
  missing: "Đơn vị chưa nộp",
  atRiskCount: "Dòng có nguy cơ hoặc quá hạn",
  differences: "Chênh lệch với Kho bạc",
  slippageCount: "Dòng thay đổi kế hoạch so với lần nộp trước",
  keptInstead: (file: string) => `trùng, đã lấy tệp ${file}`,
  fileStatus: { accepted: "đã tổng hợp", rejected: "bị loại", duplicate: "nộp trùng" } satisfies Record<
    FileStatus,
    string
  >,
  lineStatus: {
    ok: "đạt",
    watch: "cần theo dõi",
    "at-risk": "có nguy cơ",
    lapsed: "quá hạn",
    invalid: "không hợp lệ",
  } satisfies Record<LineStatus, string>,
  fields: { allocated: "Vốn giao", actualToDate: "Đã giải ngân / thanh toán" } satisfies Record<
    ReconciledField,
    string
  >,
  missingIn: { workbook: "không có trong sổ của đơn vị", treasury: "không có trong số liệu Kho bạc" },
  changes: {
    "moved-later": "dời kế hoạch sang tháng sau",
    shrunk: "giảm kế hoạch",
    "fell-behind": "giải ngân chậm thêm so với kế hoạch",
    "past-months-changed": "sửa số của tháng đã qua",
  } satisfies Record<SlippageChange, string>,
  programmes: {
    ntm: "Nông thôn mới",
    gnbv: "Giảm nghèo bền vững",
    "dtts-mn": "Vùng đồng bào DTTS và miền núi",
  } satisfies Record<ProgrammeId, string>,
  units: { vnd: "đồng", million: "triệu đồng", billion: "tỷ đồng", percent: "%", months: "tháng" },
  /** A column header with its unit: "Vốn giao (triệu đồng)". */
  withUnit: (header: string, unit: string) => `${header} (${unit})`,
  figuresIn: (day: string, unit: string) => `Số liệu đến ngày ${formatDate(day)} - Đơn vị tính: ${unit}`,
  briefing: {
    agency: "SỞ KẾ HOẠCH VÀ ĐẦU TƯ",
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    placeBlank: "……………",
    dateLine: (place: string, day: string) => {
      const [y, m, d] = day.split("-").map(Number);
      return `${place}, ngày ${d} tháng ${m} năm ${y}`;
    },
    sections: {
      figures: "I. SỐ LIỆU CHÍNH",
      sources: "II. THEO NGUỒN VỐN, SO VỚI HẠN GIẢI NGÂN",
      units: "III. THEO ĐƠN VỊ",
      atRisk: "IV. ĐƠN VỊ CÓ DÒNG KẾ HOẠCH CÓ NGUY CƠ",
    },
    remaining: "Còn phải giải ngân trước hạn",
    monthsLeft: "Số tháng còn lại",
    projectedLapse: "Dự báo bị hủy nếu giữ tốc độ hiện nay",
    atRiskLines: "Số dòng có nguy cơ",
    projectionNote:
      "(*) Dự báo, không phải số liệu: mỗi đơn vị giữ tốc độ giải ngân bình quân từ 01/01 đến nay (đã giải ngân chia số tháng đã qua) cho đến hạn của từng nguồn vốn; phần còn lại sau hạn là phần có thể bị hủy.",
    unitAtRisk: (unit: string, lines: string, reason: string) => `- ${unit}: ${lines} dòng; lý do chính: ${reason}.`,
    noneAtRisk: "Không có đơn vị nào có dòng kế hoạch có nguy cơ.",
    recipients: "Nơi nhận:",
    recipientList: ["- Ban Chỉ đạo các Chương trình MTQG tỉnh;", "- Lưu: VT."],
    signer: "THỦ TRƯỞNG CƠ QUAN",
    signHint: "(Ký, ghi rõ họ tên, đóng dấu)",
  },
  slippageHowTo:
    'Cách đọc: với "dời kế hoạch sang tháng sau" và "sửa số của tháng đã qua", Lần trước / Lần này là kế hoạch lũy kế đến hết tháng ghi ở cột Tháng; với "giảm kế hoạch", là tổng kế hoạch cả năm (Tháng 12); với "giải ngân chậm thêm so với kế hoạch", là phần kế hoạch đến ngày chưa giải ngân (kế hoạch đến ngày trừ đã giải ngân) ở tháng báo cáo; số âm nghĩa là lần đó đã giải ngân vượt kế hoạch.',
  sourceName: (source: string): string =>
    nameSource(
      source,
      (y) => `Vốn năm ${y} kéo dài`,
      (y) => `Kế hoạch vốn năm ${y}`,
    ),
};

export type ConsolidateText = typeof vi;

const en: ConsolidateText = {
  sheets: {
    briefing: "Monthly briefing",
    summary: "Summary",
    atRisk: "Lines at risk",
    files: "Submissions",
    reconciliation: "Treasury check",
    slippage: "Plan slippage",
  },
  title: "CONSOLIDATED PLANS AND DISBURSEMENT OF THE NATIONAL TARGET PROGRAMMES",
  briefingTitle: "MONTHLY BRIEFING: DISBURSEMENT OF NATIONAL TARGET PROGRAMME CAPITAL",
  asOf: (day: string) => `Figures as of ${formatDate(day)} - amounts in VND`,
  atRiskTitle: "PLAN LINES AT RISK OF MISSING THEIR DEADLINE",
  filesTitle: "SUBMISSIONS BY UNIT",
  reconciliationTitle: "RECONCILIATION WITH THE STATE TREASURY",
  slippageTitle: "PLAN CHANGES SINCE THE PREVIOUS SUBMISSION",
  missingTitle: "Units that have not submitted",
  none: "(none)",
  noPlan: "no disbursement plan table found",
  allocationAnnex:
    "is an allocation annex (capital allocated, no plan by period, no disbursement), not a disbursement plan",
  notExpected: (unit: string) =>
    `unit "${unit}" is not on the list of units expected to submit; its figures are left out of the totals`,
  unexpectedTitle: "Units not on the expected list",
  stt: "No.",
  unit: "Unit",
  programme: "Programme",
  source: "Capital source",
  deadline: "Deadline",
  allocated: "Allocated",
  plannedTotal: "Planned",
  plannedToDate: "Planned to date",
  actualToDate: "Disbursed",
  rate: "Disbursement rate",
  planRate: "Planned rate to date",
  file: "File",
  sheet: "Sheet",
  row: "Row",
  code: "Project code",
  label: "Project, works",
  status: "Status",
  rules: "Reasons",
  reason: "Reason",
  lines: "Lines",
  errors: "Errors",
  field: "Field",
  workbook: "Unit's figure",
  treasury: "Treasury's figure",
  difference: "Difference",
  note: "Note",
  change: "Change",
  previous: "Previous",
  current: "Current",
  month: "Month",
  total: "GRAND TOTAL",
  unitTotal: "Unit total",
  allProgrammes: "(programme not stated)",
  byUnit: "Disbursement rate by unit",
  bySource: "Disbursement rate by source against its deadline",
  keyFigures: "Key figures",
  submitted: "Units submitted",
  rejected: "Files rejected",
  duplicates: "Duplicate submissions (older copy set aside)",
  missing: "Units not yet submitted",
  atRiskCount: "Lines at risk or lapsed",
  differences: "Differences with the Treasury",
  slippageCount: "Lines whose plan changed since the previous submission",
  keptInstead: (file: string) => `duplicate; ${file} was used`,
  fileStatus: { accepted: "consolidated", rejected: "rejected", duplicate: "duplicate" },
  lineStatus: { ok: "ok", watch: "watch", "at-risk": "at risk", lapsed: "lapsed", invalid: "invalid" },
  fields: { allocated: "Allocated", actualToDate: "Disbursed / paid" },
  missingIn: { workbook: "not in the unit's workbook", treasury: "not in the Treasury's figures" },
  changes: {
    "moved-later": "plan moved to later months",
    shrunk: "plan reduced",
    "fell-behind": "disbursement fell further behind plan",
    "past-months-changed": "past months changed",
  },
  programmes: {
    ntm: "New Rural Development",
    gnbv: "Sustainable Poverty Reduction",
    "dtts-mn": "Ethnic minority and mountainous areas",
  },
  units: { vnd: "VND", million: "million VND", billion: "billion VND", percent: "%", months: "months" },
  withUnit: (header: string, unit: string) => `${header} (${unit})`,
  figuresIn: (day: string, unit: string) => `Figures as of ${formatDate(day)} - amounts in ${unit}`,
  briefing: {
    agency: "DEPARTMENT OF PLANNING AND INVESTMENT",
    nation: "SOCIALIST REPUBLIC OF VIET NAM",
    motto: "Independence - Freedom - Happiness",
    placeBlank: "……………",
    dateLine: (place: string, day: string) => `${place}, ${formatDate(day)}`,
    sections: {
      figures: "I. KEY FIGURES",
      sources: "II. BY CAPITAL SOURCE, AGAINST ITS DEADLINE",
      units: "III. BY UNIT",
      atRisk: "IV. UNITS WITH PLAN LINES AT RISK",
    },
    remaining: "Still to disburse before the deadline",
    monthsLeft: "Months left",
    projectedLapse: "Projected to lapse at the current pace",
    atRiskLines: "Lines at risk",
    projectionNote:
      "(*) A projection, not a figure: each unit keeps its average pace since 1 January (disbursed divided by the months ended) until each source's deadline; what remains after the deadline is what may lapse.",
    unitAtRisk: (unit: string, lines: string, reason: string) => `- ${unit}: ${lines} line(s); main reason: ${reason}.`,
    noneAtRisk: "No unit has plan lines at risk.",
    recipients: "To:",
    recipientList: ["- Provincial steering committee for the national target programmes;", "- Archive."],
    signer: "HEAD OF AGENCY",
    signHint: "(Signature, full name, seal)",
  },
  slippageHowTo:
    'How to read: for "plan moved to later months" and "past months changed", Previous / Current are the plan accumulated to the end of the month in the Month column; for "plan reduced", the whole year\'s plan (month 12); for "disbursement fell further behind plan", the plan to date not yet disbursed (plan to date minus disbursed) at the reporting month; a negative figure means that submission had disbursed ahead of plan.',
  sourceName: (source: string): string =>
    nameSource(
      source,
      (y) => `${y} capital carried over`,
      (y) => `${y} plan capital`,
    ),
};

export const CONSOLIDATE_TEXT: Record<Lang, ConsolidateText> = { vi, en };
