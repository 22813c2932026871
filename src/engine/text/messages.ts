/**
 * Finding messages, Vietnamese first, English available. Each says what is
 * wrong, by how much, and what would fix it. Rule ids are a contract; these
 * words are not.
 */

import { MONEY_UNIT_EXPONENT } from "../money";
import type { RuleId, MoneyUnit } from "../report-types";
import type { MessageArgs } from "../lines";
import { Lang, formatAmount, formatDate, formatNumber } from "./format";

type Render = (a: MessageArgs, unit: MoneyUnit) => string;

const money = (a: MessageArgs, key: string, unit: MoneyUnit, lang: Lang): string =>
  formatAmount(Number(a[key] ?? 0), unit, lang);

/**
 * A pace (money a month) to one decimal of the table's unit ("453,4 triệu", not "453,334 triệu"): it
 * speaks of an order of magnitude, not of the đồng. The pace needed is rounded up, the pace shown down,
 * so the rounding never makes the gap look smaller than it is.
 */
function pace(a: MessageArgs, key: "required" | "shown", unit: MoneyUnit, lang: Lang): string {
  const step = 10 ** Math.max(0, MONEY_UNIT_EXPONENT[unit] - 1);
  const round = key === "required" ? Math.ceil : Math.floor;
  return formatAmount(round(Number(a[key] ?? 0) / step) * step, unit, lang);
}

const FIELD: Record<string, Record<Lang, string>> = {
  label: { vi: "tên dòng (dự án, nội dung)", en: "the line's name (project, content)" },
  owner: { vi: "chủ đầu tư", en: "the investor (chủ đầu tư)" },
  leader: { vi: "lãnh đạo chịu trách nhiệm", en: "the responsible leader" },
};

export const MESSAGES: Record<RuleId, Record<Lang, Render>> = {
  "not-a-number": {
    vi: (a) => `Ô chứa "${a.text}", không phải là số tiền. Hãy nhập số (ví dụ 1.250,5) hoặc để trống.`,
    en: (a) => `The cell holds "${a.text}", which is not an amount. Enter a number (e.g. 1,250.5) or leave it blank.`,
  },
  "negative-amount": {
    vi: (a, u) => `Số tiền âm (${money(a, "amount", u, "vi")}). Kế hoạch và giải ngân không thể âm; hãy sửa lại.`,
    en: (a, u) =>
      `Negative amount (${money(a, "amount", u, "en")}). Plans and disbursements cannot be negative; correct it.`,
  },
  "formula-error": {
    vi: (a) => `Ô báo lỗi công thức ${a.error}. Hãy sửa công thức (thường do tham chiếu đến ô đã xóa).`,
    en: (a) => `The cell shows the formula error ${a.error}. Fix the formula (often a reference to a deleted cell).`,
  },
  "missing-required": {
    vi: (a) => `Thiếu ${FIELD[String(a.field)]?.vi ?? a.field}. Hãy điền vào.`,
    en: (a) => `${capitalize(FIELD[String(a.field)]?.en ?? String(a.field))} is missing. Fill it in.`,
  },
  "duplicate-code": {
    vi: (a) =>
      `Mã dự án ${a.code} đã có ở dòng ${a.firstRow} (${a.firstSheet}) cho cùng nguồn vốn. Hãy kiểm tra, bỏ dòng trùng hoặc sửa mã.`,
    en: (a) =>
      `Project code ${a.code} already appears on row ${a.firstRow} (${a.firstSheet}) for the same source. Remove the duplicate or correct the code.`,
  },
  "group-sum-mismatch": {
    vi: (a, u) =>
      `Dòng tổng ghi ${money(a, "stated", u, "vi")} nhưng cộng ${a.children} dòng con được ${money(a, "sum", u, "vi")} (chênh ${money(a, "difference", u, "vi")}). Hãy sửa công thức cộng hoặc số liệu dòng con.`,
    en: (a, u) =>
      `The group row states ${money(a, "stated", u, "en")} but its ${a.children} child rows add up to ${money(a, "sum", u, "en")} (difference ${money(a, "difference", u, "en")}). Fix the sum formula or the child rows.`,
  },
  "quarter-month-mismatch": {
    vi: (a, u) =>
      `Quý ${a.quarterName} ghi ${money(a, "stated", u, "vi")} nhưng tổng các tháng ${a.months} là ${money(a, "sum", u, "vi")} (chênh ${money(a, "difference", u, "vi")}). Hãy để quý bằng tổng ba tháng.`,
    en: (a, u) =>
      `Quarter ${a.quarterName} states ${money(a, "stated", u, "en")} but months ${a.months} add up to ${money(a, "sum", u, "en")} (difference ${money(a, "difference", u, "en")}). Make the quarter equal the sum of its three months.`,
  },
  "plan-total-mismatch": {
    vi: (a, u) =>
      Number(a.difference) < 0
        ? `Kế hoạch các kỳ cộng được ${money(a, "planned", u, "vi")}, thiếu ${money({ d: -Number(a.difference) }, "d", u, "vi")} so với vốn được giao ${money(a, "allocated", u, "vi")}. Hãy lên kế hoạch giải ngân hết số vốn.`
        : `Kế hoạch các kỳ cộng được ${money(a, "planned", u, "vi")}, vượt vốn được giao ${money(a, "allocated", u, "vi")} là ${money(a, "difference", u, "vi")}. Hãy giảm kế hoạch cho bằng số vốn.`,
    en: (a, u) =>
      Number(a.difference) < 0
        ? `The periods plan ${money(a, "planned", u, "en")}, ${money({ d: -Number(a.difference) }, "d", u, "en")} short of the ${money(a, "allocated", u, "en")} allocated. Plan the whole allocation.`
        : `The periods plan ${money(a, "planned", u, "en")}, ${money(a, "difference", u, "en")} more than the ${money(a, "allocated", u, "en")} allocated. Bring the plan down to the allocation.`,
  },
  "plan-after-deadline": {
    vi: (a, u) =>
      `Còn ${money(a, "amount", u, "vi")} kế hoạch sau hạn ${day(a, "deadline")} ở ${periods(a, "vi")}. Hãy chuyển số tiền này lên trước hạn, nếu không vốn sẽ bị hủy.`,
    en: (a, u) =>
      `${capitalize(money(a, "amount", u, "en"))} is planned after the ${day(a, "deadline")} deadline, in ${periods(a, "en")}. Move it before the deadline or the capital lapses.`,
  },
  "plan-misses-checkpoint": {
    vi: (a, u) =>
      `Đến ${day(a, "date")} kế hoạch mới đạt ${money(a, "planned", u, "vi")}, dưới mốc ${a.percent}% (${money(a, "required", u, "vi")}); thiếu ${money(a, "shortfall", u, "vi")}. Hãy dồn kế hoạch lên sớm hơn.`,
    en: (a, u) =>
      `By ${day(a, "date")} the plan reaches ${money(a, "planned", u, "en")}, below the ${a.percent}% checkpoint (${money(a, "required", u, "en")}); ${money(a, "shortfall", u, "en")} short. Bring the plan forward.`,
  },
  "allocation-incomplete": {
    vi: (a, u) =>
      `${money(a, "amount", u, "vi")} vốn được giao chưa phân bổ cho dự án${a.deadline ? (Number(a.passed) ? `, đã quá hạn phân bổ ${day(a, "deadline")}` : `; hạn phân bổ ${day(a, "deadline")}`) : ""}. Hãy phân bổ và nhập TABMIS.`,
    en: (a, u) =>
      `${capitalize(money(a, "amount", u, "en"))} assigned is not yet allocated to projects${a.deadline ? (Number(a.passed) ? `, past the ${day(a, "deadline")} allocation deadline` : `; allocation deadline ${day(a, "deadline")}`) : ""}. Allocate it and enter it into TABMIS.`,
  },
  "actual-exceeds-allocated": {
    vi: (a, u) =>
      `Đã giải ngân ${money(a, "actual", u, "vi")}, vượt vốn được giao ${money(a, "allocated", u, "vi")} là ${money(a, "difference", u, "vi")}. Hãy đối chiếu với Kho bạc.`,
    en: (a, u) =>
      `Disbursed ${money(a, "actual", u, "en")}, ${money(a, "difference", u, "en")} more than the ${money(a, "allocated", u, "en")} allocated. Reconcile with the Treasury.`,
  },
  "actual-behind-plan": {
    vi: (a, u) =>
      `Đến ${day(a, "date")} kế hoạch là ${money(a, "planned", u, "vi")} nhưng mới giải ngân ${money(a, "actual", u, "vi")} (${fmtPercent(a, "vi")}%), chậm ${money(a, "shortfall", u, "vi")}. Hãy đẩy nhanh giải ngân hoặc điều chỉnh kế hoạch.`,
    en: (a, u) =>
      `By ${day(a, "date")} the plan was ${money(a, "planned", u, "en")} but ${money(a, "actual", u, "en")} is disbursed (${fmtPercent(a, "en")}%), ${money(a, "shortfall", u, "en")} behind. Speed up disbursement or revise the plan.`,
  },
  "run-rate-insufficient": {
    vi: (a, u) =>
      `Còn ${money(a, "remaining", u, "vi")} phải giải ngân trong ${a.monthsLeft} tháng đến hạn ${day(a, "deadline")}: cần ${pace(a, "required", u, "vi")}/tháng, ${paceComparedVi(a, u)}. Hãy có biện pháp tăng tốc ngay.`,
    en: (a, u) =>
      `${capitalize(money(a, "remaining", u, "en"))} remains to disburse in ${a.monthsLeft} month(s) to the ${day(a, "deadline")} deadline: ${pace(a, "required", u, "en")} a month, ${paceComparedEn(a, u)}. Act now to speed up.`,
  },
  "deadline-passed": {
    vi: (a, u) =>
      `Đã quá hạn ${day(a, "deadline")} mà còn ${money(a, "remaining", u, "vi")} chưa giải ngân; số vốn này có nguy cơ bị hủy.`,
    en: (a, u) =>
      `The ${day(a, "deadline")} deadline has passed with ${money(a, "remaining", u, "en")} undisbursed; this capital may lapse.`,
  },
};

/** Which pace the needed one is compared with: the average so far, the best month, or none yet against a plan that had money due. */
function paceComparedVi(a: MessageArgs, u: MoneyUnit): string {
  const times = `gấp ${formatNumber(Number(a.times), "vi", 1)} lần`;
  const allowed = `hồ sơ cho phép gấp ${a.factor} lần`;
  if (a.basis === "best-month") return `${times} tháng giải ngân cao nhất (${pace(a, "shown", u, "vi")}; ${allowed})`;
  if (a.basis === "average") {
    return `${times} mức bình quân từ đầu năm (${pace(a, "shown", u, "vi")}/tháng qua ${a.elapsed} tháng; ${allowed})`;
  }
  return `trong khi kế hoạch đến ${day(a, "date")} là ${money(a, "planned", u, "vi")} mà chưa giải ngân được đồng nào`;
}

function paceComparedEn(a: MessageArgs, u: MoneyUnit): string {
  const times = `${formatNumber(Number(a.times), "en", 1)} times`;
  const allowed = `the profile allows ${a.factor} times`;
  if (a.basis === "best-month") return `${times} the best month so far (${pace(a, "shown", u, "en")}; ${allowed})`;
  if (a.basis === "average") {
    return `${times} the average pace this year (${pace(a, "shown", u, "en")} a month over ${a.elapsed} month(s); ${allowed})`;
  }
  return `while ${money(a, "planned", u, "en")} was planned by ${day(a, "date")} and nothing has been disbursed`;
}

function fmtPercent(a: MessageArgs, lang: Lang): string {
  const p = String(a.percent);
  return lang === "vi" ? p.replace(".", ",") : p;
}

const ROMAN = ["I", "II", "III", "IV"];

/** "các tháng 7–9" / "months 7–9", "quý III" / "quarter III". */
function periods(a: MessageArgs, lang: Lang): string {
  const q = Number(a.quarters) === 1;
  const name = (p: number): string => (q ? ROMAN[p - 1] : String(p));
  const range = Number(a.count) > 1 ? `${name(Number(a.first))}–${name(Number(a.last))}` : name(Number(a.first));
  if (lang === "vi") return `${Number(a.count) > 1 ? "các " : ""}${q ? "quý" : "tháng"} ${range}`;
  return `${q ? "quarter" : "month"}${Number(a.count) > 1 ? "s" : ""} ${range}`;
}

const day = (a: MessageArgs, key: string): string => formatDate(String(a[key]));

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function renderMessage(rule: RuleId, args: MessageArgs, unit: MoneyUnit, lang: Lang): string {
  return MESSAGES[rule][lang](args, unit);
}
