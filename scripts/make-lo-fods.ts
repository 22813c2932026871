/**
 * Authors the LibreOffice fixtures as flat ODS in test/fixtures/libreoffice/src/.
 * scripts/make-lo-fixtures.sh runs this, then converts them to .xlsx with
 * soffice, so that tests read workbooks written by LibreOffice, not ExcelJS.
 *
 * Layouts deliberately unlike the ExcelJS samples in examples/:
 *  - ban-dan-toc-dtts-mn-2024.fods: header in rows 8-10 (three rows: group /
 *    Quý I…IV / Th.1…Th.12), month columns BEFORE the allocated column, the
 *    allocated column is =SUM of the months, a percentage column, a hidden
 *    row, "TỔNG SỐ" instead of "TỔNG CỘNG", title and signature block.
 *  - huyen-bac-tra-my-2024.fods: "Tháng 01"…"Tháng 12", a hidden column
 *    (Mã nguồn), a "Nguồn vốn" column with project names and codes merged
 *    vertically over their source rows, three-decimal amounts, a real date
 *    cell, a second sheet with instructions, A./B. programme sections.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { split } from "../test/helpers/integer-split";
import { type Style, FodsSheet, writeFods } from "./lo/fods";
import { a1, columnLetter, parseA1 } from "../src/engine/grid";

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "test", "fixtures", "libreoffice", "src");

const expected: {
  file: string;
  sheet: string;
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  unit: string;
  granularity: string;
  notes: string[];
}[] = [];
const mistakes: { file: string; sheet: string; cell: string; rule: string; note: string }[] = [];

// ---------------------------------------------------------------------------

function banDanToc(): void {
  const file = "ban-dan-toc-dtts-mn-2024";
  const sh = new FodsSheet("KH giai ngan SN 2024");
  // A STT | B Nội dung | C Đơn vị thực hiện | D..O Th.1..Th.12 | P KH vốn giao (=SUM) | Q Giải ngân | R Tỷ lệ | S Ghi chú
  const M1 = 4;
  const P = 16,
    Q = 17,
    R = 18,
    S = 19;
  sh.put(1, 1, "UBND TỈNH QUẢNG NAM", "org", { colspan: 3 });
  sh.put(2, 1, "BAN DÂN TỘC", "org-b", { colspan: 3 });
  sh.put(1, 11, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "org-b", { colspan: 9 });
  sh.put(2, 11, "Độc lập - Tự do - Hạnh phúc", "org-b", { colspan: 9 });
  sh.put(4, 17, "Biểu số 02/KHGN", "italic-r", { colspan: 3 });
  sh.put(
    5,
    1,
    "KẾ HOẠCH GIẢI NGÂN KINH PHÍ SỰ NGHIỆP NĂM 2024\nCHƯƠNG TRÌNH MTQG PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DTTS VÀ MIỀN NÚI",
    "title",
    { colspan: 19 },
  );
  sh.rowHeights.set(5, 36);
  sh.put(6, 1, "(Ban hành kèm theo Quyết định số 85/QĐ-BDT ngày 10/4/2024 của Trưởng Ban Dân tộc tỉnh)", "italic", {
    colspan: 19,
  });
  sh.put(7, 17, "Đơn vị: triệu đồng", "italic-r", { colspan: 3 });

  // Three header rows 8-10.
  const v3 = (c: number, text: string) => sh.put(8, c, text, "head", { rowspan: 3 });
  v3(1, "STT");
  v3(2, "Nội dung");
  v3(3, "Đơn vị thực hiện");
  sh.put(8, M1, "Kế hoạch giải ngân năm 2024 (theo tháng)", "head", { colspan: 12 });
  ["Quý I", "Quý II", "Quý III", "Quý IV"].forEach((q, i) => sh.put(9, M1 + 3 * i, q, "head", { colspan: 3 }));
  for (let m = 1; m <= 12; m++) sh.put(10, M1 + m - 1, `Th.${m}`, "head-small");
  v3(P, "Kế hoạch vốn năm 2024 được giao");
  v3(Q, "Giải ngân đến 31/5/2024");
  v3(R, "Tỷ lệ giải ngân/KH vốn (%)");
  v3(S, "Ghi chú");
  sh.rowHeights.set(8, 30);
  sh.rowHeights.set(9, 18);
  sh.rowHeights.set(10, 18);

  type Item = { label: string; owner: string; alloc: number; actual?: number; hidden?: boolean; note?: string };
  type Group = { stt: string; label: string; items?: Item[]; subs?: { stt: string; label: string; items: Item[] }[] };
  const W = [
    [0, 5, 10, 10, 10, 10, 10, 10, 10, 10, 10, 5],
    [0, 4, 8, 12, 12, 12, 10, 10, 10, 8, 8, 6],
  ];
  const groups: Group[] = [
    {
      stt: "1",
      label: "Dự án 5: Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực",
      items: [
        {
          label: "Tiểu dự án 4: Đào tạo nâng cao năng lực cho cộng đồng và cán bộ triển khai Chương trình ở các cấp",
          owner: "Phòng Chính sách",
          alloc: 450,
        },
      ],
    },
    {
      stt: "2",
      label: "Dự án 9: Đầu tư phát triển nhóm DTTS rất ít người và nhóm dân tộc còn nhiều khó khăn",
      items: [
        {
          label: "Tiểu dự án 2: Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào DTTS",
          owner: "Phòng Tuyên truyền và Địa bàn",
          alloc: 380.5,
        },
      ],
    },
    {
      stt: "3",
      label: "Dự án 10: Truyền thông, tuyên truyền, vận động trong vùng đồng bào DTTS và miền núi",
      subs: [
        {
          stt: "a",
          label:
            "Tiểu dự án 1: Biểu dương, tôn vinh điển hình tiên tiến, phát huy vai trò của người có uy tín; phổ biến, giáo dục pháp luật",
          items: [
            {
              label: "Biểu dương, tôn vinh điển hình tiên tiến, người có uy tín",
              owner: "Phòng Tuyên truyền và Địa bàn",
              alloc: 620,
            },
            {
              label: "Phổ biến, giáo dục pháp luật, trợ giúp pháp lý cho đồng bào DTTS",
              owner: "Phòng Tuyên truyền và Địa bàn",
              alloc: 350,
              hidden: true,
            },
            { label: "Truyền thông phục vụ tổ chức triển khai Chương trình", owner: "Văn phòng Ban", alloc: 280 },
          ],
        },
        {
          stt: "b",
          label: "Tiểu dự án 2: Ứng dụng công nghệ thông tin hỗ trợ phát triển kinh tế - xã hội vùng DTTS và miền núi",
          items: [
            {
              label: "Xây dựng cơ sở dữ liệu về công tác dân tộc",
              owner: "Văn phòng Ban",
              alloc: 1250.5,
              actual: 45,
              note: "Chưa phê duyệt dự toán",
            },
          ],
        },
        {
          stt: "c",
          label: "Tiểu dự án 3: Kiểm tra, giám sát, đánh giá, đào tạo, tập huấn tổ chức thực hiện Chương trình",
          items: [
            { label: "Kiểm tra, giám sát thực hiện Chương trình tại các huyện", owner: "Phòng Chính sách", alloc: 310 },
            { label: "Tập huấn nghiệp vụ cho cán bộ cấp xã", owner: "Phòng Chính sách", alloc: 425 },
          ],
        },
      ],
    },
  ];

  let r = 11;
  const totalRow = r++;
  let k = 0;
  const amountCols = [...Array.from({ length: 12 }, (_, i) => M1 + i), P, Q];
  const writeItem = (it: Item) => {
    const row = r++;
    const months = split(Math.round(it.alloc * 10), W[k % 2]).map((x) => x / 10);
    const toDate = months.slice(0, 5).reduce((a, b) => a + b, 0);
    const actual = it.actual ?? Math.round(toDate * (k % 2 ? 0.98 : 1.02) * 10) / 10;
    k++;
    sh.put(row, 1, "-", "text-c");
    sh.put(row, 2, it.label, "text");
    sh.put(row, 3, it.owner, "text");
    months.forEach((m, i) => sh.put(row, M1 + i, m || null, "num"));
    sh.put(row, P, `=SUM(${a1(row, M1)}:${a1(row, M1 + 11)})`, "num");
    sh.put(row, Q, actual, "num");
    sh.put(row, R, `=IF(${a1(row, P)}=0,0,${a1(row, Q)}/${a1(row, P)})`, "pct");
    sh.put(row, S, it.note ?? null, "text");
    if (it.hidden) sh.hiddenRows.add(row);
    if (it.actual !== undefined)
      mistakes.push({
        file: `${file}.xlsx`,
        sheet: sh.name,
        cell: a1(row, Q),
        rule: "actual-behind-plan",
        note: `${toDate.toFixed(1)} planned by Th.5, ${it.actual.toFixed(1)} disbursed`,
      });
    return row;
  };
  const writeGroup = (stt: string, label: string, style: Style, fill: () => number[]) => {
    const row = r++;
    sh.put(row, 1, stt, "text-c");
    sh.put(row, 2, label, style);
    sh.put(row, 3, null, "text");
    const kids = fill();
    for (const c of amountCols) sh.put(row, c, `=${kids.map((x) => a1(x, c)).join("+")}`, "num-b");
    sh.put(row, R, `=IF(${a1(row, P)}=0,0,${a1(row, Q)}/${a1(row, P)})`, "pct-b");
    sh.put(row, S, null, "text");
    return row;
  };
  const top = groups.map((g) =>
    writeGroup(g.stt, g.label, "text-b", () =>
      g.items
        ? g.items.map(writeItem)
        : g.subs!.map((s) => writeGroup(s.stt, s.label, "text-bi", () => s.items.map(writeItem))),
    ),
  );
  const last = r - 1;
  sh.put(totalRow, 1, null, "text-c");
  sh.put(totalRow, 2, "TỔNG SỐ", "text-b");
  sh.put(totalRow, 3, null, "text");
  for (const c of amountCols) sh.put(totalRow, c, `=SUM(${top.map((x) => a1(x, c)).join(",")})`, "num-b");
  sh.put(totalRow, R, `=IF(${a1(totalRow, P)}=0,0,${a1(totalRow, Q)}/${a1(totalRow, P)})`, "pct-b");
  sh.put(totalRow, S, null, "text");

  // Signature block.
  sh.put(last + 2, 13, "Quảng Nam, ngày 05 tháng 6 năm 2024", "sig-i", { colspan: 7 });
  sh.put(last + 3, 2, "NGƯỜI LẬP BIỂU", "sig-b");
  sh.put(last + 3, 13, "KT. TRƯỞNG BAN", "sig-b", { colspan: 7 });
  sh.put(last + 4, 13, "PHÓ TRƯỞNG BAN", "sig-b", { colspan: 7 });
  sh.put(last + 8, 2, "Nguyễn Thị Thu Trang", "sig-b");
  sh.put(last + 8, 13, "Alăng Văn Quý", "sig-b", { colspan: 7 });

  const widths: [number, number][] = [
    [1, 5],
    [2, 44],
    [3, 20],
    [P, 12],
    [Q, 11],
    [R, 10],
    [S, 16],
  ];
  for (let c = M1; c < M1 + 12; c++) sh.width(c, 7);
  for (const [c, w] of widths) sh.width(c, w);

  write(file, [sh], "Kế hoạch giải ngân kinh phí sự nghiệp 2024 - Ban Dân tộc", "Ban Dân tộc tỉnh Quảng Nam");
  expected.push({
    file: `${file}.xlsx`,
    sheet: sh.name,
    headerRows: [8, 9, 10],
    firstDataRow: 11,
    lastDataRow: last,
    unit: "million-vnd",
    granularity: "month",
    notes: [
      "single source (plan-2024) named only in the headers/title ('Kế hoạch vốn năm 2024 được giao')",
      `month columns ${columnLetter(M1)}–${columnLetter(M1 + 11)} ('Th.1'…'Th.12') come before the allocated column ${columnLetter(P)}, which is =SUM of the months`,
      `${columnLetter(R)} is a percentage (=IF(P=0,0,Q/P)), not an amount`,
      `hidden row ${[...sh.hiddenRows].join(", ")} is a real line, included in its group's sum`,
      "group rows use '+' formulas, the total uses SUM(list); the total is labelled 'TỔNG SỐ'",
    ],
  });
}

// ---------------------------------------------------------------------------

function bacTraMy(): void {
  const file = "huyen-bac-tra-my-2024";
  const sh = new FodsSheet("Bieu KHGN");
  const C = {
    stt: 1,
    label: 2,
    code: 3,
    owner: 4,
    srcCode: 5,
    src: 6,
    alloc: 7,
    m1: 8,
    total: 20,
    actual: 21,
    rate: 22,
    note: 23,
  };
  sh.put(1, 1, "UBND HUYỆN BẮC TRÀ MY", "org-b", { colspan: 4 });
  sh.put(2, 1, "Ngày lập:", "note");
  sh.set("B2", { date: "2024-06-05", style: "date" });
  sh.put(
    3,
    1,
    "KẾ HOẠCH GIẢI NGÂN VỐN ĐẦU TƯ CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM 2024 (VỐN KÉO DÀI VÀ VỐN GIAO NĂM 2024)",
    "title",
    { colspan: 23 },
  );
  sh.rowHeights.set(3, 22);
  sh.put(4, 1, "Số liệu giải ngân theo Kho bạc Nhà nước huyện đến ngày 31/05/2024", "italic", { colspan: 23 });
  sh.put(5, 20, "Đơn vị tính: triệu đồng", "italic-r", { colspan: 4 });
  const v2 = (c: number, text: string) => sh.put(6, c, text, "head", { rowspan: 2 });
  v2(C.stt, "TT");
  v2(C.label, "Tên công trình, dự án");
  v2(C.code, "Mã số dự án");
  v2(C.owner, "Chủ đầu tư");
  v2(C.srcCode, "Mã nguồn TABMIS");
  v2(C.src, "Nguồn vốn");
  v2(C.alloc, "Kế hoạch vốn");
  sh.put(6, C.m1, "Kế hoạch giải ngân năm 2024", "head", { colspan: 12 });
  for (let m = 1; m <= 12; m++) sh.put(7, C.m1 + m - 1, `Tháng ${String(m).padStart(2, "0")}`, "head-small");
  v2(C.total, "Cộng");
  v2(C.actual, "Đã giải ngân đến 31/05/2024");
  v2(C.rate, "% so KH");
  v2(C.note, "Ghi chú");
  sh.hiddenCols.add(C.srcCode);
  sh.rowHeights.set(6, 24);
  sh.rowHeights.set(7, 30);

  type Src = "KH 2023 chuyển sang" | "KH 2024";
  type Part = { src: Src; alloc: number; months?: number[]; actual?: number };
  type Works = { label: string; code: string; owner: string; parts: Part[] };
  const W: Record<Src, number[]> = {
    "KH 2023 chuyển sang": [5, 10, 15, 15, 15, 15, 15, 10, 0, 0, 0, 0],
    "KH 2024": [0, 5, 8, 10, 12, 10, 10, 10, 10, 10, 8, 7],
  };
  const SRC_CODE: Record<Src, string> = { "KH 2023 chuyển sang": "0163", "KH 2024": "0161" };
  const QLDA = "Ban QLDA ĐT-XD huyện";
  const programmes: { stt: string; label: string; projects: { stt: string; label: string; works: Works[] }[] }[] = [
    {
      stt: "A",
      label: "CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG",
      projects: [
        {
          stt: "1",
          label: "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng KT-XH các huyện nghèo",
          works: [
            {
              label: "Đường GTNT thôn 2 đi thôn 3, xã Trà Giáp",
              code: "7984101",
              owner: QLDA,
              parts: [
                { src: "KH 2023 chuyển sang", alloc: 860.25 },
                { src: "KH 2024", alloc: 1540 },
              ],
            },
            {
              label: "Nhà sinh hoạt cộng đồng thôn 1, xã Trà Ka",
              code: "7984102",
              owner: "UBND xã Trà Ka",
              parts: [{ src: "KH 2024", alloc: 720.5 }],
            },
          ],
        },
      ],
    },
    {
      stt: "B",
      label: "CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KT-XH VÙNG ĐỒNG BÀO DTTS VÀ MIỀN NÚI",
      projects: [
        {
          stt: "1",
          label: "Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu phục vụ sản xuất, đời sống",
          works: [
            {
              label: "Cầu bê tông thôn 4, xã Trà Bui",
              code: "7984201",
              owner: QLDA,
              parts: [
                // Deliberate: carryover-2023 money planned in Tháng 09 and 10.
                {
                  src: "KH 2023 chuyển sang",
                  alloc: 1120,
                  months: [0, 0, 100, 150, 150, 200, 200, 120, 120, 80, 0, 0],
                  actual: 390,
                },
                { src: "KH 2024", alloc: 2350.75 },
              ],
            },
            {
              label: "Đường vào khu sản xuất thôn 3, xã Trà Kót",
              code: "7984202",
              owner: "UBND xã Trà Kót",
              parts: [{ src: "KH 2024", alloc: 980 }],
            },
          ],
        },
        {
          stt: "2",
          label: "Dự án 5: Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực",
          works: [
            {
              label: "Nhà ở học sinh bán trú Trường PTDTBT THCS Trà Đốc",
              code: "7984203",
              owner: QLDA,
              parts: [{ src: "KH 2023 chuyển sang", alloc: 640 }],
            },
          ],
        },
      ],
    },
  ];

  const amountCols = [C.alloc, ...Array.from({ length: 12 }, (_, i) => C.m1 + i), C.total, C.actual];
  let r = 8;
  const totalRow = r++;
  let k = 0;
  const rowFormulas = (row: number, bold: boolean) => {
    sh.put(row, C.total, `=SUM(${a1(row, C.m1)}:${a1(row, C.m1 + 11)})`, bold ? "num3-b" : "num3");
    sh.put(
      row,
      C.rate,
      `=IF(${a1(row, C.alloc)}=0,0,${a1(row, C.actual)}/${a1(row, C.alloc)})`,
      bold ? "pct-b" : "pct",
    );
  };
  const progRows: number[] = [];
  for (const p of programmes) {
    const pr = r++;
    progRows.push(pr);
    sh.put(pr, C.stt, p.stt, "text-c");
    sh.put(pr, C.label, p.label, "text-b");
    const projRows: number[] = [];
    for (const pj of p.projects) {
      const jr = r++;
      projRows.push(jr);
      sh.put(jr, C.stt, pj.stt, "text-c");
      sh.put(jr, C.label, pj.label, "text-bi");
      const first = r;
      pj.works.forEach((w, wi) => {
        const wr = r;
        const n = w.parts.length;
        const span = n > 1 ? { rowspan: n } : undefined;
        sh.put(wr, C.stt, `${wi + 1}`, "text-c", span);
        sh.put(wr, C.label, w.label, "text", span);
        sh.put(wr, C.code, w.code, "text-c", span);
        sh.put(wr, C.owner, w.owner, "text", span);
        for (const part of w.parts) {
          const row = r++;
          const units = Math.round(part.alloc * 1000);
          const months = part.months ?? split(units, W[part.src]).map((x) => x / 1000);
          const toDate = months.slice(0, 5).reduce((a, b) => a + b, 0);
          const actual = part.actual ?? Math.round(toDate * (k++ % 2 ? 0.97 : 1.01) * 1000) / 1000;
          sh.put(row, C.srcCode, SRC_CODE[part.src], "text-c");
          sh.put(row, C.src, part.src, "text-c");
          sh.put(row, C.alloc, part.alloc, "num3");
          months.forEach((m, i) => sh.put(row, C.m1 + i, m || null, "num3"));
          sh.put(row, C.actual, actual, "num3");
          sh.put(row, C.note, null, "text");
          rowFormulas(row, false);
          if (part.months)
            mistakes.push({
              file: `${file}.xlsx`,
              sheet: sh.name,
              cell: `${a1(row, C.m1 + 8)}:${a1(row, C.m1 + 9)}`,
              rule: "plan-after-deadline",
              note: "KH 2023 chuyển sang (carryover-2023, deadline 31/8/2024): 120 and 80 triệu đồng planned in Tháng 09 and Tháng 10",
            });
        }
      });
      const lastRow = r - 1;
      for (const c of amountCols.filter((c) => c !== C.total))
        sh.put(jr, c, `=SUM(${a1(first, c)}:${a1(lastRow, c)})`, "num3-b");
      rowFormulas(jr, true);
    }
    for (const c of amountCols.filter((c) => c !== C.total))
      sh.put(pr, c, `=${projRows.map((x) => a1(x, c)).join("+")}`, "num3-b");
    rowFormulas(pr, true);
  }
  const last = r - 1;
  sh.put(totalRow, C.label, "Tổng cộng", "text-b");
  for (const c of amountCols.filter((c) => c !== C.total))
    sh.put(totalRow, c, `=${progRows.map((x) => a1(x, c)).join("+")}`, "num3-b");
  rowFormulas(totalRow, true);
  // Borders on every table cell, including empty ones.
  for (let row = 8; row <= last; row++)
    for (let c = 1; c <= C.note; c++)
      if (!sh.cells.has(a1(row, c)) && !covered(sh, row, c)) sh.put(row, c, null, "text");

  sh.put(last + 2, 2, "Nơi nhận:", "note");
  sh.put(last + 3, 2, "- Sở Kế hoạch và Đầu tư;\n- Kho bạc Nhà nước huyện;\n- Lưu: VT, TCKH.", "note");
  sh.rowHeights.set(last + 3, 45);
  sh.put(last + 2, 14, "KT. CHỦ TỊCH", "sig-b", { colspan: 8 });
  sh.put(last + 3, 14, "PHÓ CHỦ TỊCH", "sig-b", { colspan: 8 });
  sh.put(last + 7, 14, "Hồ Văn Lâm", "sig-b", { colspan: 8 });

  const widths: [number, number][] = [
    [C.stt, 5],
    [C.label, 38],
    [C.code, 10],
    [C.owner, 19],
    [C.srcCode, 8],
    [C.src, 18.5],
    [C.alloc, 11],
    [C.total, 11],
    [C.actual, 12],
    [C.rate, 8],
    [C.note, 12],
  ];
  for (let c = C.m1; c < C.m1 + 12; c++) sh.width(c, 9);
  for (const [c, w] of widths) sh.width(c, w);

  const guide = new FodsSheet("Huong dan");
  guide.width(1, 90);
  const lines = [
    "HƯỚNG DẪN LẬP BIỂU",
    "1. Mỗi công trình ghi một dòng cho mỗi nguồn vốn (KH 2023 chuyển sang, KH 2024).",
    "2. Kế hoạch giải ngân theo tháng; vốn năm 2023 chuyển sang phải giải ngân hết trước 31/8/2024.",
    "3. Số liệu giải ngân lấy theo xác nhận của Kho bạc Nhà nước huyện.",
    "4. Gửi về Phòng Tài chính - Kế hoạch trước ngày 05 hằng tháng.",
  ];
  lines.forEach((l, i) => guide.put(i + 1, 1, l, i === 0 ? "sig-b" : "note"));

  write(file, [sh, guide], "Kế hoạch giải ngân 2024 - Huyện Bắc Trà My", "Phòng Tài chính - Kế hoạch huyện Bắc Trà My");
  expected.push({
    file: `${file}.xlsx`,
    sheet: sh.name,
    headerRows: [6, 7],
    firstDataRow: 8,
    lastDataRow: last,
    unit: "million-vnd",
    granularity: "month",
    notes: [
      "'Nguồn vốn' column (F) with 'KH 2023 chuyển sang' / 'KH 2024'; hidden column E 'Mã nguồn TABMIS'",
      "works with two sources: TT, name, code and chủ đầu tư merged vertically over the two rows",
      "months 'Tháng 01'…'Tháng 12'; amounts with three decimals (#,##0.000)",
      "B2 is a real date cell (05/06/2024); sheet 'Huong dan' holds only instructions",
      "total labelled 'Tổng cộng'; programmes as sections A./B.",
    ],
  });
}

function covered(sh: FodsSheet, r: number, c: number): boolean {
  for (const [a, cell] of sh.cells) {
    const { row: r0, col: c0 } = parseA1(a)!;
    if (r >= r0 && r < r0 + (cell.rowspan ?? 1) && c >= c0 && c < c0 + (cell.colspan ?? 1) && !(r === r0 && c === c0))
      return true;
  }
  return false;
}

function write(name: string, sheets: FodsSheet[], titleText: string, creator: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(
    path.join(outDir, `${name}.fods`),
    writeFods(sheets, { title: titleText, creator, date: "2024-06-05T08:30:00" }),
  );
}

banDanToc();
bacTraMy();
fs.writeFileSync(
  path.join(root, "test", "fixtures", "libreoffice", "expected.json"),
  JSON.stringify(
    {
      note: "Generated by scripts/make-lo-fods.ts; the .xlsx files are converted by scripts/make-lo-fixtures.sh (LibreOffice).",
      asOf: "2024-05-31",
      tables: expected,
      mistakes,
    },
    null,
    2,
  ) + "\n",
);
console.error(`wrote ${expected.length} .fods to ${path.relative(root, outDir)}/`);
