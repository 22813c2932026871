/**
 * Samples D and E: New Rural Development (NTM) plans laid out with section
 * rows by capital source and no source in the headers, single-row header.
 *
 * D (Huyện Quế Sơn): STT column, months "Tháng 1"…"Tháng 12", triệu đồng,
 *   some numbers typed as text ("1.250,5"), a commune whose total uses "+"
 *   formulas (so text gives #VALUE!), an unallocated-capital line.
 * E (Thị xã Điện Bàn): no STT column (hierarchy by indent and bold only),
 *   quarters "Quý 1"…"Quý 4", nghìn đồng, a leader column.
 */
import { split } from "../../test/helpers/integer-split";
import { a1 } from "../../src/engine/grid";
import { monthPlan, onTrackActual, type SourceId, toMonth } from "./plan-amounts";
import { Ledger } from "./ledger";
import { closeTable, font, HAIR_ROWS, NUMFMT, styleBox, styleHeader, THIN } from "./sheet-style";
import { fitRowHeight, setWidths } from "./sheet-size";
import { addPlanSheet, signatureBlock, title } from "./sheet-layout";
import { newWorkbook, save } from "./workbook-file";
import { cellOf, childSum, find, lastRow, layout, node, type Node, writeAmounts, writeText } from "./table";

/** 1234.5 -> "1.234,5" (Vietnamese notation) */
function vn(x: number, decimals = 1): string {
  const [i, d] = x.toFixed(decimals).split(".");
  const int = i.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return d ? `${int},${d}` : int;
}

// ---------------------------------------------------------------------------
// D: Huyện Quế Sơn

const D_FILE = "huyen-que-son-ntm-2024.xlsx";
const D_SHEET = "KH NTM 2024";
const D = { stt: 1, label: 2, code: 3, owner: 4, alloc: 5, m1: 6, actual: 18, note: 19 };
const D_LAST = 19;
const t = (x: number) => Math.round(x * 10);

interface DSpec {
  label: string;
  code?: string;
  owner?: string;
  alloc: number;
  months?: (number | string)[];
  actual?: number | string;
  /** Type these cells as text in Vietnamese notation: "alloc", "actual" or a month number. */
  asText?: ("alloc" | "actual" | number)[];
  note?: string;
  noPlan?: boolean;
}

function dLine(stt: string, s: DSpec, src: SourceId, i: number): Node {
  const n = node("item", stt, s.label, stt === "-" ? 4 : 2, { code: s.code, owner: s.owner });
  const total = t(s.alloc);
  const months: (number | string)[] = s.noPlan
    ? []
    : (s.months ?? monthPlan(total, src, i).map((x) => x / 10)).map((x) => x);
  const numeric = months.map((x) => (typeof x === "number" ? t(x) : 0));
  if (!s.noPlan && numeric.reduce((a, b) => a + b, 0) !== total) throw new Error(`${s.label}: months do not add up`);
  const actual = s.actual ?? (s.noPlan ? undefined : onTrackActual(toMonth(numeric), i) / 10);
  const text = (k: "alloc" | "actual" | number, v: number | string) =>
    s.asText?.includes(k) && typeof v === "number" ? vn(v) : v;
  n.cells.set(D.alloc, text("alloc", s.alloc));
  months.forEach((v, k) => {
    if (v) n.cells.set(D.m1 + k, text(k + 1, v));
  });
  if (actual !== undefined) n.cells.set(D.actual, text("actual", actual));
  if (s.note) n.cells.set(D.note, s.note);
  return n;
}

function dTree(): Node {
  const idx: Record<SourceId, number> = { "carryover-2022": 0, "carryover-2023": 0, "plan-2024": 0 };
  const sec = (
    stt: string,
    label: string,
    src: SourceId,
    communes: [string, DSpec[], Partial<Node>?][],
    extra: Node[] = [],
  ) => {
    const g = node("group", stt, label, 1, { tag: src });
    communes.forEach(([name, specs, opts], ci) => {
      const c = node("group", String(ci + 1), name, 2, opts ?? {});
      c.children = specs.map((s) => dLine("-", s, src, idx[src]++));
      g.children.push(c);
    });
    g.children.push(...extra);
    return g;
  };
  const root = node("total", "", "TỔNG CỘNG", 0, { sumStyle: "plus" });
  root.children = [
    sec("I", "Vốn năm 2022 kéo dài", "carryover-2022", [
      [
        "Xã Quế Hiệp",
        [
          { label: "Đường GTNT thôn Trung Hòa", code: "7990101", owner: "UBND xã Quế Hiệp", alloc: 540 },
          { label: "Nhà văn hóa thôn Đông Hòa", code: "7990102", owner: "UBND xã Quế Hiệp", alloc: 385.5 },
        ],
      ],
      [
        "Xã Quế Thuận",
        [
          {
            label: "Kênh mương nội đồng thôn 3",
            code: "7990103",
            owner: "UBND xã Quế Thuận",
            alloc: 460,
            months: [0, 0, 0, 80, 100, 100, 80, 60, 40, 0, 0, 0],
            actual: 175,
          },
        ],
      ],
    ]),
    sec("II", "Vốn năm 2023 kéo dài sang năm 2024", "carryover-2023", [
      [
        "Xã Quế Châu",
        [
          {
            label: "Trường Mẫu giáo Quế Châu, hạng mục nhà hiệu bộ",
            code: "7990201",
            owner: "UBND xã Quế Châu",
            alloc: 720,
          },
          {
            label: "Bê tông hóa giao thông nội đồng thôn Phước Bình",
            code: "7990202",
            owner: "UBND xã Quế Châu",
            alloc: 950,
            actual: 60,
            note: "Chậm thi công do mưa",
          },
        ],
      ],
      [
        "Xã Phú Thọ",
        [
          {
            label: "Nhà văn hóa thôn Phước Hội",
            code: "7990203",
            owner: "UBND xã Phú Thọ",
            alloc: 1250.5,
            asText: ["alloc"],
          },
          { label: "Đường GTNT thôn Trung Phước", code: "7990205", owner: "UBND xã Phú Thọ", alloc: 480 },
        ],
      ],
      [
        "Xã Quế Phong",
        [{ label: "Chỉnh trang khu trung tâm xã Quế Phong", code: "7990204", owner: "UBND xã Quế Phong", alloc: 1100 }],
      ],
    ]),
    sec(
      "III",
      "Kế hoạch vốn năm 2024",
      "plan-2024",
      [
        [
          "Xã Quế Long",
          [
            { label: "Đường GTNT thôn Long Khánh", code: "7990301", owner: "UBND xã Quế Long", alloc: 1850 },
            {
              label: "Nhà văn hóa thôn Long Hội",
              code: "7990302",
              owner: "UBND xã Quế Long",
              alloc: 640,
              months: [0, 40, 80, "chưa có", 100, 70, 70, 70, 70, 60, 50, 30],
              actual: 210,
            },
          ],
          { sumStyle: "plus" },
        ],
        [
          "Xã Quế Mỹ",
          [
            { label: "Kênh mương thôn Thạnh Mỹ", code: "7990303", owner: "UBND xã Quế Mỹ", alloc: 980 },
            {
              label: "Đường giao thông nội đồng thôn Thạnh Mỹ 2",
              code: "7990301",
              owner: "UBND xã Quế Mỹ",
              alloc: 760,
            },
          ],
        ],
        [
          "Xã Quế An",
          [
            { label: "Nhà văn hóa thôn 5", code: "7990305", owner: "UBND xã Quế An", alloc: 820, asText: [5] },
            {
              label: "Trường TH Quế An, hạng mục nhà vệ sinh",
              code: "7990306",
              owner: "UBND xã Quế An",
              alloc: 450,
              asText: ["actual"],
            },
          ],
        ],
        [
          "Nội dung sự nghiệp",
          [
            { label: "Hỗ trợ phát triển sản xuất, Chương trình OCOP", owner: "Phòng NN&PTNT", alloc: 1320 },
            {
              label: "Duy tu, bảo dưỡng công trình hạ tầng nông thôn mới",
              owner: "Phòng Kinh tế và Hạ tầng",
              alloc: 560,
            },
          ],
        ],
      ],
      [
        dLine(
          "5",
          { label: "Vốn chưa phân bổ chi tiết", alloc: 850, noPlan: true, note: "Chờ phê duyệt chủ trương đầu tư" },
          "plan-2024",
          0,
        ),
      ],
    ),
  ];
  return root;
}

export async function makeQueSon(outDir: string, ledger: Ledger): Promise<void> {
  const wb = newWorkbook("Phòng Tài chính - Kế hoạch huyện Quế Sơn");
  const ws = addPlanSheet(wb, D_SHEET, { freeze: [2, 5], zoom: 90, printTitlesRow: "5:5" });
  title(ws, "A1:D1", "UBND HUYỆN QUẾ SƠN", font(12, { bold: true }));
  title(
    ws,
    "A2:S2",
    "KẾ HOẠCH GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI NĂM 2024",
    font(13, { bold: true }),
  );
  title(ws, "A3:S3", "(Số liệu giải ngân đến ngày 31/5/2024)", font(11, { italic: true }));
  title(ws, "R4:S4", "ĐVT: triệu đồng", font(11, { italic: true }), { horizontal: "right" });
  const heads = ["STT", "Danh mục công trình, nội dung", "Mã dự án", "Chủ đầu tư", "Kế hoạch vốn"];
  heads.forEach((h, i) => (ws.getCell(5, i + 1).value = h));
  for (let m = 1; m <= 12; m++) ws.getCell(5, D.m1 + m - 1).value = `Tháng ${m}`;
  ws.getCell(5, D.actual).value = "Giải ngân đến 31/5/2024";
  ws.getCell(5, D.note).value = "Ghi chú";
  styleHeader(ws, 5, 5, D_LAST);
  ws.getRow(5).height = 48;

  const root = dTree();
  const flat = layout(root, 6);
  const last = lastRow(flat);
  const sumCols = [D.alloc, ...Array.from({ length: 12 }, (_, k) => D.m1 + k), D.actual];
  writeAmounts(ws, flat, sumCols);
  writeText(ws, flat, D);
  for (const n of flat) {
    const bold = n.kind !== "item" || n.level < 4;
    styleBox(ws, n.row, 1, n.row, D_LAST, {
      font: font(11, { bold, italic: n.level === 2 && n.kind === "group" }),
      border: n.kind === "total" ? THIN : HAIR_ROWS,
      alignment: { vertical: "middle", wrapText: true },
    });
    styleBox(ws, n.row, D.alloc, n.row, D.actual, {
      numFmt: NUMFMT.million,
      alignment: { vertical: "middle", horizontal: "right" },
    });
    ws.getCell(n.row, D.stt).alignment = { horizontal: "center", vertical: "middle" };
    ws.getCell(n.row, D.code).alignment = { horizontal: "center", vertical: "middle" };
    if (n.level === 1)
      styleBox(ws, n.row, 1, n.row, D_LAST, {
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } },
      });
  }
  ws.getCell(6, D.label).alignment = { horizontal: "center", vertical: "middle" };
  closeTable(ws, last, D_LAST);
  const widths = [5, 42, 9.5, 20, 10.5];
  setWidths(ws, widths);
  for (let c = D.m1; c < D.m1 + 12; c++) ws.getColumn(c).width = 8;
  ws.getColumn(D.actual).width = 11;
  ws.getColumn(D.note).width = 18;
  for (const n of flat) fitRowHeight(ws, n.row, [D.label, D.owner, D.note]);

  signatureBlock(ws, last + 2, {
    place: "Quế Sơn, ngày 05 tháng 6 năm 2024",
    leftCols: [2, 2],
    rightCols: [12, 18],
    leftTitle: "Người lập biểu",
    rightTitle: "Thủ trưởng đơn vị",
    leftName: "Võ Thị Ngọc Ánh",
    rightName: "Huỳnh Tấn Phước",
  });
  await save(wb, `${outDir}/${D_FILE}`);

  const sections = flat.filter((n) => n.level === 1);
  const quelong = find(flat, "Xã Quế Long");
  const textCells: string[] = [];
  for (const n of flat)
    for (const [c, v] of n.cells)
      if (typeof v === "string" && /^[\d.,]+$/.test(v)) textCells.push(`${cellOf(n, c)} '${v}'`);
  ledger.tables.push({
    file: D_FILE,
    sheet: D_SHEET,
    layout:
      "NTM plan with section rows by source (I. Vốn năm 2022 kéo dài / II. … 2023 … / III. Kế hoạch vốn năm 2024), commune groups, single-row header, Tháng 1…12",
    headerRows: [5],
    firstDataRow: 6,
    lastDataRow: last,
    unit: "million-vnd",
    granularity: "month",
    sources: ["carryover-2022", "carryover-2023", "plan-2024"],
    programmes: ["ntm"],
    features: [
      `no source in the headers: sections in rows ${sections.map((s) => s.row).join(", ")} name the source`,
      "hierarchy: TỔNG CỘNG / I, II, III (source) / 1, 2 (commune) / - (works)",
      `numbers typed as text in Vietnamese notation (valid, must parse): ${textCells.join(", ")}`,
      "'Vốn chưa phân bổ chi tiết' line with an allocation and no plan",
      `the Xã Quế Long group row (${quelong.row}) uses '+' formulas (${childSum(quelong, D.alloc)}), the others SUM()`,
    ],
  });
  const M = (cell: string, rule: string, note: string, consequence = false) =>
    ledger.add({ file: D_FILE, sheet: D_SHEET, cell, rule, note, consequence });
  const kenh = find(flat, "Kênh mương nội đồng thôn 3");
  M(
    `${a1(kenh.row, D.m1 + 6)}:${a1(kenh.row, D.m1 + 8)}`,
    "plan-after-deadline",
    "section I (Vốn năm 2022 kéo dài, deadline 30/6/2024): 80,0 / 60,0 / 40,0 planned in Tháng 7, 8, 9",
  );
  const bt = find(flat, "Bê tông hóa giao thông nội đồng thôn Phước Bình");
  const btPlan = [0, 1, 2, 3, 4].reduce((a, k) => a + Number(bt.cells.get(D.m1 + k) ?? 0), 0);
  M(cellOf(bt, D.actual), "actual-behind-plan", `section II: ${vn(btPlan)} planned by Tháng 5, 60,0 disbursed`);
  const ph = find(flat, "Nhà văn hóa thôn Phước Hội");
  const phParent = flat.find((n) => n.children.includes(ph))!;
  M(
    cellOf(phParent, D.alloc),
    "group-sum-mismatch",
    "Xã Phú Thọ's Kế hoạch vốn =SUM(…) ignores the text '1.250,5': the commune shows 480,0 instead of 1.730,5",
    true,
  );
  const lh = find(flat, "Nhà văn hóa thôn Long Hội");
  M(cellOf(lh, D.m1 + 3), "not-a-number", "Tháng 4 typed as 'chưa có'");
  const ql = flat.find((n) => n.children.includes(lh))!;
  M(
    cellOf(ql, D.m1 + 3),
    "formula-error",
    "Xã Quế Long's Tháng 4 is =I…+I… and shows #VALUE! because of 'chưa có'",
    true,
  );
  const s3 = sections[2];
  M(cellOf(s3, D.m1 + 3), "formula-error", "section III Tháng 4 =SUM(…) inherits #VALUE!", true);
  M(cellOf(root, D.m1 + 3), "formula-error", "TỔNG CỘNG Tháng 4 inherits #VALUE!", true);
  const dup = find(flat, "Đường giao thông nội đồng thôn Thạnh Mỹ 2");
  M(
    cellOf(dup, D.code),
    "duplicate-code",
    "7990301 is also 'Đường GTNT thôn Long Khánh' (both in section III, plan-2024)",
  );
  const nv5 = find(flat, "Nhà văn hóa thôn 5");
  const qa = flat.find((n) => n.children.includes(nv5))!;
  M(cellOf(qa, D.m1 + 4), "group-sum-mismatch", "Xã Quế An's Tháng 5 SUM ignores the text cell", true);
  M(cellOf(qa, D.actual), "group-sum-mismatch", "Xã Quế An's actual SUM ignores the text cell", true);
  const cpb = find(flat, "Vốn chưa phân bổ chi tiết");
  M(
    cellOf(cpb, D.alloc),
    "allocation-incomplete",
    "850,0 of plan-2024 not yet allocated to projects (deadline 15/4/2024 passed)",
  );
  M(cellOf(cpb, D.alloc), "plan-total-mismatch", "no monthly plan for the unallocated 850,0", true);
  M(cellOf(cpb, D.owner), "missing-required", "the unallocated line has no chủ đầu tư (nobody to assign yet)", true);
}

// ---------------------------------------------------------------------------
// E: Thị xã Điện Bàn

const E_FILE = "thi-xa-dien-ban-ntm-2024.xlsx";
const E_SHEET = "KH giải ngân";
const E = { label: 1, code: 2, owner: 3, leader: 4, alloc: 5, q1: 6, actual: 10, note: 11 };
const E_LAST = 11;
const QW: Record<SourceId, number[][]> = {
  "carryover-2022": [[40, 60, 0, 0]],
  "carryover-2023": [
    [35, 65, 0, 0],
    [40, 60, 0, 0],
  ],
  "plan-2024": [
    [15, 30, 30, 25],
    [20, 30, 30, 20],
    [15, 35, 30, 20],
  ],
};

interface ESpec {
  label: string;
  code: string;
  leader?: string;
  alloc: number;
  q?: number[];
  actual?: number;
  note?: string;
}

const LEADER_1 = "Nguyễn Văn Tâm, PCT UBND thị xã";
const LEADER_2 = "Lê Thị Hồng Vân, PCT UBND thị xã";

function eTree(): Node {
  let i = 0;
  const item = (s: ESpec, src: SourceId, owner: string) => {
    const n = node("item", "", s.label, 4, { code: s.code, owner, leader: s.leader });
    const q = s.q ?? split(s.alloc, QW[src][i % QW[src].length]);
    const toDate = q[0] + (q[1] * 2) / 3;
    const actual = s.actual ?? onTrackActual(toDate, i);
    i++;
    n.cells.set(E.alloc, s.alloc);
    q.forEach((v, k) => {
      if (v) n.cells.set(E.q1 + k, v);
    });
    n.cells.set(E.actual, actual);
    if (s.note) n.cells.set(E.note, s.note);
    return n;
  };
  const commune = (name: string, src: SourceId, specs: ESpec[]) => {
    const g = node("group", "", `Xã ${name}`, 2);
    g.children = specs.map((s) => item(s, src, `UBND xã ${name}`));
    return g;
  };
  const c23 = node("group", "", "VỐN NĂM 2023 KÉO DÀI SANG NĂM 2024", 1);
  c23.children = [
    commune("Điện Quang", "carryover-2023", [
      { label: "Đường GTNT thôn Thanh Chiêm 1", code: "7991201", leader: LEADER_1, alloc: 1_280_000 },
      {
        label: "Nhà văn hóa thôn Bảo An",
        code: "7991202",
        leader: LEADER_1,
        alloc: 640_500,
        q: [200_000, 300_500, 0, 140_000],
        actual: 395_000,
      },
    ]),
    commune("Điện Phong", "carryover-2023", [
      {
        label: "Kênh mương nội đồng thôn Triêm Tây",
        code: "7991203",
        // The same leader, written with a form of address: matched ignoring it.
        leader: "Đ/c Nguyễn Văn Tâm",
        alloc: 915_000,
      },
    ]),
  ];
  const p24 = node("group", "", "KẾ HOẠCH VỐN NĂM 2024", 1);
  p24.children = [
    commune("Điện Hồng", "plan-2024", [
      { label: "Đường GTNT thôn Nhất Đông", code: "7991301", leader: LEADER_2, alloc: 2_150_000 },
      {
        label: "Trường Tiểu học Điện Hồng, hạng mục phòng học bộ môn",
        code: "7991302",
        leader: LEADER_2,
        alloc: 3_400_000,
        actual: 120_000,
        note: "Vướng điều chỉnh thiết kế, chờ thẩm định thiết kế",
      },
      { label: "Nhà văn hóa thôn 4", code: "7991303", alloc: 560_000 },
    ]),
    commune("Điện Phước", "plan-2024", [
      { label: "Bê tông hóa giao thông nội đồng thôn Tân Bình", code: "7991304", leader: LEADER_2, alloc: 1_120_000 },
      {
        label: "Nâng cấp chợ Điện Phước",
        code: "7991305",
        leader: LEADER_2,
        alloc: 1_850_000,
        note: "Kiến nghị tỉnh bổ sung vốn đối ứng ngân sách tỉnh",
      },
    ]),
    commune("Điện Thọ", "plan-2024", [
      { label: "Đường GTNT thôn La Thọ Bắc", code: "7991306", leader: LEADER_1, alloc: 1_460_000 },
    ]),
  ];
  const root = node("total", "", "TỔNG CỘNG", 0, { sumStyle: "plus" });
  root.children = [c23, p24];
  return root;
}

export async function makeDienBan(outDir: string, ledger: Ledger): Promise<void> {
  const wb = newWorkbook("UBND thị xã Điện Bàn");
  const ws = addPlanSheet(wb, E_SHEET, { freeze: [1, 4], zoom: 90, marginLeft: 0.4 });
  title(ws, "A1:C1", "UBND THỊ XÃ ĐIỆN BÀN", font(12, { bold: true }), { horizontal: "left" });
  title(
    ws,
    "A2:K2",
    "KẾ HOẠCH GIẢI NGÂN VỐN ĐẦU TƯ CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI NĂM 2024",
    font(13, { bold: true }),
  );
  title(ws, "I3:K3", "Đơn vị tính: nghìn đồng", font(11, { italic: true }), { horizontal: "right" });
  const heads = [
    "Danh mục công trình",
    "Mã dự án",
    "Chủ đầu tư",
    "Lãnh đạo phụ trách",
    "Kế hoạch vốn giao",
    "Quý 1",
    "Quý 2",
    "Quý 3",
    "Quý 4",
    "Đã giải ngân đến 31/5/2024",
    "Ghi chú",
  ];
  heads.forEach((h, i) => (ws.getCell(4, i + 1).value = h));
  styleHeader(ws, 4, 4, E_LAST);
  ws.getRow(4).height = 36;

  const root = eTree();
  const flat = layout(root, 5);
  const last = lastRow(flat);
  const phuoc = find(flat, "Xã Điện Phước");
  const sumCols = [E.alloc, E.q1, E.q1 + 1, E.q1 + 2, E.q1 + 3, E.actual];
  // Deliberate: the commune total was pasted as a value, and the works were revised after.
  writeAmounts(ws, flat, sumCols, (n, c) => (n === phuoc && c === E.alloc ? 2_900_000 : undefined));
  writeText(ws, flat, E);
  for (const n of flat) {
    const r = n.row;
    const bold = n.kind !== "item";
    styleBox(ws, r, 1, r, E_LAST, {
      font: font(11, { bold, italic: n.level === 2 }),
      border: n.kind === "total" ? THIN : HAIR_ROWS,
      alignment: { vertical: "middle", wrapText: true },
    });
    styleBox(ws, r, E.alloc, r, E.actual, { numFmt: NUMFMT.thousand, alignment: { vertical: "middle" } });
    ws.getCell(r, E.label).alignment = {
      vertical: "middle",
      wrapText: true,
      indent: n.kind === "total" ? 0 : n.level === 1 ? 0 : n.level === 2 ? 1 : 2,
      horizontal: n.kind === "total" ? "center" : "left",
    };
    ws.getCell(r, E.code).alignment = { horizontal: "center", vertical: "middle" };
  }
  closeTable(ws, last, E_LAST);
  const widths = [46, 10, 22, 30, 13, 12, 12, 12, 12, 14, 18];
  setWidths(ws, widths);
  for (const n of flat) fitRowHeight(ws, n.row, [E.label, E.owner, E.leader, E.note]);

  signatureBlock(ws, last + 2, {
    place: "Điện Bàn, ngày 06 tháng 6 năm 2024",
    leftCols: [1, 1],
    rightCols: [6, 10],
    leftTitle: "NGƯỜI LẬP BIỂU",
    rightTitle: "CHỦ TỊCH",
    rightOver: "TM. ỦY BAN NHÂN DÂN",
    leftName: "Trương Thị Mỹ Linh",
    rightName: "Phan Văn Hùng",
  });
  await save(wb, `${outDir}/${E_FILE}`);

  ledger.tables.push({
    file: E_FILE,
    sheet: E_SHEET,
    layout:
      "NTM plan, no STT column: hierarchy by bold/italic/indent and formulas only; section rows by source (upper case); quarters 'Quý 1'…'Quý 4'; single-row header",
    headerRows: [4],
    firstDataRow: 5,
    lastDataRow: last,
    unit: "thousand-vnd",
    granularity: "quarter",
    sources: ["carryover-2023", "plan-2024"],
    programmes: ["ntm"],
    features: [
      "amounts in nghìn đồng ('Đơn vị tính: nghìn đồng' in I3)",
      "no STT column, no '-' bullets: works rows are told from group rows by formulas and formatting (indent)",
      "quarters spelled 'Quý 1'…'Quý 4' (Arabic numerals)",
      "clean carryover-2023 lines plan only in Quý 1–2",
    ],
  });
  const M = (cell: string, rule: string, note: string) =>
    ledger.add({ file: E_FILE, sheet: E_SHEET, cell, rule, note });
  const sum = phuoc.children.reduce((a, k) => a + Number(k.cells.get(E.alloc)), 0);
  M(
    cellOf(phuoc, E.alloc),
    "group-sum-mismatch",
    `Xã Điện Phước holds the typed value 2.900.000, its works add up to ${vn(sum, 0)}`,
  );
  const ba = find(flat, "Nhà văn hóa thôn Bảo An");
  M(cellOf(ba, E.q1 + 3), "plan-after-deadline", "Vốn năm 2023 kéo dài (deadline 31/8/2024): 140.000 planned in Quý 4");
  const th = find(flat, "Trường Tiểu học Điện Hồng");
  const q1 = Number(th.cells.get(E.q1) ?? 0);
  const q2 = Number(th.cells.get(E.q1 + 1) ?? 0);
  M(
    cellOf(th, E.actual),
    "actual-behind-plan",
    `${vn(q1 + (q2 * 2) / 3, 0)} planned by 31/5 (Quý 1 + 2/3 Quý 2; ${vn(q1, 0)} by end of Quý 1), 120.000 disbursed`,
  );
  const nv4 = find(flat, "Nhà văn hóa thôn 4");
  M(cellOf(nv4, E.leader), "missing-required", "no lãnh đạo phụ trách (the table has that column)");
}
