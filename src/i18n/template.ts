/** Words of plan templates shared by the command line and the task pane: why an allocation list cannot be used. */

import type { AllocationError } from "../engine/template/allocation";
import type { TypedProblem } from "../engine/template/typed";
import type { Lang } from "../engine/text/format";

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

const TYPED_TEXT: Record<Lang, Record<TypedProblem["kind"], string>> = {
  vi: {
    missing: "chưa nhập",
    "not-a-number": "không phải là số",
    negative: "không được âm",
    zero: "phải lớn hơn 0",
    "too-precise": "lẻ hơn một đồng",
    "unknown-source": "chọn một nguồn vốn của hồ sơ",
    "repeated-source": "dòng này đã có nguồn vốn này ở trên",
    "too-deep": "lùi vào sâu hơn mục ở trên",
    "empty-heading": "mục chưa có dòng nào bên dưới",
    "no-lines": "danh mục chưa có dòng nào được giao vốn",
  },
  en: {
    missing: "required",
    "not-a-number": "not a number",
    negative: "must not be negative",
    zero: "must be above zero",
    "too-precise": "finer than one đồng",
    "unknown-source": "choose one of the profile's sources",
    "repeated-source": "this line already has this source above",
    "too-deep": "indented deeper than the heading above",
    "empty-heading": "this heading has no line under it",
    "no-lines": "the list has no line with allocated capital",
  },
};

/** What is wrong with a field of a typed allocation list, in the user's language. */
export function typedProblemText(p: TypedProblem, lang: Lang): string {
  return TYPED_TEXT[lang][p.kind];
}
