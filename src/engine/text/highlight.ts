/** The highlight legend: what each mark means, Vietnamese first, with its colours. */

import type { HighlightMark } from "../highlight-types";
import { HIGHLIGHT_MARKS, HIGHLIGHT_STYLES } from "../highlight";
import type { Lang } from "./format";

const LABELS: Record<HighlightMark, Record<Lang, string>> = {
  "line-invalid": { vi: "Dòng có số liệu sai", en: "Line with invalid data" },
  "line-lapsed": { vi: "Dòng quá hạn giải ngân", en: "Line past its deadline" },
  "line-at-risk": { vi: "Dòng có nguy cơ không giải ngân kịp", en: "Line at risk of missing its deadline" },
  "line-watch": { vi: "Dòng cần theo dõi", en: "Line to watch" },
  "cell-error": { vi: "Ô có lỗi", en: "Cell with an error" },
  "cell-warning": { vi: "Ô có cảnh báo", en: "Cell with a warning" },
};

export interface LegendEntry {
  mark: HighlightMark;
  label: string;
  /** "#RRGGBB", ready for CSS. */
  fill: string;
  fontColor: string;
}

/** The legend: line marks worst first, then the cell marks drawn over them. */
export function highlightLegend(lang: Lang): LegendEntry[] {
  const lines = HIGHLIGHT_MARKS.filter((m) => m.startsWith("line-"));
  const cells = HIGHLIGHT_MARKS.filter((m) => m.startsWith("cell-"));
  return [...lines, ...cells].map((mark) => ({
    mark,
    label: LABELS[mark][lang],
    fill: `#${HIGHLIGHT_STYLES[mark].fill}`,
    fontColor: `#${HIGHLIGHT_STYLES[mark].fontColor}`,
  }));
}

/** The words of the highlighted copy's legend sheet ("Chú giải"). */
export const LEGEND_SHEET_TEXT: Record<
  Lang,
  {
    sheet: string;
    title: (file: string, asOf: string) => string;
    removable: string;
    colours: string;
    findings: string;
    columns: [string, string, string, string, string, string];
  }
> = {
  vi: {
    sheet: "Chú giải",
    title: (file, asOf) => `Chú giải tô màu — ${file}, kiểm tra ngày ${asOf}`,
    removable: "Trang này và các màu do ntp-disburse thêm vào; lệnh Xóa tô màu xóa cả hai, số liệu không bị sửa.",
    colours: "Màu tô và ý nghĩa",
    findings: "Các phát hiện (bấm vào ô để đến chỗ cần sửa)",
    columns: ["Trang", "Ô", "Tình trạng dòng", "Mức độ", "Quy tắc", "Nội dung"],
  },
  en: {
    sheet: "Chú giải",
    title: (file, asOf) => `Highlight legend — ${file}, checked on ${asOf}`,
    removable:
      "This sheet and the colours were added by ntp-disburse; Clear highlights removes both and changes no value.",
    colours: "Colours and what they mean",
    findings: "Findings (click a cell to go to it)",
    columns: ["Sheet", "Cell", "Line status", "Severity", "Rule", "Message"],
  },
};
