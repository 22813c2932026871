/**
 * A large plan workbook for benchmarks: a district's monthly plan of `lines`
 * works lines (about 20 cells each) under a merged two-row header, grouped
 * by project with group rows that hold the sums of their children. Written
 * with ExcelJS's streaming writer so that generating it stays small too.
 */

import ExcelJS from "exceljs";

const MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

/** `unit` names the submitting unit in the title row (consolidation tells files apart by it). */
export async function generatePlan(file: string, lines: number, unit = "HUYỆN THỬ NGHIỆM"): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet("KH giai ngan 2024");
  ws.addRow([`UBND ${unit}`]);
  ws.addRow(["KẾ HOẠCH GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM 2024"]);
  ws.addRow(["ĐVT: triệu đồng"]);
  ws.addRow([
    "STT",
    "Tên dự án, công trình",
    "Mã dự án",
    "Chủ đầu tư",
    "Kế hoạch vốn năm 2024",
    "Kế hoạch giải ngân",
    ...Array(11).fill(null),
    "Giải ngân đến 31/5/2024",
    "Ghi chú",
  ]);
  ws.addRow([null, null, null, null, null, ...MONTHS]);
  // The streaming writer merges only rows not yet committed.
  for (const m of ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:Q4", "R4:R5", "S4:S5"]) ws.mergeCells(m);
  const perGroup = 50;
  let written = 0;
  let group = 0;
  while (written < lines) {
    group++;
    const n = Math.min(perGroup, lines - written);
    const items: number[][] = [];
    for (let i = 0; i < n; i++) {
      const k = written + i;
      const months = Array.from({ length: 12 }, (_, m) => ((k * 7 + m * 13) % 50) + 0.5);
      const allocated = months.reduce((s, v) => s + v, 0);
      items.push([allocated, ...months, months.slice(0, 5).reduce((s, v) => s + v, 0)]);
    }
    const sums = items[0].map((_, c) => Math.round(items.reduce((s, r) => s + r[c], 0) * 10) / 10);
    ws.addRow([String(group), `Dự án nhóm ${group}`, null, null, ...sums]).commit();
    items.forEach((values, i) => {
      const k = written + i;
      ws.addRow([
        "-",
        `Công trình số ${k + 1}, thôn ${(k % 12) + 1}`,
        String(7_000_000 + k),
        `UBND xã ${(k % 40) + 1}`,
        ...values,
        null,
      ]).commit();
    });
    written += n;
  }
  ws.addRow([]).commit();
  ws.addRow([null, "Người lập biểu", null, null, null, null, "Thủ trưởng đơn vị"]).commit();
  ws.commit();
  await wb.commit();
}
