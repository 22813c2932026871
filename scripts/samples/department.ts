/**
 * Sample B: a department plan (Sở Lao động - Thương binh và Xã hội), GNBV
 * programme, recurrent funds, amounts in đồng, quarterly plan (Quý I…IV), a
 * "Nguồn vốn" column naming each row's capital source, "Trong đó" breakdown
 * rows by SUMIF under the total, a vertically merged content label.
 */
import { split } from "../../test/helpers/integer-split";
import { columnLetter } from "../../src/engine/grid";
import type { SourceId } from "./plan-amounts";
import { Ledger } from "./ledger";
import { closeTable, font, HAIR_ROWS, NUMFMT, styleBox, styleHeader, THIN } from "./sheet-style";
import { fitRowHeight, setWidths } from "./sheet-size";
import { addPlanSheet, headerDown, signatureBlock, title } from "./sheet-layout";
import { newWorkbook, save } from "./workbook-file";
import { cellOf, find, lastRow, layout, node, type Node, put, writeAmounts, writeText } from "./table";

const FILE = "so-ldtbxh-gnbv-2024.xlsx";
const SHEET = "Bieu 01-GNBV";

const C = {
  stt: 1,
  label: 2,
  owner: 3,
  source: 4,
  alloc: 5,
  q1: 6,
  total: 10,
  actual: 11,
  rate: 12,
  note: 13,
  ask: 14,
};
const LAST_COL = 14;

const SOURCE_TEXT: Record<SourceId, string> = {
  "carryover-2022": "Vốn 2022 kéo dài",
  "carryover-2023": "Vốn 2023 kéo dài",
  "plan-2024": "Vốn 2024",
};

/** Quarter weights for clean lines: c22 and c23 finish by June, p24 spreads over the year. */
const QW: Record<SourceId, number[][]> = {
  "carryover-2022": [
    [40, 60, 0, 0],
    [45, 55, 0, 0],
  ],
  "carryover-2023": [
    [35, 65, 0, 0],
    [30, 70, 0, 0],
  ],
  "plan-2024": [
    [15, 30, 30, 25],
    [20, 30, 30, 20],
  ],
};
const F = [1.0, 0.98, 1.03, 1.01, 0.97];

interface Row {
  label: string;
  owner?: string;
  src: SourceId;
  /** allocation in đồng */
  alloc: number;
  /** custom quarters in đồng */
  q?: number[];
  actual?: number | string;
  /** Obstacles ("Khó khăn, vướng mắc") and recommendations ("Kiến nghị, đề xuất"), each in its own column. */
  note?: string;
  ask?: string;
}

let k = 0;
function line(r: Row): Node {
  const n = node("item", "-", r.label, 4, { owner: r.owner, tag: r.src });
  const thousands = r.alloc / 1000;
  const q = r.q ?? split(thousands, QW[r.src][k % 2]).map((x) => x * 1000);
  // The plan to 31/5 counts two thirds of Quý II.
  const toDate = q[0] + (q[1] * 2) / 3;
  const actual = r.actual ?? Math.round((toDate * F[k % F.length]) / 1000) * 1000;
  k++;
  n.cells.set(C.source, SOURCE_TEXT[r.src]);
  n.cells.set(C.alloc, r.alloc);
  q.forEach((v, i) => {
    if (v) n.cells.set(C.q1 + i, v);
  });
  n.cells.set(C.total, { formula: "SUM(@F:@I)" });
  n.cells.set(C.actual, actual);
  n.cells.set(C.rate, { formula: "IFERROR(@K/@E,0)" });
  if (r.note) n.cells.set(C.note, r.note);
  if (r.ask) n.cells.set(C.ask, r.ask);
  return n;
}

function group(stt: string, label: string, level: number, children: Node[]): Node {
  const g = node("group", stt, label, level);
  g.children = children;
  g.cells.set(C.rate, { formula: "IFERROR(@K/@E,0)" });
  return g;
}

const VP = "Văn phòng Sở";
const BTXH = "Phòng Bảo trợ xã hội - Giảm nghèo";
const GDNN = "Phòng Giáo dục nghề nghiệp";
const TTDVVL = "Trung tâm Dịch vụ việc làm tỉnh";
const DAO_TAO = "Đào tạo nghề cho người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo";

function buildTree(): Node {
  k = 0;
  const total = node("total", "", "TỔNG CỘNG", 0, { sumStyle: "plus" });
  total.cells.set(C.rate, { formula: "IFERROR(@K/@E,0)" });
  total.children = [
    group(
      "1",
      "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo",
      2,
      [
        line({
          label: "Kiểm tra, hướng dẫn thực hiện Dự án 1 tại các huyện nghèo",
          owner: VP,
          src: "plan-2024",
          alloc: 120_000_000,
        }),
      ],
    ),
    group("2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", 2, [
      line({
        label: "Mô hình giảm nghèo gắn với phát triển du lịch cộng đồng tại huyện Tây Giang",
        owner: BTXH,
        src: "carryover-2022",
        alloc: 850_000_000,
      }),
      line({
        label: "Mô hình giảm nghèo gắn với phát triển du lịch cộng đồng tại huyện Tây Giang",
        owner: BTXH,
        src: "plan-2024",
        alloc: 1_200_000_000,
      }),
      line({
        label: "Mô hình nuôi gà thả vườn theo chuỗi giá trị tại huyện Phước Sơn",
        owner: BTXH,
        src: "carryover-2023",
        alloc: 640_500_000,
      }),
    ]),
    group("3", "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", 2, [
      line({ label: "Hướng dẫn, kiểm tra thực hiện Dự án 3", owner: VP, src: "plan-2024", alloc: 95_000_000 }),
    ]),
    group("4", "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững", 2, [
      group("a", "Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn", 3, [
        // Deliberate: carryover-2022 money planned in Quý III.
        line({
          label: DAO_TAO,
          owner: GDNN,
          src: "carryover-2022",
          alloc: 1_450_000_000,
          q: [500_000_000, 600_000_000, 350_000_000, 0],
          actual: 900_000_000,
        }),
        line({ label: DAO_TAO, owner: GDNN, src: "carryover-2023", alloc: 2_100_000_000 }),
        line({ label: DAO_TAO, owner: GDNN, src: "plan-2024", alloc: 3_500_000_000 }),
        // Deliberate: far behind.
        line({
          label: "Mua sắm thiết bị đào tạo nghề cho Trường Trung cấp nghề Bắc Quảng Nam",
          owner: GDNN,
          src: "plan-2024",
          alloc: 4_800_000_000,
          q: [720_000_000, 1_440_000_000, 1_440_000_000, 1_200_000_000],
          actual: 150_000_000,
          note: "Đang lựa chọn nhà thầu",
          ask: "Đề nghị Sở Tài chính sớm thẩm định dự toán mua sắm thiết bị",
        }),
      ]),
      group("b", "Tiểu dự án 2: Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng", 3, [
        // Deliberate: carryover-2023 money planned in Quý IV.
        line({
          label: "Hỗ trợ người lao động thuộc hộ nghèo, hộ cận nghèo, người DTTS đi làm việc ở nước ngoài",
          owner: TTDVVL,
          src: "carryover-2023",
          alloc: 380_000_000,
          q: [100_000_000, 150_000_000, 0, 130_000_000],
          actual: 200_000_000,
          note: "Thông tư hướng dẫn mức hỗ trợ người lao động đi làm việc ở nước ngoài chưa được ban hành",
        }),
        line({
          label: "Hỗ trợ người lao động thuộc hộ nghèo, hộ cận nghèo, người DTTS đi làm việc ở nước ngoài",
          owner: TTDVVL,
          src: "plan-2024",
          alloc: 560_000_000,
        }),
      ]),
      group("c", "Tiểu dự án 3: Hỗ trợ việc làm bền vững", 3, [
        // Deliberate: quarters add up to 1 100 000 000, allocation is 1 150 000 000.
        line({
          label: "Xây dựng cơ sở dữ liệu thị trường lao động",
          owner: TTDVVL,
          src: "plan-2024",
          alloc: 1_150_000_000,
          q: [150_000_000, 300_000_000, 350_000_000, 300_000_000],
          actual: 350_000_000,
        }),
        // Deliberate: disbursed more than allocated.
        line({
          label: "Tổ chức sàn giao dịch việc làm lưu động tại các huyện miền núi",
          owner: TTDVVL,
          src: "carryover-2022",
          alloc: 210_000_000,
          q: [90_000_000, 120_000_000, 0, 0],
          actual: 235_000_000,
        }),
      ]),
    ]),
    group("5", "Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo", 2, [
      line({ label: "Kiểm tra, đôn đốc thực hiện hỗ trợ nhà ở", owner: BTXH, src: "plan-2024", alloc: 75_000_000 }),
    ]),
    group("6", "Dự án 6: Truyền thông và giảm nghèo về thông tin", 2, [
      group("", "Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều", 3, [
        line({
          label: "Tổ chức các hoạt động truyền thông về giảm nghèo đa chiều",
          owner: VP,
          src: "carryover-2023",
          alloc: 260_000_000,
        }),
        // Deliberate: text instead of an amount.
        line({
          label: "Tổ chức các hoạt động truyền thông về giảm nghèo đa chiều",
          owner: VP,
          src: "plan-2024",
          alloc: 450_000_000,
          actual: "chưa có",
        }),
      ]),
    ]),
    group("7", "Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình", 2, [
      group("a", "Tiểu dự án 1: Nâng cao năng lực thực hiện Chương trình", 3, [
        // Deliberate: no đơn vị thực hiện.
        line({
          label: "Tập huấn nâng cao năng lực cho cán bộ làm công tác giảm nghèo các cấp",
          src: "plan-2024",
          alloc: 680_000_000,
        }),
        line({
          label: "Tập huấn nâng cao năng lực cho cán bộ làm công tác giảm nghèo các cấp",
          owner: BTXH,
          src: "carryover-2022",
          alloc: 145_500_000,
        }),
      ]),
      group("b", "Tiểu dự án 2: Giám sát, đánh giá", 3, [
        line({
          label: "Kiểm tra, giám sát, đánh giá thực hiện Chương trình năm 2024",
          owner: VP,
          src: "plan-2024",
          alloc: 320_000_000,
        }),
      ]),
    ]),
  ];
  return total;
}

export async function makeDepartment(outDir: string, ledger: Ledger): Promise<void> {
  const wb = newWorkbook("Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam");
  const ws = addPlanSheet(wb, SHEET, { freeze: [0, 8], zoom: 90, printTitlesRow: "7:8", marginLeft: 0.4 });
  title(ws, "A1:C1", "UBND TỈNH QUẢNG NAM", font(12));
  title(ws, "A2:C2", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", font(12, { bold: true }));
  title(ws, "H1:M1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font(12, { bold: true }));
  title(ws, "H2:M2", "Độc lập - Tự do - Hạnh phúc", font(12, { bold: true }));
  title(
    ws,
    "A4:M4",
    "KẾ HOẠCH GIẢI NGÂN KINH PHÍ SỰ NGHIỆP CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2024",
    font(13, { bold: true }),
  );
  title(
    ws,
    "A5:M5",
    "(Kèm theo Công văn số 1234/SLĐTBXH-BTXH ngày 08/4/2024 của Sở Lao động - TB&XH)",
    font(11, { italic: true }),
  );
  title(ws, "K6:M6", "Đơn vị tính: đồng", font(11, { italic: true }), { horizontal: "right" });

  const v = (c: number, text: string) => headerDown(ws, 7, c, text);
  v(C.stt, "STT");
  v(C.label, "Nội dung");
  v(C.owner, "Đơn vị thực hiện");
  v(C.source, "Nguồn vốn");
  v(C.alloc, "Kế hoạch vốn được giao");
  ws.mergeCells(7, C.q1, 7, C.q1 + 3);
  ws.getCell(7, C.q1).value = "Kế hoạch giải ngân năm 2024";
  ["Quý I", "Quý II", "Quý III", "Quý IV"].forEach((q, i) => (ws.getCell(8, C.q1 + i).value = q));
  v(C.total, "Cộng kế hoạch giải ngân");
  v(C.actual, "Lũy kế giải ngân đến 31/5/2024");
  v(C.rate, "Tỷ lệ giải ngân (%)");
  v(C.note, "Khó khăn, vướng mắc");
  v(C.ask, "Kiến nghị, đề xuất");
  styleHeader(ws, 7, 8, LAST_COL);
  ws.getRow(7).height = 33;
  ws.getRow(8).height = 33;

  const root = buildTree();
  // Total in row 9, then "Trong đó:" and three breakdown rows, then the projects from row 14.
  const flat = layout(root, 13);
  root.row = 9;
  const last = lastRow(flat);
  for (const n of flat)
    for (const [c, val] of n.cells)
      if (val && typeof val === "object")
        n.cells.set(c, { formula: val.formula.replace(/@([A-Z]+)/g, (_, L: string) => `${L}${n.row}`) });

  const sumCols = [C.alloc, C.q1, C.q1 + 1, C.q1 + 2, C.q1 + 3, C.total, C.actual];
  writeAmounts(ws, flat, sumCols);

  // "Trong đó" rows.
  ws.getCell(10, C.label).value = "Trong đó:";
  const srcs: SourceId[] = ["carryover-2022", "carryover-2023", "plan-2024"];
  srcs.forEach((s, i) => {
    const row = 11 + i;
    ws.getCell(row, C.label).value = `- ${SOURCE_TEXT[s]}`;
    for (const c of sumCols) {
      const L = columnLetter(c);
      put(ws, row, c, { formula: `SUMIF($D$14:$D$${last},"${SOURCE_TEXT[s]}",${L}$14:${L}$${last})` });
    }
    put(ws, row, C.rate, { formula: `IFERROR(K${row}/E${row},0)` });
  });

  writeText(ws, flat, C);
  // The training content spans three source rows: its label and unit are merged vertically, as typed.
  const dt = flat.filter((n) => n.label === DAO_TAO);
  ws.mergeCells(dt[0].row, C.label, dt[2].row, C.label);
  ws.mergeCells(dt[0].row, C.owner, dt[2].row, C.owner);

  for (let row = 9; row <= last; row++) {
    const n = flat.find((x) => x.row === row);
    const bold = !n || n.kind !== "item";
    const italic = (n && n.level === 3) || (row >= 10 && row <= 13);
    styleBox(ws, row, 1, row, LAST_COL, {
      font: font(11, { bold: bold && !(row >= 10 && row <= 13), italic }),
      border: row === 9 ? THIN : HAIR_ROWS,
      alignment: { vertical: "middle", wrapText: true },
    });
    styleBox(ws, row, C.alloc, row, C.actual, { numFmt: NUMFMT.vnd, alignment: { vertical: "middle" } });
    ws.getCell(row, C.rate).numFmt = NUMFMT.percent;
    ws.getCell(row, C.stt).alignment = { horizontal: "center", vertical: "middle" };
    ws.getCell(row, C.source).alignment = { horizontal: "center", vertical: "middle" };
  }
  ws.getCell(9, C.label).alignment = { horizontal: "center", vertical: "middle" };
  closeTable(ws, last, LAST_COL);

  const widths = [5, 50, 24, 16, 16, 15, 15, 15, 15, 16, 16, 9, 24, 26];
  setWidths(ws, widths);
  for (const n of flat) fitRowHeight(ws, n.row, [C.label, C.owner, C.note, C.ask]);
  // Merged labels: the first row of the merge must not grow; spread the height.
  for (const n of dt) ws.getRow(n.row).height = 21;

  signatureBlock(ws, last + 2, {
    place: "Quảng Nam, ngày 03 tháng 6 năm 2024",
    leftCols: [2, 2],
    rightCols: [8, 12],
    leftTitle: "Người lập biểu",
    rightTitle: "PHÓ GIÁM ĐỐC",
    rightOver: "KT. GIÁM ĐỐC",
    leftName: "Lê Thị Kim Oanh",
    rightName: "Phạm Văn Thành",
  });

  await save(wb, `${outDir}/${FILE}`);

  ledger.tables.push({
    file: FILE,
    sheet: SHEET,
    layout:
      "Department plan: one row per (content, source) with a 'Nguồn vốn' column; quarterly plan Quý I…IV; 'Trong đó' SUMIF rows under the total",
    headerRows: [7, 8],
    firstDataRow: 9,
    lastDataRow: last,
    unit: "vnd",
    granularity: "quarter",
    sources: srcs,
    programmes: ["gnbv"],
    features: [
      "amounts in đồng ('Đơn vị tính: đồng' in K6), format #,##0",
      "rows 10–13 'Trong đó: - Vốn 2022 kéo dài / - Vốn 2023 kéo dài / - Vốn 2024' are SUMIF breakdowns of the total, not plan lines",
      `the label '${DAO_TAO.slice(0, 30)}…' and its unit are merged over rows ${dt[0].row}–${dt[2].row} (one row per source): not a missing name`,
      "Tỷ lệ giải ngân (%) column = IFERROR(K/E,0), a percentage, not an amount",
      "Cộng kế hoạch giải ngân (J) = SUM(F:I) per row",
      "no project codes, no leader column; a sub-project with empty STT (Dự án 6)",
      "clean carryover-2023 lines plan only in Quý I–II (Quý III straddles the 31/8 deadline)",
    ],
  });
  const M = (cell: string, rule: string, note: string) => ledger.add({ file: FILE, sheet: SHEET, cell, rule, note });
  const c22dt = dt[0];
  M(
    cellOf(c22dt, C.q1 + 2),
    "plan-after-deadline",
    "Vốn 2022 kéo dài (deadline 30/6/2024): 350.000.000 planned in Quý III",
  );
  const xk = find(flat, "Hỗ trợ người lao động thuộc hộ nghèo");
  M(
    cellOf(xk, C.q1 + 3),
    "plan-after-deadline",
    "Vốn 2023 kéo dài (deadline 31/8/2024): 130.000.000 planned in Quý IV",
  );
  const ms = find(flat, "Mua sắm thiết bị đào tạo nghề");
  M(
    cellOf(ms, C.actual),
    "actual-behind-plan",
    "Vốn 2024: 1.680.000.000 planned by 31/5 (Quý I + 2/3 Quý II; 720.000.000 by end of Quý I), 150.000.000 disbursed",
  );
  const db = find(flat, "Xây dựng cơ sở dữ liệu thị trường lao động");
  M(cellOf(db, C.alloc), "plan-total-mismatch", "allocated 1.150.000.000, quarters add up to 1.100.000.000 (J)");
  const sg = find(flat, "Tổ chức sàn giao dịch việc làm");
  M(cellOf(sg, C.actual), "actual-exceeds-allocated", "disbursed 235.000.000 of 210.000.000 allocated");
  const tt = find(flat, "Tổ chức các hoạt động truyền thông", 1);
  M(cellOf(tt, C.actual), "not-a-number", "actual typed as 'chưa có'");
  const th = find(flat, "Tập huấn nâng cao năng lực");
  M(cellOf(th, C.owner), "missing-required", "no đơn vị thực hiện (the table's owner column)");
}
