/** Strings of the task pane's Plan view (plan templates), Vietnamese first; `en` must have the same keys. */

import type { Granularity } from "../engine/report-types";
import { formatNumber, type Lang } from "./format";

const vi = {
  title: "Lập mẫu kế hoạch giải ngân",
  intro:
    "Chọn danh mục phân bổ vốn (.xlsx hoặc .csv: tên dự án, chủ đầu tư, vốn được giao theo từng nguồn). Mẫu kế hoạch được lập sẵn công thức, hạn giải ngân từng nguồn, ô nhập liệu và khóa bảo vệ.",
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
};

export type PlanStrings = typeof vi;

const en: PlanStrings = {
  title: "Make a plan template",
  intro:
    "Pick the allocation list (.xlsx or .csv: project names, owners, capital allocated per source). The template comes with its formulas, each source's deadline, input cells and sheet protection.",
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
};

export const PLAN_STRINGS: Record<Lang, PlanStrings> = { vi, en };
