/**
 * Title blocks as units write them above a plan table, generated from a
 * seed, each with the unit a person reads there. The truth is written here
 * by hand for every issuer (how the office names itself), never derived by
 * the code under test: issuers (UBND tỉnh / huyện / thị xã / thành phố / xã
 * / phường / thị trấn, Sở …, Ban QLDA …, Ban Dân tộc) in capitals or as
 * written, with or without "UBND" / "Ủy ban nhân dân"; an office line under a
 * place, the province over a department; the national motto beside them; a
 * form label (Biểu / Biểu số / Mẫu số / Phụ lục + number) in a cell of its
 * own left or right, on a row of its own, or glued to the issuer's text; a
 * document number and a date line; a sentence naming another body ("Kèm
 * theo …", "Kính gửi: Sở …"); text in NFC or NFD, with a line break or
 * a double space inside a cell.
 */

import type { CellValue } from "../../src/engine/grid";
import { type Random, seededRandom } from "./seeded-random";

interface Issuer {
  /** As written in capitals on the title row, without "UBND". */
  caps: string;
  /** As written in running text (mixed case), without "UBND". */
  written: string;
  /** The unit's name as the office writes it: the truth. */
  truth: string;
  /** A place ("UBND" may precede it, an office may stand under it) or a provincial body (the province may stand over it). */
  place: boolean;
}

const PLACES: [string, string, string][] = [
  // caps kind, written kind, name
  ["HUYỆN", "huyện", "Nam Trà My"],
  ["HUYỆN", "huyện", "Tiên Phước"],
  ["HUYỆN", "huyện", "Đông Giang"],
  ["THỊ XÃ", "thị xã", "Điện Bàn"],
  ["THÀNH PHỐ", "thành phố", "Tam Kỳ"],
  ["THÀNH PHỐ", "thành phố", "Hội An"],
  ["XÃ", "xã", "Tam Xuân 1"],
  ["XÃ", "xã", "Tam Xuân 2"],
  ["XÃ", "xã", "Trà Mai"],
  ["XÃ", "xã", "A Xan"],
  ["PHƯỜNG", "phường", "Điện Ngọc"],
  ["THỊ TRẤN", "thị trấn", "Nam Phước"],
  ["TỈNH", "tỉnh", "Quảng Nam"],
];
const TRUE_KIND: Record<string, string> = {
  HUYỆN: "Huyện",
  "THỊ XÃ": "Thị xã",
  "THÀNH PHỐ": "Thành phố",
  XÃ: "Xã",
  PHƯỜNG: "Phường",
  "THỊ TRẤN": "Thị trấn",
  TỈNH: "Tỉnh",
};

const BODIES: Omit<Issuer, "place">[] = [
  {
    caps: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    written: "Sở Lao động - Thương binh và Xã hội",
    truth: "Sở Lao động - Thương binh và Xã hội",
  },
  {
    caps: "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    written: "Sở Nông nghiệp và Phát triển nông thôn",
    truth: "Sở Nông nghiệp và Phát triển nông thôn",
  },
  { caps: "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", written: "Sở Kế hoạch và Đầu tư", truth: "Sở Kế hoạch và Đầu tư" },
  {
    caps: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    written: "Sở Văn hóa, Thể thao và Du lịch",
    truth: "Sở Văn hóa, Thể thao và Du lịch",
  },
  { caps: "BAN DÂN TỘC", written: "Ban Dân tộc", truth: "Ban Dân tộc" },
  { caps: "BAN DÂN TỘC TỈNH QUẢNG NAM", written: "Ban Dân tộc tỉnh Quảng Nam", truth: "Ban Dân tộc tỉnh Quảng Nam" },
  {
    caps: "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH QUẢNG NAM",
    written: "Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng Nam",
    truth: "Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng Nam",
  },
  {
    caps: "BAN QLDA ĐẦU TƯ XÂY DỰNG CÁC CÔNG TRÌNH DÂN DỤNG VÀ CÔNG NGHIỆP",
    written: "Ban QLDA đầu tư xây dựng các công trình dân dụng và công nghiệp",
    truth: "Ban QLDA đầu tư xây dựng các công trình dân dụng và công nghiệp",
  },
  {
    caps: "BAN QUẢN LÝ CÁC CHƯƠNG TRÌNH MTQG TỈNH QUẢNG NAM",
    written: "Ban Quản lý các chương trình MTQG tỉnh Quảng Nam",
    truth: "Ban Quản lý các chương trình MTQG tỉnh Quảng Nam",
  },
];

/** Offices under a district or commune: what they send is the place's. */
const OFFICES = [
  "BAN QUẢN LÝ CÁC CHƯƠNG TRÌNH MTQG",
  "PHÒNG TÀI CHÍNH - KẾ HOẠCH",
  "BAN QLDA ĐTXD",
  "PHÒNG NÔNG NGHIỆP VÀ PTNT",
  "PHÒNG DÂN TỘC",
  "TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT",
  "VĂN PHÒNG HĐND VÀ UBND",
];
const PROVINCE = ["UBND TỈNH QUẢNG NAM", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"];
const FORM_LABELS = [
  "Biểu 01",
  "Biểu số 01",
  "Biểu số 02/KH",
  "Mẫu số 02",
  "Mẫu số 01/GN",
  "Phụ lục 3",
  "Phụ lục III",
  "BIỂU SỐ 03",
];
const DOC_NUMBERS = ["Số: 125/BC-UBND", "Số:      /KH-UBND", "Số 12/TTr-SKHĐT", "Số: 45/BC-BQL"];
const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

export interface TitleBlock {
  seed: number;
  /** Rows cell by cell, as on the sheet (null for an empty cell between left and right). */
  rows: CellValue[][];
  truth: string;
}

function issuerOf(rnd: Random): Issuer {
  if (rnd.chance(0.65)) {
    const [caps, written, name] = rnd.pick(PLACES);
    return {
      caps: `${caps} ${name.toLocaleUpperCase("vi")}`,
      written: `${written} ${name}`,
      truth: `${TRUE_KIND[caps]} ${name}`,
      place: caps !== "TỈNH",
    };
  }
  return { ...rnd.pick(BODIES), place: false };
}

/** A cell's text as typed or pasted: decomposed accents (NFD), a line break or a double space between words. */
function asTyped(rnd: Random, text: string): string {
  let out = rnd.chance(0.2) ? text.normalize("NFD") : text;
  const spaces = [...out.matchAll(/ /g)].map((m) => m.index!);
  if (spaces.length > 0 && rnd.chance(0.3)) {
    const at = rnd.pick(spaces);
    out = `${out.slice(0, at)}${rnd.pick(["\n", "  ", " \n"])}${out.slice(at + 1)}`;
  }
  return out;
}

export function titleBlock(seed: number): TitleBlock {
  const rnd = seededRandom(seed);
  const issuer = issuerOf(rnd);
  const isPlace = issuer.place || issuer.caps.startsWith("TỈNH");
  const caps = rnd.chance(0.8);
  const prefix = isPlace ? rnd.pick(caps ? ["UBND ", "ỦY BAN NHÂN DÂN ", ""] : ["UBND ", "Ủy ban nhân dân ", ""]) : "";
  let issuerText = prefix + (caps ? issuer.caps : issuer.written);
  // The left column: the issuer, and under a place an office, over a department the province.
  const left: string[] = [];
  if (!issuer.place && !isPlace && rnd.chance(0.4)) left.push(rnd.pick(PROVINCE));
  const label = rnd.chance(0.6) ? rnd.pick(FORM_LABELS) : null;
  const where = rnd.pick(["left-cell", "right-cell", "glued-right", "glued-left", "own-row"] as const);
  if (label && where === "glued-right") issuerText = `${issuerText} ${label}`;
  if (label && where === "glued-left") issuerText = `${label} ${issuerText}`;
  // Some forms name the sender after a label of their own.
  if (left.length === 0 && rnd.chance(0.1)) issuerText = `${rnd.pick(["Đơn vị báo cáo:", "Đơn vị:"])} ${issuerText}`;
  left.push(issuerText);
  if (issuer.place && rnd.chance(0.5)) left.push(rnd.pick(OFFICES));
  const motto = rnd.chance(0.7);
  const rows: CellValue[][] = [];
  if (label && where === "own-row") rows.push([null, null, null, null, null, null, label]);
  const width = 7;
  for (let i = 0; i < Math.max(left.length, motto ? 2 : 0); i++) {
    const row: CellValue[] = Array<CellValue>(width).fill(null);
    row[0] = left[i] ?? null;
    if (motto && i < 2) row[4] = MOTTO[i];
    if (i === 0 && label && where === "left-cell") {
      row.unshift(label);
      row.pop();
    }
    if (i === 0 && label && where === "right-cell") row[width - 1] = label;
    rows.push(row);
  }
  const doc = rnd.chance(0.5) ? rnd.pick(DOC_NUMBERS) : null;
  const date = rnd.chance(0.6)
    ? rnd.pick([
        "Tam Kỳ, ngày 05 tháng 6 năm 2024",
        "ngày      tháng 6 năm 2024",
        "Nam Trà My, ngày 10 tháng 6 năm 2024",
      ])
    : null;
  if (doc || date) rows.push([doc, null, null, null, date]);
  rows.push(["KẾ HOẠCH GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA NĂM 2024"]);
  // A line that names another body in a sentence: not the sender.
  if (rnd.chance(0.3))
    rows.push([
      rnd.pick([
        "(Kèm theo Báo cáo số 125/BC-UBND ngày 05/6/2024 của UBND huyện Tây Giang)",
        "(Ban hành kèm theo Quyết định số 12/QĐ-UBND của UBND tỉnh Quảng Nam)",
        "Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Quảng Nam",
      ]),
    ]);
  rows.push([rnd.pick(["ĐVT: triệu đồng", "(Đơn vị tính: triệu đồng)"])]);
  return {
    seed,
    rows: rows.map((r) => r.map((v) => (typeof v === "string" ? asTyped(rnd, v) : v))),
    truth: issuer.truth,
  };
}
