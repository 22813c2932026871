/**
 * Every rule's name in words, Vietnamese first: what the pane, the command
 * line's text output, the consolidated workbook and the legend show for a
 * finding. The id stays the contract (JSON, tooltips); these names are not.
 */

import type { RuleId } from "../report-types";
import type { Lang } from "./format";

export const RULE_NAMES: Record<RuleId, Record<Lang, string>> = {
  "not-a-number": { vi: "Không phải số", en: "Not a number" },
  "negative-amount": { vi: "Số tiền âm", en: "Negative amount" },
  "formula-error": { vi: "Lỗi công thức", en: "Formula error" },
  "missing-required": { vi: "Thiếu thông tin bắt buộc", en: "Required field missing" },
  "duplicate-code": { vi: "Trùng mã dự án", en: "Duplicate project code" },
  "group-sum-mismatch": { vi: "Dòng tổng lệch tổng dòng con", en: "Group total differs from its rows" },
  "quarter-month-mismatch": { vi: "Quý lệch tổng các tháng", en: "Quarter differs from its months" },
  "plan-total-mismatch": { vi: "Kế hoạch lệch vốn giao", en: "Plan differs from allocation" },
  "plan-after-deadline": { vi: "Kế hoạch sau hạn", en: "Plan after deadline" },
  "plan-misses-checkpoint": { vi: "Kế hoạch dưới mốc giải ngân", en: "Plan below checkpoint" },
  "allocation-incomplete": { vi: "Chưa phân bổ hết vốn", en: "Allocation incomplete" },
  "actual-exceeds-allocated": { vi: "Giải ngân vượt vốn giao", en: "Disbursed above allocation" },
  "actual-behind-plan": { vi: "Giải ngân chậm so với kế hoạch", en: "Disbursement behind plan" },
  "run-rate-insufficient": { vi: "Tốc độ giải ngân không kịp hạn", en: "Pace too slow for deadline" },
  "deadline-passed": { vi: "Đã quá hạn giải ngân", en: "Deadline passed" },
};

export function ruleName(rule: RuleId, lang: Lang): string {
  return RULE_NAMES[rule][lang];
}
