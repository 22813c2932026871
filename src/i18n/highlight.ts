/** The highlight legend: what each mark means, Vietnamese first, with its colours. */

import type { HighlightMark } from "../engine/highlight-types";
import { HIGHLIGHT_MARKS, HIGHLIGHT_STYLES } from "../engine/highlight";
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
