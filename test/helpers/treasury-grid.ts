/**
 * A State Treasury export as a Grid: projects grouped under each unit,
 * allocations ("Dự toán năm 2024") and payments ("Lũy kế thanh toán") in
 * đồng, as the Treasury's reports lay them out.
 */

import type { CellValue, Grid } from "../../src/engine/grid";
import { grid } from "./grid";

export interface TreasuryUnit {
  unit: string;
  projects: { code: string; label: string; allocated: number; paid: number }[];
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

export function treasuryGrid(units: TreasuryUnit[]): Grid {
  const rows: (CellValue[] | undefined)[] = [
    ["KHO BẠC NHÀ NƯỚC QUẢNG NAM"],
    ["BÁO CÁO TÌNH HÌNH THANH TOÁN VỐN ĐẦU TƯ CÁC CHƯƠNG TRÌNH MTQG NĂM 2024"],
    ["Đơn vị: đồng"],
    ["STT", "Mã dự án", "Tên dự án", "Dự toán năm 2024", "Lũy kế thanh toán đến 31/5/2024"],
  ];
  units.forEach((u, i) => {
    const sum = (k: "allocated" | "paid"): number => u.projects.reduce((s, p) => s + p[k], 0);
    rows.push([ROMAN[i], null, u.unit, sum("allocated"), sum("paid")]);
    u.projects.forEach((p, k) => rows.push([String(k + 1), p.code, p.label, p.allocated, p.paid]));
  });
  return grid({ sheet: "Bao cao KBNN", rows });
}
