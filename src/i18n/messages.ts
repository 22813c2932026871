/**
 * Finding messages, Vietnamese first, English available. Each says what is
 * wrong, by how much, and what would fix it. Rule ids are a contract; these
 * words are not.
 */

import type { RuleId, Unit } from "../engine/report-types";
import type { MessageArgs } from "../engine/lines";
import { Lang, formatAmount } from "./format";

type Render = (a: MessageArgs, unit: Unit) => string;

const money = (a: MessageArgs, key: string, unit: Unit, lang: Lang): string =>
  formatAmount(Number(a[key] ?? 0), unit, lang);

const FIELD: Record<string, Record<Lang, string>> = {
  label: { vi: "tên dòng (dự án, nội dung)", en: "the line's name (project, content)" },
  owner: { vi: "chủ đầu tư", en: "the investor (chủ đầu tư)" },
  leader: { vi: "lãnh đạo chịu trách nhiệm", en: "the responsible leader" },
};

export const MESSAGES: Partial<Record<RuleId, Record<Lang, Render>>> = {
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
};

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function renderMessage(rule: RuleId, args: MessageArgs, unit: Unit, lang: Lang): string {
  const render = MESSAGES[rule]?.[lang];
  return render ? render(args, unit) : rule;
}
