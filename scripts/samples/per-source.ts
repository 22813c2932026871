/**
 * Sample C: one sheet per capital source (Huyện Tây Giang, DTTS-MN), short
 * month headers T1…T12 interleaved with Quý I…IV (quarters are SUM formulas of
 * their months), a "Lũy kế giải ngân" column, a hidden row, a blank separator
 * row inside the table, a stray note under it, and a summary sheet first.
 */
import { a1, columnLetter } from "../../src/engine/grid";
import { AS_OF_MONTH, monthPlan, onTrackActual, type SourceId, toMonth } from "./plan-amounts";
import { Ledger } from "./ledger";
import { closeTable, font, HAIR_ROWS, NUMFMT, styleBox, styleHeader, THIN } from "./sheet-style";
import { fitRowHeight } from "./sheet-size";
import { addPlanSheet, headerDown, signatureBlock, title } from "./sheet-layout";
import { newWorkbook, save } from "./workbook-file";
import { cellOf, find, lastRow, layout, node, type Node, put, writeAmounts, writeText } from "./table";

const FILE = "huyen-tay-giang-theo-nguon-2024.xlsx";

const C = { stt: 1, label: 2, code: 3, owner: 4, alloc: 5, total: 22, actual: 23, note: 24 };
const LAST_COL = 24;
const monthCol = (m: number) => 6 + (m - 1) + Math.floor((m - 1) / 3);
const quarterCol = (q: number) => 5 + 4 * q;

const t = (x: number) => Math.round(x * 10);

interface Spec {
  label: string;
  code?: string;
  owner: string;
  alloc: number;
  months?: number[];
  actual?: number;
  note?: string;
  hidden?: boolean;
}

interface SheetDef {
  name: string;
  src: SourceId;
  title: string;
  tree: Node;
}

const QLDA = "Ban QLDA ĐT-XD huyện";

function makeLine(spec: Spec, src: SourceId, i: number): Node {
  const n = node("item", "-", spec.label, 4, { code: spec.code, owner: spec.owner, hidden: spec.hidden });
  const total = t(spec.alloc);
  const months = spec.months ? spec.months.map(t) : monthPlan(total, src, i);
  if (months.reduce((a, b) => a + b, 0) !== total) throw new Error(`${spec.label}: months do not add up`);
  const actual = spec.actual !== undefined ? t(spec.actual) : onTrackActual(toMonth(months, AS_OF_MONTH), i);
  n.cells.set(C.alloc, total / 10);
  months.forEach((v, k) => {
    if (v) n.cells.set(monthCol(k + 1), v / 10);
  });
  n.cells.set(C.actual, actual / 10);
  if (spec.note) n.cells.set(C.note, spec.note);
  return n;
}

function tree(src: SourceId, sections: [string, [string, Spec[]][]][]): Node {
  let i = 0;
  const root = node("total", "", "TỔNG CỘNG", 0, { sumStyle: "plus" });
  sections.forEach(([secLabel, projects], si) => {
    const sec = node("group", si === 0 ? "I" : "II", secLabel, 1, { blankAfter: si === 0 });
    projects.forEach(([pLabel, specs], pi) => {
      const p = node("group", String(pi + 1), pLabel, 2);
      p.children = specs.map((s) => makeLine(s, src, i++));
      sec.children.push(p);
    });
    root.children.push(sec);
  });
  return root;
}

function sheets(): SheetDef[] {
  return [
    {
      name: "Vốn 2022 kéo dài",
      src: "carryover-2022",
      title: "KẾ HOẠCH GIẢI NGÂN VỐN NĂM 2022 KÉO DÀI SANG NĂM 2024",
      tree: tree("carryover-2022", [
        [
          "Vốn đầu tư phát triển",
          [
            [
              "Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt",
              [{ label: "Nước sinh hoạt tập trung thôn Agrồng, xã A Tiêng", code: "7982101", owner: QLDA, alloc: 620 }],
            ],
            [
              "Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu phục vụ sản xuất, đời sống",
              [
                {
                  label: "Đường GTNT thôn Agrồng đi khu sản xuất, xã A Tiêng",
                  code: "7982102",
                  owner: QLDA,
                  alloc: 1050,
                  months: [0, 100, 150, 200, 200, 200, 120, 80, 0, 0, 0, 0],
                  actual: 640,
                },
                {
                  label: "Cầu tràn thôn Bhlô Bền, xã Bhalêê",
                  code: "7982103",
                  owner: "UBND xã Bhalêê",
                  alloc: 740.5,
                  months: [100, 150, -15.5, 200, 180, 126, 0, 0, 0, 0, 0, 0],
                  actual: 600,
                  note: "T3 điều chỉnh giảm",
                },
              ],
            ],
          ],
        ],
        [
          "Vốn sự nghiệp",
          [
            [
              "Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững",
              [{ label: "Khoán bảo vệ rừng (chuyển tiếp năm 2022)", owner: "Hạt Kiểm lâm huyện", alloc: 385.2 }],
            ],
            [
              "Dự án 5: Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực",
              [{ label: "Hỗ trợ học sinh bán trú (chuyển tiếp)", owner: "Phòng GD&ĐT", alloc: 210 }],
            ],
          ],
        ],
      ]),
    },
    {
      name: "Vốn 2023 kéo dài",
      src: "carryover-2023",
      title: "KẾ HOẠCH GIẢI NGÂN VỐN NĂM 2023 KÉO DÀI SANG NĂM 2024",
      tree: tree("carryover-2023", [
        [
          "Vốn đầu tư phát triển",
          [
            [
              "Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt",
              [{ label: "Nước sinh hoạt tập trung thôn Achiêng, xã A Xan", code: "7982201", owner: QLDA, alloc: 890 }],
            ],
            [
              "Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu phục vụ sản xuất, đời sống",
              [
                { label: "Đường GTNT thôn Ga Lê, xã Ga Ri", code: "7982202", owner: QLDA, alloc: 1380 },
                {
                  label: "Nhà văn hóa thôn Tà Vàng, xã Tr'hy",
                  code: "7982203",
                  owner: "UBND xã Tr'hy",
                  alloc: 560,
                  months: [0, 40, 60, 80, 100, 80, 80, 70, 30, 20, 0, 0],
                  actual: 275,
                },
                { label: "Kè chống sạt lở Trường Tiểu học xã Ch'ơm", code: "7982204", owner: QLDA, alloc: 1950.5 },
              ],
            ],
            [
              "Dự án 6: Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc thiểu số",
              [{ label: "Nhà gươl thôn Aduông, xã Ch'ơm", code: "7982205", owner: "UBND xã Ch'ơm", alloc: 430 }],
            ],
          ],
        ],
        [
          "Vốn sự nghiệp",
          [
            [
              "Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững",
              [{ label: "Hỗ trợ phát triển sản xuất cây ba kích tím", owner: "Phòng NN&PTNT", alloc: 265 }],
            ],
            [
              "Dự án 8: Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em",
              [{ label: "Truyền thông về bình đẳng giới", owner: "Hội LHPN huyện", alloc: 95.5 }],
            ],
          ],
        ],
      ]),
    },
    {
      name: "KH 2024",
      src: "plan-2024",
      title: "KẾ HOẠCH GIẢI NGÂN KẾ HOẠCH VỐN NĂM 2024",
      tree: tree("plan-2024", [
        [
          "Vốn đầu tư phát triển",
          [
            [
              "Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt",
              [
                { label: "Nước sinh hoạt tập trung thôn Z'lao, xã Lăng", code: "7982301", owner: QLDA, alloc: 1250 },
                { label: "Nước sinh hoạt tập trung thôn Arớh, xã A Vương", code: "7982302", owner: QLDA, alloc: 980 },
              ],
            ],
            [
              "Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu phục vụ sản xuất, đời sống",
              [
                {
                  label: "Đường GTNT thôn Tà Vàng đi khu sản xuất, xã Tr'hy",
                  code: "7982303",
                  owner: QLDA,
                  alloc: 3200,
                },
                {
                  label: "Cầu treo thôn Dading, xã Dang",
                  code: "7982304",
                  owner: QLDA,
                  alloc: 2450,
                  actual: 95,
                  note: "Chưa khởi công",
                },
                {
                  label: "Đường vào khu sản xuất thôn Arớh, xã A Vương",
                  code: "7982305",
                  owner: "UBND xã A Vương",
                  alloc: 860,
                  hidden: true,
                },
                {
                  label: "Trường Mẫu giáo Bhalêê, điểm trường thôn Bhlô Bền",
                  code: "7982306",
                  owner: QLDA,
                  alloc: 1540,
                },
              ],
            ],
            [
              "Dự án 5: Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực",
              [{ label: "Nhà ở bán trú Trường PTDTBT TH xã Ga Ri", code: "7982307", owner: QLDA, alloc: 2100 }],
            ],
            [
              "Dự án 6: Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc thiểu số",
              [{ label: "Nhà gươl thôn Z'lao, xã Lăng", code: "7982308", owner: "UBND xã Lăng", alloc: 620 }],
            ],
          ],
        ],
        [
          "Vốn sự nghiệp",
          [
            [
              "Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt",
              [{ label: "Hỗ trợ nhà ở cho hộ DTTS nghèo (30 hộ)", owner: "Phòng Dân tộc", alloc: 1260 }],
            ],
            [
              "Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững",
              [
                { label: "Khoán bảo vệ rừng năm 2024", owner: "Hạt Kiểm lâm huyện", alloc: 1850.3 },
                { label: "Hỗ trợ phát triển sản xuất theo chuỗi giá trị cây sâm", owner: "Phòng NN&PTNT", alloc: 740 },
              ],
            ],
            [
              "Dự án 10: Truyền thông, tuyên truyền, vận động trong vùng đồng bào DTTS và miền núi",
              [{ label: "Tuyên truyền, phổ biến chính sách, pháp luật", owner: "Phòng Dân tộc", alloc: 150 }],
            ],
          ],
        ],
      ]),
    },
  ];
}

export async function makePerSource(outDir: string, ledger: Ledger): Promise<void> {
  const wb = newWorkbook("Phòng Tài chính - Kế hoạch huyện Tây Giang");
  const summary = wb.addWorksheet("Tổng hợp", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const M = (sheet: string, cell: string, rule: string, note: string, consequence = false) =>
    ledger.add({ file: FILE, sheet, cell, rule, note, consequence });
  const totals: { name: string; total: number }[] = [];

  for (const def of sheets()) {
    const ws = addPlanSheet(wb, def.name, { freeze: [2, 7], zoom: 90, printTitlesRow: "6:7" });
    title(ws, "A1:D1", "UBND HUYỆN TÂY GIANG", font(12));
    title(ws, "A2:D2", "PHÒNG TÀI CHÍNH - KẾ HOẠCH", font(12, { bold: true }));
    title(ws, "A3:X3", def.title, font(13, { bold: true }));
    title(
      ws,
      "A4:X4",
      "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi - Số liệu giải ngân đến ngày 31/5/2024",
      font(11, { italic: true }),
    );
    title(ws, "V5:X5", "ĐVT: Triệu đồng", font(11, { italic: true }), { horizontal: "right" });

    const v = (c: number, text: string) => headerDown(ws, 6, c, text);
    v(C.stt, "STT");
    v(C.label, "Danh mục dự án");
    v(C.code, "Mã dự án");
    v(C.owner, "Chủ đầu tư");
    v(C.alloc, "Kế hoạch vốn");
    ws.mergeCells(6, 6, 6, 21);
    ws.getCell(6, 6).value = "Kế hoạch giải ngân năm 2024";
    for (let m = 1; m <= 12; m++) ws.getCell(7, monthCol(m)).value = `T${m}`;
    ["Quý I", "Quý II", "Quý III", "Quý IV"].forEach((q, i) => (ws.getCell(7, quarterCol(i + 1)).value = q));
    v(C.total, "Cộng KH giải ngân");
    v(C.actual, "Lũy kế giải ngân");
    v(C.note, "Ghi chú");
    styleHeader(ws, 6, 7, LAST_COL);
    for (let q = 1; q <= 4; q++)
      ws.getCell(7, quarterCol(q)).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } };
    ws.getRow(6).height = 22;
    ws.getRow(7).height = 32;

    const flat = layout(def.tree, 8);
    const last = lastRow(flat);
    const monthCols = Array.from({ length: 12 }, (_, k) => monthCol(k + 1));
    // Every row: quarters = SUM of their months, Cộng = sum of quarters.
    for (const n of flat) {
      for (let q = 1; q <= 4; q++)
        n.cells.set(quarterCol(q), {
          formula: `SUM(${a1(n.row, monthCol(3 * q - 2))}:${a1(n.row, monthCol(3 * q))})`,
        });
      n.cells.set(C.total, { formula: [1, 2, 3, 4].map((q) => a1(n.row, quarterCol(q))).join("+") });
    }

    // Deliberate mistakes per sheet.
    if (def.src === "carryover-2023") {
      const ga = find(flat, "Đường GTNT thôn Ga Lê");
      ga.cells.set(quarterCol(1), { formula: "SUM(#REF!)" });
      M(
        def.name,
        cellOf(ga, quarterCol(1)),
        "formula-error",
        "Quý I is =SUM(#REF!) (months columns were deleted and re-inserted)",
      );
      M(def.name, cellOf(ga, C.total), "formula-error", "Cộng KH giải ngân = I+M+Q+U inherits #REF!", true);
    }
    let tv: Node | undefined;
    if (def.src === "plan-2024") {
      tv = find(flat, "Đường GTNT thôn Tà Vàng");
      const sum = [4, 5, 6].reduce((a, m) => a + Number(tv!.cells.get(monthCol(m)) ?? 0), 0);
      tv.cells.set(quarterCol(2), Math.round((sum - 120) * 10) / 10);
    }

    writeAmounts(ws, flat, [C.alloc, ...monthCols, C.actual]);
    writeText(ws, flat, C);
    for (let r = 8; r <= last; r++) {
      const n = flat.find((x) => x.row === r);
      styleBox(ws, r, 1, r, LAST_COL, {
        font: font(11, { bold: !n || n.kind !== "item" }),
        border: r === 8 ? THIN : HAIR_ROWS,
        alignment: { vertical: "middle", wrapText: true },
      });
      styleBox(ws, r, C.alloc, r, C.actual, { numFmt: NUMFMT.million, alignment: { vertical: "middle" } });
      for (let q = 1; q <= 4; q++)
        ws.getCell(r, quarterCol(q)).font = font(11, { bold: true, color: { argb: "FF1F4E79" } });
      ws.getCell(r, C.stt).alignment = { horizontal: "center", vertical: "middle" };
      ws.getCell(r, C.code).alignment = { horizontal: "center", vertical: "middle" };
    }
    ws.getCell(8, C.label).alignment = { horizontal: "center", vertical: "middle" };
    closeTable(ws, last, LAST_COL);

    const widths: [number, number][] = [
      [C.stt, 5],
      [C.label, 40],
      [C.code, 9.5],
      [C.owner, 19],
      [C.alloc, 10],
      [C.total, 10],
      [C.actual, 10.5],
      [C.note, 16],
    ];
    for (let c = 6; c <= 21; c++) ws.getColumn(c).width = 7.5;
    for (let q = 1; q <= 4; q++) ws.getColumn(quarterCol(q)).width = 8.5;
    for (const [c, w] of widths) ws.getColumn(c).width = w;
    for (const n of flat) fitRowHeight(ws, n.row, [C.label, C.owner, C.note]);

    // A stray note under the table, then the signature block.
    ws.getCell(last + 2, C.label).value = "Ghi chú: số liệu tạm tính, chưa đối chiếu với Kho bạc Nhà nước huyện.";
    ws.getCell(last + 2, C.label).font = font(11, { italic: true });
    signatureBlock(ws, last + 4, {
      place: "Tây Giang, ngày 04 tháng 6 năm 2024",
      leftCols: [2, 2],
      rightCols: [14, 22],
      leftTitle: "Người lập biểu",
      rightTitle: "TRƯỞNG PHÒNG",
      leftName: "A Lăng Thị Hoa",
      rightName: "Bhling Văn Đức",
    });

    const hidden = flat.filter((n) => n.hidden).map((n) => n.row);
    const blank = flat.filter((n) => n.blankAfter).map((n) => lastRow([n, ...descendants(n)]) + 1);
    ledger.tables.push({
      file: FILE,
      sheet: def.name,
      layout: "One sheet per source; T1…T12 interleaved with Quý I…IV (=SUM of the months); Lũy kế giải ngân",
      headerRows: [6, 7],
      firstDataRow: 8,
      lastDataRow: last,
      unit: "million-vnd",
      granularity: "month+quarter",
      sources: [def.src],
      programmes: ["dtts-mn"],
      features: [
        `the source is named only by the sheet name and the title in row 3 ('${def.title}')`,
        "actual column headed just 'Lũy kế giải ngân' (the date 31/5/2024 is in the title, row 4)",
        `blank separator row ${blank.join(", ")} inside the table`,
        ...(hidden.length ? [`hidden row ${hidden.join(", ")} is a real works line, included in its group's SUM`] : []),
        `stray note in B${last + 2} ('Ghi chú: số liệu tạm tính…') and a signature block below`,
        "Cộng KH giải ngân (V) = I+M+Q+U on every row",
      ],
    });

    if (def.src === "carryover-2022") {
      const ag = find(flat, "Đường GTNT thôn Agrồng");
      M(
        def.name,
        `${cellOf(ag, monthCol(7))}:${cellOf(ag, monthCol(8))}`,
        "plan-after-deadline",
        "120,0 in T7 and 80,0 in T8 after the 30/6/2024 deadline (Quý III = 200,0)",
      );
      const ct = find(flat, "Cầu tràn thôn Bhlô Bền");
      M(
        def.name,
        cellOf(ct, monthCol(3)),
        "negative-amount",
        "T3 = -15,5 ('điều chỉnh giảm'); months still add up to 740,5",
      );
    }
    if (def.src === "carryover-2023") {
      const nv = find(flat, "Nhà văn hóa thôn Tà Vàng");
      M(
        def.name,
        `${cellOf(nv, monthCol(9))}:${cellOf(nv, monthCol(10))}`,
        "plan-after-deadline",
        "30,0 in T9 and 20,0 in T10 after the 31/8/2024 deadline",
      );
    }
    if (def.src === "plan-2024" && tv) {
      M(
        def.name,
        cellOf(tv, quarterCol(2)),
        "quarter-month-mismatch",
        "Quý II typed as a number, 120,0 less than T4+T5+T6",
      );
      const parent = flat.find((n) => n.children.includes(tv!))!;
      M(
        def.name,
        cellOf(parent, quarterCol(2)),
        "group-sum-mismatch",
        "the project's Quý II (=SUM of its own months) is 120,0 more than the sum of its children's Quý II",
        true,
      );
      M(
        def.name,
        cellOf(tv, C.total),
        "plan-total-mismatch",
        "Cộng KH giải ngân (I+M+Q+U) is 120,0 below Kế hoạch vốn; the months do add up",
        true,
      );
      M(
        def.name,
        cellOf(parent, C.total),
        "group-sum-mismatch",
        "likewise the project's Cộng KH giải ngân (I+M+Q+U of its own row) is 120,0 more than its children's",
        true,
      );
      const dd = find(flat, "Cầu treo thôn Dading");
      const planned = [1, 2, 3, 4, 5].reduce((a, m) => a + Number(dd.cells.get(monthCol(m)) ?? 0), 0);
      M(def.name, cellOf(dd, C.actual), "actual-behind-plan", `${vn(planned)} planned by T5, 95,0 disbursed`);
    }
    totals.push({ name: def.name, total: def.tree.row });
  }

  // Summary sheet (first tab): not a plan table.
  summary.getColumn(1).width = 5;
  summary.getColumn(2).width = 34;
  for (let c = 3; c <= 6; c++) summary.getColumn(c).width = 16;
  title(
    summary,
    "A1:F1",
    "TỔNG HỢP KẾ HOẠCH GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG DTTS&MN NĂM 2024",
    font(13, { bold: true }),
    {
      horizontal: "center",
      vertical: "middle",
      wrapText: true,
    },
  );
  summary.getRow(1).height = 36;
  title(summary, "A2:F2", "(Số liệu đến ngày 31/5/2024 - ĐVT: triệu đồng)", font(11, { italic: true }));
  const head = ["STT", "Nguồn vốn", "Kế hoạch vốn", "KH giải ngân đến 31/5", "Đã giải ngân", "Tỷ lệ so KH vốn"];
  head.forEach((h, i) => (summary.getCell(4, i + 1).value = h));
  styleHeader(summary, 4, 4, 6);
  summary.getRow(4).height = 32;
  totals.forEach(({ name, total }, i) => {
    const r = 5 + i;
    const q = `'${name}'!`;
    summary.getCell(r, 1).value = i + 1;
    summary.getCell(r, 2).value = name;
    put(summary, r, 3, { formula: `${q}${a1(total, C.alloc)}` });
    put(summary, r, 4, {
      formula: [1, 2, 3, 4, 5].map((m) => `${q}${columnLetter(monthCol(m))}${total}`).join("+"),
    });
    put(summary, r, 5, { formula: `${q}${a1(total, C.actual)}` });
    put(summary, r, 6, { formula: `IFERROR(E${r}/C${r},0)` });
  });
  const tr = 5 + totals.length;
  summary.getCell(tr, 2).value = "Cộng";
  for (let c = 3; c <= 5; c++) put(summary, tr, c, { formula: `SUM(${a1(5, c)}:${a1(tr - 1, c)})` });
  put(summary, tr, 6, { formula: `IFERROR(E${tr}/C${tr},0)` });
  styleBox(summary, 5, 1, tr, 6, { font: font(11), border: THIN, numFmt: NUMFMT.million });
  styleBox(summary, tr, 1, tr, 6, { font: font(11, { bold: true }) });
  for (let r = 5; r <= tr; r++) {
    summary.getCell(r, 6).numFmt = NUMFMT.percent;
    summary.getCell(r, 1).numFmt = "0";
  }
  ledger.otherSheets.push({
    file: FILE,
    sheet: "Tổng hợp",
    note: "first tab: a summary by source with cross-sheet formulas ('Vốn 2022 kéo dài'!E8 …); not a plan table",
  });

  await save(wb, `${outDir}/${FILE}`);
}

/** 1234.5 -> "1.234,5" */
export function vn(x: number): string {
  const [i, d] = x.toFixed(1).split(".");
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${d}`;
}

function descendants(n: Node): Node[] {
  return n.children.flatMap((c) => [c, ...descendants(c)]);
}
