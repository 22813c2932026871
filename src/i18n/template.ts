/** Words of plan templates shared by the command line and the task pane: why an allocation list cannot be used. */

import type { AllocationError } from "../engine/template/allocation";
import type { Lang } from "./format";

const MAX_CELLS_NAMED = 5;

export function allocationErrorText(e: AllocationError, lang: Lang): string {
  const cells =
    e.cells.slice(0, MAX_CELLS_NAMED).join(", ") +
    (e.cells.length > MAX_CELLS_NAMED ? ` (+${e.cells.length - MAX_CELLS_NAMED})` : "");
  if (lang === "en") {
    if (e.reason === "no-table")
      return "no allocation table found (a header row naming the lines, e.g. STT, Tên dự án, Chủ đầu tư, and the allocated capital per source is needed)";
    if (e.reason === "no-rows") return "the allocation table has no line with allocated capital above zero";
    return `allocated amounts that are not numbers or are negative: ${cells}`;
  }
  if (e.reason === "no-table")
    return "không tìm thấy bảng phân bổ vốn (cần một dòng tiêu đề nêu tên dự án, ví dụ STT, Tên dự án, Chủ đầu tư, và vốn được giao theo từng nguồn)";
  if (e.reason === "no-rows") return "bảng phân bổ vốn không có dòng nào được giao vốn lớn hơn 0";
  return `số vốn được giao không phải là số hoặc bị âm: ${cells}`;
}
