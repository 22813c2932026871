/**
 * Columns the State Treasury's exports carry and plan tables seldom do, told
 * apart by their headers (normalized text): the budget-unit code ("Mã
 * ĐVQHNS", "Mã đơn vị QHNS"), seven digits like a project code but naming who
 * spends, not what is built; the area ("Địa bàn") projects are grouped by;
 * and the plan year ("Năm KH vốn", "Niên độ", "Năm kế hoạch") whose capital a
 * row pays, which names the row's source. Recognised before the project code
 * and the allocation, whose words they share.
 */

import { fold } from "../text";

export type TreasuryRole = "unit-code" | "area" | "plan-year";

export function treasuryRoleOf(seg: string): TreasuryRole | null {
  // A code of the spending unit or of the area, not of the project.
  if (/^ma\b/.test(seg) && /\b(dvqhns|qhns|quan he (voi )?ngan sach|dvsdns|dia ban)\b/.test(seg)) return "unit-code";
  if (/^(ten )?dia ban\b/.test(seg)) return "area";
  if (/^(nam (ke hoach|ngan sach)( von)?|nien do( ngan sach)?|nam von ke hoach)$/.test(seg)) return "plan-year";
  return null;
}

/**
 * The source a plan-year cell names through the profile: the plan year's own capital, or capital of
 * an earlier year carried over into it ("2023" in a 2024 export is carryover-2023); null when the
 * cell holds no year, or one after the plan's.
 */
export function sourceOfPlanYear(cell: string, planYear: number): string | null {
  const m = /^(?:nam\s+)?(20\d\d)$/.exec(fold(cell));
  if (!m) return null;
  const year = Number(m[1]);
  if (year === planYear) return `plan-${year}`;
  return year < planYear ? `carryover-${year}` : null;
}
