/**
 * The bundled sample allocation list (an allocation decision's annex, as a
 * district receives it) in two forms users can try `ntp-disburse template`
 * on: examples/allocation/phan-bo-von-2024.csv (semicolons, decimal comma,
 * as Excel saves CSV in Vietnamese) and .xlsx (a two-row header with the
 * 2024 capital split into NSTW and NSĐP). Deterministic: same bytes each run.
 *
 *   npx tsx scripts/make-allocation-samples.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CellSpec, CellStyle, SheetSpec } from "../src/engine/sheet-spec";
import { writeSheetSpecs } from "../src/workbook/file/write-xlsx";

/** Amounts in nghìn đồng (integers), written in triệu đồng. */
interface Line {
  stt: string;
  label: string;
  code?: string;
  owner?: string;
  leader?: string;
  c22?: number;
  c23?: number;
  /** 2024 capital: NSTW and NSĐP shares. */
  p24?: [number, number];
  kids?: Line[];
}

const LEADER_A = "Nguyễn Văn An, Phó Chủ tịch UBND huyện";
const LEADER_B = "Trần Thị Bình, Phó Chủ tịch UBND huyện";

const LINES: Line[] = [
  {
    stt: "I",
    label: "Chương trình MTQG xây dựng nông thôn mới",
    kids: [
      {
        stt: "1",
        label: "Nội dung 1: Hạ tầng kinh tế - xã hội",
        kids: [
          {
            stt: "a",
            label: "Đường GTNT thôn 3, xã Quế Xuân 1",
            code: "7901234",
            owner: "UBND xã Quế Xuân 1",
            leader: LEADER_A,
            c22: 850_000,
            p24: [1_100_000, 150_500],
          },
          {
            stt: "b",
            label: "Nhà văn hóa thôn Phú Bình, xã Quế Phú",
            code: "7901235",
            owner: "UBND xã Quế Phú",
            leader: LEADER_A,
            c23: 640_000,
            p24: [800_000, 100_000],
          },
        ],
      },
      {
        stt: "2",
        label: "Nội dung 2: Phát triển sản xuất, nâng cao thu nhập",
        owner: "Phòng Nông nghiệp và PTNT",
        leader: LEADER_A,
        p24: [1_350_000, 150_000],
      },
    ],
  },
  {
    stt: "II",
    label: "Chương trình MTQG giảm nghèo bền vững",
    kids: [
      {
        stt: "1",
        label: "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo",
        kids: [
          {
            stt: "a",
            label: "Cầu treo thôn 5, xã Quế Lâm",
            code: "7902001",
            owner: "Ban QLDA ĐTXD huyện",
            leader: LEADER_B,
            c23: 1_800_000,
            p24: [2_400_000, 0],
          },
        ],
      },
      {
        stt: "2",
        label: "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững",
        owner: "Phòng Lao động - TB&XH",
        leader: LEADER_B,
        p24: [700_000, 70_000],
      },
    ],
  },
  {
    stt: "III",
    label: "Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi",
    kids: [
      {
        stt: "1",
        label: "Dự án 3: Phát triển sản xuất nông, lâm nghiệp bền vững",
        kids: [
          {
            stt: "a",
            label: "Tiểu dự án 1: Phát triển kinh tế nông, lâm nghiệp gắn với bảo vệ rừng",
            owner: "Hạt Kiểm lâm huyện",
            leader: LEADER_A,
            c22: 320_000,
            p24: [1_000_000, 100_000],
          },
          {
            stt: "b",
            label: "Tiểu dự án 2: Hỗ trợ phát triển sản xuất theo chuỗi giá trị",
            owner: "Phòng Nông nghiệp và PTNT",
            leader: LEADER_A,
            p24: [850_000, 0],
          },
        ],
      },
      {
        stt: "2",
        label: "Dự án 5: Phát triển giáo dục đào tạo, nâng cao chất lượng nguồn nhân lực",
        kids: [
          {
            stt: "a",
            label: "Nhà ở học sinh bán trú Trường PTDTBT TH Quế Lâm",
            code: "7903010",
            owner: "Ban QLDA ĐTXD huyện",
            leader: LEADER_B,
            c23: 1_200_000,
            p24: [1_800_000, 200_000],
          },
          {
            stt: "b",
            label: "Phòng học Trường TH Quế Phước",
            code: "7903011",
            owner: "Ban QLDA ĐTXD huyện",
            leader: LEADER_B,
            p24: [1_300_000, 150_250],
          },
        ],
      },
    ],
  },
];

type Figures = [c22: number, c23: number, nstw: number, nsdp: number];

function figures(l: Line): Figures {
  if (!l.kids) return [l.c22 ?? 0, l.c23 ?? 0, l.p24?.[0] ?? 0, l.p24?.[1] ?? 0];
  return l.kids.map(figures).reduce((a, b) => a.map((x, i) => x + b[i]) as Figures);
}

function flat(lines: Line[]): Line[] {
  return lines.flatMap((l) => [l, ...flat(l.kids ?? [])]);
}

/** nghìn đồng -> triệu đồng text, Vietnamese notation ("1.250,5"); blank for zero. */
function vi(n: number): string {
  if (n === 0) return "";
  const int = Math.floor(n / 1000);
  const frac = String(n % 1000)
    .padStart(3, "0")
    .replace(/0+$/, "");
  return int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".") + (frac ? `,${frac}` : "");
}

const TITLE = "PHỤ LỤC PHÂN BỔ CHI TIẾT VỐN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM 2024";
const SUBTITLE = "(Kèm theo Quyết định số …/QĐ-UBND ngày …/3/2024 của UBND huyện Quế Sơn)";
const all = flat(LINES);
const total = LINES.map(figures).reduce((a, b) => a.map((x, i) => x + b[i]) as Figures);

function csv(): string {
  const rows: string[][] = [
    [TITLE],
    [SUBTITLE],
    ["Đơn vị tính: triệu đồng"],
    [
      "STT",
      "Tên chương trình, dự án, nội dung",
      "Mã dự án",
      "Chủ đầu tư",
      "Lãnh đạo phụ trách",
      "Vốn năm 2022 kéo dài sang 2024",
      "Vốn năm 2023 kéo dài sang 2024",
      "Kế hoạch vốn năm 2024",
      "Ghi chú",
    ],
    ["", "TỔNG CỘNG", "", "", "", vi(total[0]), vi(total[1]), vi(total[2] + total[3]), ""],
    ...all.map((l) => {
      const f = figures(l);
      return [l.stt, l.label, l.code ?? "", l.owner ?? "", l.leader ?? "", vi(f[0]), vi(f[1]), vi(f[2] + f[3]), ""];
    }),
  ];
  const field = (s: string): string => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return "\ufeff" + rows.map((r) => r.map(field).join(";")).join("\r\n") + "\r\n";
}

function annexSheet(): SheetSpec {
  const cells: CellSpec[] = [];
  const head: CellStyle = { bold: true, border: true, horizontal: "center", vertical: "middle", wrap: true };
  const put = (row: number, col: number, value: string | number | null, style?: CellStyle) =>
    cells.push({ row, col, value, style });
  put(1, 1, TITLE, { bold: true, horizontal: "center" });
  put(2, 1, SUBTITLE, { italic: true, horizontal: "center" });
  put(3, 9, "Đơn vị tính: triệu đồng", { italic: true, horizontal: "right" });
  const single = [
    "STT",
    "Tên chương trình, dự án, nội dung",
    "Mã dự án",
    "Chủ đầu tư",
    "Lãnh đạo phụ trách",
    "Vốn năm 2022 kéo dài sang 2024",
    "Vốn năm 2023 kéo dài sang 2024",
  ];
  single.forEach((t, i) => (put(4, i + 1, t, head), put(5, i + 1, null, head)));
  put(4, 8, "Kế hoạch vốn năm 2024", head);
  put(4, 9, null, head);
  put(4, 10, null, head);
  put(5, 8, "Tổng số", head);
  put(5, 9, "NSTW", head);
  put(5, 10, "NSĐP", head);
  put(4, 11, "Ghi chú", head);
  put(5, 11, null, head);
  const amount: CellStyle = { border: true, numberFormat: "#,##0.0##" };
  const rows = [
    { stt: "", label: "TỔNG CỘNG", f: total, l: null as Line | null },
    ...all.map((l) => ({ stt: l.stt, label: l.label, f: figures(l), l })),
  ];
  rows.forEach(({ stt, label, f, l }, i) => {
    const r = 6 + i;
    const style: CellStyle = { border: true, bold: !l || l.kids !== undefined, wrap: true };
    put(r, 1, stt, { ...style, horizontal: "center" });
    put(r, 2, label, style);
    put(r, 3, l?.code ?? null, style);
    put(r, 4, l?.owner ?? null, style);
    put(r, 5, l?.leader ?? null, style);
    [f[0], f[1], f[2] + f[3], f[2], f[3]].forEach((v, k) =>
      put(r, 6 + k, v === 0 ? null : v / 1000, { ...amount, bold: style.bold }),
    );
    put(r, 11, null, style);
  });
  return {
    name: "Phụ lục phân bổ",
    cells,
    merges: ["A1:K1", "A2:K2", "I3:K3", "H4:J4", ...["A", "B", "C", "D", "E", "F", "G", "K"].map((c) => `${c}4:${c}5`)],
    columnWidths: { 1: 5, 2: 48, 3: 10, 4: 24, 5: 30, 6: 14, 7: 14, 8: 12, 9: 12, 10: 12, 11: 12 },
  };
}

async function main(): Promise<void> {
  const dir = join(__dirname, "..", "examples", "allocation");
  writeFileSync(join(dir, "phan-bo-von-2024.csv"), csv());
  const bytes = await writeSheetSpecs([annexSheet()], { created: new Date(Date.UTC(2024, 2, 28)) });
  writeFileSync(join(dir, "phan-bo-von-2024.xlsx"), bytes);
}

void main();
