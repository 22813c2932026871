/**
 * Sample A: a district plan (Huyện Nam Trà My), two programmes (DTTS-MN, GNBV),
 * one column group per capital source (Tổng số / NSTW / NSĐP), one month
 * group per source, actuals per source, merged two-row header with a
 * column-number row, group rows as SUM formulas, signature block.
 */
import { a1 } from "../../src/engine/grid";
import { monthPlan, onTrackActual, type SourceId, toMonth } from "./plan-amounts";
import { Ledger } from "./ledger";
import { closeTable, font, HAIR_ROWS, NUMFMT, styleBox, styleHeader, THIN } from "./sheet-style";
import { fitRowHeight, setWidths } from "./sheet-size";
import { A3, addPlanSheet, headerDown, signatureBlock, title } from "./sheet-layout";
import { newWorkbook, save } from "./workbook-file";
import { cellOf, childSum, find, lastRow, layout, node, type Node, writeAmounts, writeText } from "./table";

const FILE = "huyen-nam-tra-my-dtts-mn-2024.xlsx";
const SHEET = "KH giai ngan 2024";

const SOURCES: SourceId[] = ["carryover-2022", "carryover-2023", "plan-2024"];
const ALLOC_COL: Record<SourceId, number> = { "carryover-2022": 6, "carryover-2023": 9, "plan-2024": 12 };
const MONTH_COL: Record<SourceId, number> = { "carryover-2022": 15, "carryover-2023": 27, "plan-2024": 39 };
const ACTUAL_COL: Record<SourceId, number> = { "carryover-2022": 51, "carryover-2023": 52, "plan-2024": 53 };
const NOTE_COL = 54;
const LAST_COL = 54;

/** Amounts in triệu đồng with at most one decimal; kept as integer tenths while building. */
const t = (x: number) => Math.round(x * 10);

interface Src {
  nstw: number;
  nsdp?: number;
  /** Custom month plan in triệu (12 entries), for deliberate cases. */
  months?: number[];
  /** Custom actual in triệu. */
  actual?: number;
}

const counters: Record<SourceId, number> = { "carryover-2022": 0, "carryover-2023": 0, "plan-2024": 0 };

function works(
  stt: string,
  label: string,
  code: string | undefined,
  owner: string | undefined,
  leader: string,
  src: Partial<Record<SourceId, Src>>,
  note?: string,
): Node {
  const n = node("item", stt, label, 4, { code, owner, leader, note });
  for (const s of SOURCES) {
    const a = src[s];
    if (!a) continue;
    const i = counters[s]++;
    const nstw = t(a.nstw);
    const nsdp = t(a.nsdp ?? 0);
    const total = nstw + nsdp;
    const months = a.months ? a.months.map(t) : monthPlan(total, s, i);
    if (months.reduce((x, y) => x + y, 0) !== total) throw new Error(`${label}: months do not add up for ${s}`);
    const actual = a.actual !== undefined ? t(a.actual) : onTrackActual(toMonth(months), i);
    const base = ALLOC_COL[s];
    n.cells.set(base, { formula: `${addrPlaceholder(base + 1)}+${addrPlaceholder(base + 2)}` });
    n.cells.set(base + 1, nstw / 10);
    if (nsdp) n.cells.set(base + 2, nsdp / 10);
    months.forEach((m, k) => {
      if (m) n.cells.set(MONTH_COL[s] + k, m / 10);
    });
    n.cells.set(ACTUAL_COL[s], actual / 10);
  }
  if (note) n.cells.set(NOTE_COL, note);
  return n;
}

/** Item formulas refer to their own row, which is known only after layout: "@F" is replaced then. */
function addrPlaceholder(c: number): string {
  return `@${c}`;
}

function fixRowRefs(flat: Node[]): void {
  for (const n of flat)
    for (const [c, v] of n.cells)
      if (v && typeof v === "object")
        n.cells.set(c, { formula: v.formula.replace(/@(\d+)/g, (_, k: string) => a1(n.row, Number(k))) });
}

function formulaOf(n: Node, c: number): string {
  return `=${childSum(n, c)}`;
}

const L1 = "Đinh Văn Hùng, PCT UBND huyện";
const L2 = "Hồ Thị Lan, PCT UBND huyện";
// The same leaders as other hands write them: matched ignoring titles, case and spacing.
const L1_AGAIN = "Đ/c Đinh Văn Hùng";
const L2_AGAIN = "PCT UBND huyện Hồ  Thị Lan";
const QLDA = "Ban QLDA ĐT-XD huyện";

function group(stt: string, label: string, level: number, children: Node[], extra: Partial<Node> = {}): Node {
  const g = node("group", stt, label, level, extra);
  g.children = children;
  return g;
}

function buildTree(): Node {
  for (const s of SOURCES) counters[s] = 0;
  const dtts = group("I", "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi", 1, [
    group("1", "Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt", 2, [
      works("-", "Nước sinh hoạt tập trung thôn 1, xã Trà Mai", "7981201", "UBND xã Trà Mai", L1, {
        "carryover-2022": { nstw: 850 },
        "plan-2024": { nstw: 1200, nsdp: 120 },
      }),
      works("-", "Nước sinh hoạt tập trung thôn 3, xã Trà Don", "7981202", "UBND xã Trà Don", L1_AGAIN, {
        "carryover-2023": { nstw: 640.5 },
        "plan-2024": { nstw: 1450, nsdp: 145 },
      }),
      works("-", "Hỗ trợ nhà ở cho hộ DTTS nghèo (42 hộ)", undefined, "Phòng Dân tộc", L2, {
        "plan-2024": { nstw: 1680 },
      }),
    ]),
    group(
      "2",
      "Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững, phát huy tiềm năng, thế mạnh của các vùng miền",
      2,
      [
        group(
          "a",
          "Tiểu dự án 1: Phát triển kinh tế nông, lâm nghiệp bền vững gắn với bảo vệ rừng và nâng cao thu nhập cho người dân",
          3,
          [
            works("-", "Khoán bảo vệ rừng, hỗ trợ trồng rừng sản xuất", undefined, "Hạt Kiểm lâm huyện", L2, {
              "carryover-2023": { nstw: 320 },
              "plan-2024": { nstw: 2150.8 },
            }),
          ],
        ),
        group("b", "Tiểu dự án 2: Hỗ trợ phát triển sản xuất theo chuỗi giá trị, vùng trồng dược liệu quý", 3, [
          works("-", "Hỗ trợ phát triển chuỗi giá trị sâm Ngọc Linh", undefined, "Phòng NN&PTNT", L2, {
            "plan-2024": { nstw: 980 },
          }),
        ]),
      ],
    ),
    group(
      "3",
      "Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu, phục vụ sản xuất, đời sống vùng đồng bào DTTS và miền núi",
      2,
      [
        group("a", "Tiểu dự án 1: Đầu tư cơ sở hạ tầng thiết yếu phục vụ sản xuất, đời sống", 3, [
          works("-", "Đường GTNT thôn 2 đi thôn 4, xã Trà Cang", "7981305", QLDA, L1, {
            "carryover-2022": { nstw: 1250.5 },
            "plan-2024": { nstw: 3200, nsdp: 320 },
          }),
          works(
            "-",
            "Cầu treo thôn 1, xã Trà Linh",
            "7981306",
            QLDA,
            L1,
            {
              // Far behind: 888 planned by end of May, 120 disbursed.
              "carryover-2023": {
                nstw: 1480,
                months: [74, 148, 222, 222, 222, 222, 222, 148, 0, 0, 0, 0],
                actual: 120,
              },
              "plan-2024": { nstw: 900 },
            },
            "Vướng giải phóng mặt bằng",
          ),
          // Deliberate: same code as the bridge above (copy-paste).
          works("-", "Nâng cấp đường vào khu sản xuất thôn 5, xã Trà Nam", "7981306", "UBND xã Trà Nam", L1, {
            "plan-2024": { nstw: 1650, nsdp: 165 },
          }),
          works("-", "Điểm trường mẫu giáo thôn 2, xã Trà Vân", "7981308", QLDA, L2_AGAIN, {
            // Deliberate: carryover-2023 money planned in September and October.
            "carryover-2023": { nstw: 560, months: [0, 0, 0, 80, 100, 100, 100, 80, 60, 40, 0, 0], actual: 175 },
            "plan-2024": { nstw: 1100 },
          }),
          works(
            "-",
            "Duy tu, bảo dưỡng công trình hạ tầng trên địa bàn huyện",
            undefined,
            "Phòng Kinh tế và Hạ tầng",
            L2,
            {
              "plan-2024": { nstw: 450 },
            },
          ),
        ]),
      ],
    ),
    group("4", "Dự án 5: Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực", 2, [
      group(
        "a",
        "Tiểu dự án 1: Đổi mới hoạt động, củng cố phát triển các trường PTDT nội trú, bán trú, có học sinh bán trú",
        3,
        [
          works("-", "Nhà ăn, nhà ở bán trú Trường PTDTBT THCS Trà Leng", "7981410", QLDA, L2, {
            "carryover-2022": { nstw: 780 },
            "plan-2024": { nstw: 2400, nsdp: 240 },
          }),
        ],
      ),
    ]),
    group(
      "5",
      "Dự án 6: Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc thiểu số gắn với phát triển du lịch",
      2,
      [
        // Deliberate: no chủ đầu tư.
        works("-", "Nhà sinh hoạt cộng đồng thôn 3, xã Trà Vinh", "7981415", undefined, L2, {
          "plan-2024": { nstw: 650 },
        }),
      ],
    ),
    group("6", "Dự án 10: Truyền thông, tuyên truyền, vận động trong vùng đồng bào DTTS và miền núi", 2, [
      works("-", "Tuyên truyền, phổ biến chính sách, pháp luật vùng đồng bào DTTS", undefined, "Phòng Dân tộc", L2, {
        "plan-2024": { nstw: 120.5 },
      }),
    ]),
  ]);

  const gnbv = group("II", "Chương trình MTQG giảm nghèo bền vững", 1, [
    group("1", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo", 2, [
      works("-", "Đường GTNT thôn 1 đi thôn 2, xã Trà Tập", "7981520", QLDA, L1, {
        // Deliberate: carryover-2022 money planned in July and August.
        "carryover-2022": { nstw: 960, months: [0, 0, 100, 150, 200, 210, 200, 100, 0, 0, 0, 0], actual: 440 },
        "plan-2024": { nstw: 2800 },
      }),
      works(
        "-",
        "Kè chống sạt lở khu dân cư thôn 4, xã Trà Don",
        "7981521",
        QLDA,
        L1,
        {
          // Far behind: 1 470 planned by end of May, 210 disbursed.
          "plan-2024": { nstw: 4200, months: [0, 210, 336, 420, 504, 420, 420, 420, 420, 420, 336, 294], actual: 210 },
        },
        "Chậm thi công, vướng thủ tục điều chỉnh chủ trương đầu tư",
      ),
      works("-", "Trường TH Trà Nam, hạng mục phòng học", "7981522", QLDA, L1, {
        "carryover-2023": { nstw: 720 },
        "plan-2024": { nstw: 1350 },
      }),
    ]),
    group("2", "Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", 2, [
      group("a", "Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp", 3, [
        works("-", "Mô hình hỗ trợ nuôi bò sinh sản, xã Trà Mai", undefined, "Phòng NN&PTNT", L2, {
          "carryover-2023": { nstw: 210 },
          "plan-2024": { nstw: 560 },
        }),
      ]),
      group("b", "Tiểu dự án 2: Cải thiện dinh dưỡng", 3, [
        works("-", "Cải thiện dinh dưỡng cho trẻ em dưới 16 tuổi", undefined, "Trung tâm Y tế huyện", L2, {
          "plan-2024": { nstw: 185.3 },
        }),
      ]),
    ]),
    group("3", "Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo", 2, [
      works("-", "Hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo", undefined, "Phòng LĐ-TB&XH", L2, {
        "carryover-2022": { nstw: 415 },
        "plan-2024": { nstw: 1520 },
      }),
    ]),
  ]);

  const total = node("total", "", "TỔNG CỘNG", 0, { sumStyle: "plus" });
  total.children = [dtts, gnbv];
  return total;
}

export async function makeDistrict(outDir: string, ledger: Ledger): Promise<void> {
  const wb = newWorkbook("Phòng Tài chính - Kế hoạch huyện Nam Trà My");
  const ws = addPlanSheet(wb, SHEET, { freeze: [2, 9], zoom: 85, paperSize: A3, printTitlesRow: "7:9" });

  // Title block.
  title(ws, "A1:E1", "UBND HUYỆN NAM TRÀ MY", font(12, { bold: false }));
  title(ws, "A2:E2", "PHÒNG TÀI CHÍNH - KẾ HOẠCH", font(12, { bold: true }));
  title(ws, "AM1:AX1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font(12, { bold: true }));
  title(ws, "AM2:AX2", "Độc lập - Tự do - Hạnh phúc", font(12, { bold: true }));
  title(ws, "A4:BB4", "KẾ HOẠCH GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM 2024", font(14, { bold: true }));
  title(
    ws,
    "A5:BB5",
    "(Kèm theo Báo cáo số 125/BC-TCKH ngày 05/6/2024 của Phòng Tài chính - Kế hoạch huyện Nam Trà My)",
    font(12, { italic: true }),
  );
  title(ws, "AY6:BB6", "ĐVT: triệu đồng", font(11, { italic: true }), { horizontal: "right" });

  // Header rows 7-8, column numbers in row 9.
  const vmerge = (c: number, text: string) => headerDown(ws, 7, c, text);
  vmerge(1, "STT");
  vmerge(2, "Tên dự án, tiểu dự án, công trình");
  vmerge(3, "Mã dự án");
  vmerge(4, "Chủ đầu tư");
  vmerge(5, "Lãnh đạo phụ trách");
  const allocTitle: Record<SourceId, string> = {
    "carryover-2022": "Vốn năm 2022 kéo dài sang 2024",
    "carryover-2023": "Vốn năm 2023 kéo dài sang 2024",
    "plan-2024": "Kế hoạch vốn năm 2024",
  };
  const monthTitle: Record<SourceId, string> = {
    "carryover-2022": "Kế hoạch giải ngân theo tháng - Vốn năm 2022 kéo dài",
    "carryover-2023": "Kế hoạch giải ngân theo tháng - Vốn năm 2023 kéo dài",
    "plan-2024": "Kế hoạch giải ngân theo tháng - Kế hoạch vốn năm 2024",
  };
  for (const s of SOURCES) {
    const a = ALLOC_COL[s];
    ws.mergeCells(7, a, 7, a + 2);
    ws.getCell(7, a).value = allocTitle[s];
    ws.getCell(8, a).value = "Tổng số";
    ws.getCell(8, a + 1).value = "NSTW";
    ws.getCell(8, a + 2).value = "NSĐP";
    const m = MONTH_COL[s];
    ws.mergeCells(7, m, 7, m + 11);
    ws.getCell(7, m).value = monthTitle[s];
    for (let k = 1; k <= 12; k++) ws.getCell(8, m + k - 1).value = `Tháng ${k}`;
  }
  ws.mergeCells(7, 51, 7, 53);
  ws.getCell(7, 51).value = "Giải ngân đến 31/5/2024";
  ws.getCell(8, 51).value = "Vốn năm 2022 kéo dài";
  ws.getCell(8, 52).value = "Vốn năm 2023 kéo dài";
  ws.getCell(8, 53).value = "Kế hoạch vốn năm 2024";
  vmerge(NOTE_COL, "Ghi chú");
  for (let c = 1; c <= LAST_COL; c++) ws.getCell(9, c).value = `(${c})`;
  styleHeader(ws, 7, 8, LAST_COL, 10.5);
  styleBox(ws, 9, 1, 9, LAST_COL, {
    font: font(9, { italic: true }),
    border: THIN,
    alignment: { horizontal: "center", vertical: "middle" },
  });
  ws.getRow(7).height = 45;
  ws.getRow(8).height = 42;

  // Body.
  const root = buildTree();
  const flat = layout(root, 10);
  fixRowRefs(flat);
  const sumCols: number[] = [];
  for (let c = 6; c <= 53; c++) sumCols.push(c);

  const da4tda1 = find(flat, "Tiểu dự án 1: Đầu tư cơ sở hạ tầng thiết yếu");
  const l = ALLOC_COL["plan-2024"];
  writeAmounts(ws, flat, sumCols, (n, c) => {
    // Deliberate: the sub-project's 2024 total misses its last child (a row inserted below the range).
    if (n === da4tda1 && c === l) {
      const rows = n.children.map((k) => k.row);
      return { formula: `SUM(${a1(Math.min(...rows), c)}:${a1(Math.max(...rows) - 1, c)})` };
    }
    return undefined;
  });
  const last = lastRow(flat);
  writeText(ws, flat, { stt: 1, label: 2, code: 3, owner: 4, leader: 5 });
  for (const n of flat) {
    const r = n.row;
    const bold = n.kind !== "item";
    const italic = n.level === 3;
    styleBox(ws, r, 1, r, LAST_COL, {
      font: font(11, { bold, italic }),
      border: n.kind === "total" ? THIN : HAIR_ROWS,
      alignment: { vertical: "middle", wrapText: true },
    });
    styleBox(ws, r, 6, r, 53, { numFmt: NUMFMT.million, alignment: { vertical: "middle", horizontal: "right" } });
    ws.getCell(r, 1).alignment = { horizontal: "center", vertical: "middle" };
    ws.getCell(r, 3).alignment = { horizontal: "center", vertical: "middle" };
    if (n.kind === "total") ws.getCell(r, 2).alignment = { horizontal: "center", vertical: "middle" };
  }
  // Close the table with a solid bottom line.
  closeTable(ws, last, LAST_COL);

  // Column widths.
  setWidths(ws, [5, 46, 9.5, 20, 26]);
  for (let c = 6; c <= 14; c++) ws.getColumn(c).width = 10;
  for (let c = 15; c <= 50; c++) ws.getColumn(c).width = 8.5;
  for (let c = 51; c <= 53; c++) ws.getColumn(c).width = 11;
  ws.getColumn(NOTE_COL).width = 18;
  for (const n of flat) fitRowHeight(ws, n.row, [2, 4, 5, NOTE_COL]);

  signatureBlock(ws, last + 2, {
    place: "Nam Trà My, ngày 05 tháng 6 năm 2024",
    leftCols: [2, 4],
    rightCols: [39, 50],
    leftTitle: "Người lập biểu",
    rightTitle: "Thủ trưởng đơn vị",
    rightOver: "TRƯỞNG PHÒNG TÀI CHÍNH - KẾ HOẠCH",
    leftName: "Trần Thị Thu Hà",
    rightName: "Nguyễn Văn Bình",
  });

  await save(wb, `${outDir}/${FILE}`);

  // Ledger.
  ledger.tables.push({
    file: FILE,
    sheet: SHEET,
    layout:
      "One column group per source (Tổng số/NSTW/NSĐP), one month group per source (Tháng 1…12), actuals per source; merged 2-row header + column-number row; I/1/a/- hierarchy",
    headerRows: [7, 8],
    firstDataRow: 10,
    lastDataRow: last,
    unit: "million-vnd",
    granularity: "month",
    sources: SOURCES,
    programmes: ["dtts-mn", "gnbv"],
    features: [
      "title rows 1–6 (quốc hiệu, title, 'ĐVT: triệu đồng' in AY6), freeze panes at C10",
      "row 9 holds column numbers (1)…(54)",
      "Tổng số = NSTW + NSĐP as a formula on each works row; NSĐP mostly empty",
      `group rows: '+' of the programmes (total, e.g. ${formulaOf(root, 12)}), SUM(list) of their projects (programmes), SUM(range) of works, a bare reference when there is one child (e.g. ${formulaOf(find(flat, "Dự án 5: Phát triển giáo dục"), 12)})`,
      "zeros display as '-' (number format #,##0.0;-#,##0.0;\"-\")",
      "'Ghi chú' text in BB; signature block below the table",
    ],
  });
  const M = (cell: string, rule: string, note: string, consequence = false) =>
    ledger.add({ file: FILE, sheet: SHEET, cell, rule, note, consequence });
  M(
    cellOf(da4tda1, l),
    "group-sum-mismatch",
    `Tiểu dự án 1 (Dự án 4) plan-2024 Tổng số is SUM(${a1(da4tda1.children[0].row, l)}:${a1(da4tda1.children[da4tda1.children.length - 1].row - 1, l)}): misses its last child "Duy tu, bảo dưỡng…" (450,0)`,
  );
  const dup = find(flat, "Nâng cấp đường vào khu sản xuất thôn 5");
  M(
    cellOf(dup, 3),
    "duplicate-code",
    "code 7981306 already used by 'Cầu treo thôn 1, xã Trà Linh' (plan-2024 on both rows)",
  );
  M(cellOf(find(flat, "Nhà sinh hoạt cộng đồng thôn 3"), 4), "missing-required", "works line without chủ đầu tư");
  const tratap = find(flat, "Đường GTNT thôn 1 đi thôn 2, xã Trà Tập");
  M(
    `${cellOf(tratap, MONTH_COL["carryover-2022"] + 6)}:${cellOf(tratap, MONTH_COL["carryover-2022"] + 7)}`,
    "plan-after-deadline",
    "carryover-2022 (deadline 30/6/2024) has 200,0 planned in Tháng 7 and 100,0 in Tháng 8",
  );
  const travan = find(flat, "Điểm trường mẫu giáo thôn 2, xã Trà Vân");
  M(
    `${cellOf(travan, MONTH_COL["carryover-2023"] + 8)}:${cellOf(travan, MONTH_COL["carryover-2023"] + 9)}`,
    "plan-after-deadline",
    "carryover-2023 (deadline 31/8/2024) has 60,0 planned in Tháng 9 and 40,0 in Tháng 10",
  );
  const cau = find(flat, "Cầu treo thôn 1, xã Trà Linh");
  M(
    cellOf(cau, ACTUAL_COL["carryover-2023"]),
    "actual-behind-plan",
    "carryover-2023: 888,0 planned by Tháng 5, 120,0 disbursed (13,5%)",
  );
  const ke = find(flat, "Kè chống sạt lở khu dân cư thôn 4");
  M(
    cellOf(ke, ACTUAL_COL["plan-2024"]),
    "actual-behind-plan",
    "plan-2024: 1.470,0 planned by Tháng 5, 210,0 disbursed (14,3%)",
  );
}
