/** An allocation annex as units leave it in a submissions folder: capital per project, no plan by period, no disbursement. */

import type { Grid } from "../../src/engine/grid";
import { grid } from "./grid";

export function allocationAnnex(issuer: string, projects: { label: string; code: string; allocated: number }[]): Grid {
  return grid({
    sheet: "Phu luc giao von",
    rows: [
      [issuer, null, null, "Phụ lục 02"],
      ["PHƯƠNG ÁN PHÂN BỔ KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN NGUỒN NSTW NĂM 2024"],
      ["ĐVT: triệu đồng"],
      ["STT", "Danh mục dự án", "Mã dự án", "Kế hoạch vốn năm 2024"],
      ...projects.map((p, i) => [String(i + 1), p.label, p.code, p.allocated / 1e6]),
    ],
  });
}
