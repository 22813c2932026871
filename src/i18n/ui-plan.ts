/** Strings of the task pane's Plan view (plan templates), Vietnamese first; `en` must have the same keys. */

import type { Granularity } from "../engine/report-types";
import { formatNumber, type Lang } from "../engine/text/format";

const vi = {
  title: "Lập mẫu kế hoạch giải ngân",
  intro:
    "Từ danh mục phân bổ vốn (tên dự án, chủ đầu tư, vốn được giao theo từng nguồn), chọn từ tệp hoặc nhập trực tiếp. Mẫu kế hoạch được lập sẵn công thức, hạn giải ngân từng nguồn, ô nhập liệu và khóa bảo vệ.",
  pickAllocation: "Chọn danh mục phân bổ…",
  granularityLabel: "Kế hoạch theo",
  granularity: { month: "Tháng", quarter: "Quý", "month+quarter": "Tháng và quý" } satisfies Record<
    Granularity,
    string
  >,
  unitNameLabel: "Tên đơn vị lập kế hoạch",
  unitNamePlaceholder: "Ví dụ: Huyện Quế Sơn",
  generate: "Lập mẫu kế hoạch",
  generating: "Đang lập mẫu…",
  addedSheet: (name: string) => `Đã thêm trang "${name}" vào sổ tính.`,
  download: "Tải tệp kế hoạch .xlsx",
  ready: (rows: number, items: number) =>
    `Mẫu đã sẵn sàng: ${formatNumber(rows, "vi")} dòng kế hoạch cho ${formatNumber(items, "vi")} nội dung (mỗi nguồn vốn một dòng).`,
  failed: "Không lập được mẫu kế hoạch.",
  inputLabel: "Danh mục phân bổ vốn",
  input: { file: "Từ tệp .xlsx, .csv", typed: "Nhập trực tiếp" },
  typedIntro: "Mỗi dòng một nội dung và một nguồn vốn; nội dung có hai nguồn thì nhập hai dòng cùng tên.",
  profileUsed: (name: string) => `Hạn giải ngân theo hồ sơ: ${name}.`,
  profileFromWorkbook: "Hồ sơ lấy từ sổ tính đang mở.",
  badStoredProfile: (problems: string) => `Hồ sơ lưu trong sổ tính không hợp lệ (${problems}); dùng hồ sơ có sẵn.`,
  amountUnitLabel: "Số vốn nhập theo",
  row: (n: number) => `Dòng ${n}`,
  kindLabel: "Loại",
  levels: ["Chương trình", "Dự án", "Tiểu dự án", "Nhóm nội dung"],
  itemKind: "Nội dung, công trình",
  nameLabel: "Tên",
  codeLabel: "Mã dự án",
  ownerLabel: "Chủ đầu tư",
  leaderLabel: "Lãnh đạo phụ trách",
  sourceLabel: "Nguồn vốn",
  amountLabel: (unit: string) => `Vốn giao (${unit})`,
  outdent: (n: number) => `Đưa dòng ${n} ra một cấp`,
  indent: (n: number) => `Lùi dòng ${n} vào một cấp`,
  remove: (n: number) => `Xóa dòng ${n}`,
  addRow: "Thêm dòng",
  fixFields: (n: number) => `Còn ${formatNumber(n, "vi")} ô cần sửa (ghi chú đỏ dưới ô).`,
};

export type PlanStrings = typeof vi;

const en: PlanStrings = {
  title: "Make a plan template",
  intro:
    "From the allocation list (project names, owners, capital allocated per source), picked from a file or typed in. The template comes with its formulas, each source's deadline, input cells and sheet protection.",
  pickAllocation: "Pick the allocation list…",
  granularityLabel: "Plan by",
  granularity: { month: "Month", quarter: "Quarter", "month+quarter": "Month and quarter" },
  unitNameLabel: "Unit making the plan",
  unitNamePlaceholder: "e.g. Huyện Quế Sơn",
  generate: "Make the template",
  generating: "Making the template…",
  addedSheet: (name: string) => `Added the sheet "${name}" to the workbook.`,
  download: "Download the plan .xlsx",
  ready: (rows: number, items: number) =>
    `The template is ready: ${formatNumber(rows, "en")} plan rows for ${formatNumber(items, "en")} lines (one row per capital source).`,
  failed: "The template could not be made.",
  inputLabel: "Allocation list",
  input: { file: "From an .xlsx or .csv file", typed: "Type it in" },
  typedIntro: "One line per content and source; a content with two sources takes two lines with the same name.",
  profileUsed: (name: string) => `Deadlines from the profile: ${name}.`,
  profileFromWorkbook: "Profile taken from the open workbook.",
  badStoredProfile: (problems: string) =>
    `The profile stored in the workbook is invalid (${problems}); the built-in profile is used.`,
  amountUnitLabel: "Amounts typed in",
  row: (n: number) => `Line ${n}`,
  kindLabel: "Kind",
  levels: ["Programme", "Project", "Sub-project", "Content group"],
  itemKind: "Content, works",
  nameLabel: "Name",
  codeLabel: "Project code",
  ownerLabel: "Owner",
  leaderLabel: "Responsible leader",
  sourceLabel: "Capital source",
  amountLabel: (unit: string) => `Allocated (${unit})`,
  outdent: (n: number) => `Move line ${n} out one level`,
  indent: (n: number) => `Indent line ${n} one level`,
  remove: (n: number) => `Remove line ${n}`,
  addRow: "Add a line",
  fixFields: (n: number) => `${formatNumber(n, "en")} field(s) to correct (see the red notes under them).`,
};

export const PLAN_STRINGS: Record<Lang, PlanStrings> = { vi, en };
