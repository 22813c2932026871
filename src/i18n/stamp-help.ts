/** `ntp-disburse stamp --help`, Vietnamese first (the shape of cli-help.ts's entries). */

import type { CommandHelp } from "./cli-help";
import type { Lang } from "../engine/text/format";

export const STAMP_HELP: Record<Lang, CommandHelp> = {
  vi: {
    synopsis:
      'ntp-disburse stamp TỆP.xlsx --leader "Họ tên" --position "Chức vụ" [--unit "…"] [--as-of NGÀY] [--profile …] --out ĐÃ-XÁC-NHẬN.xlsx',
    summary:
      'lãnh đạo xác nhận kế hoạch: ghi bản sao có dấu vân tay nội dung kế hoạch và trang "Xác nhận" (không phải chữ ký số)',
    options: [
      "--leader    họ tên lãnh đạo phụ trách",
      "--position  chức vụ",
      "--unit      đơn vị (mặc định: đọc từ tiêu đề biểu)",
      "--out       tệp .xlsx sẽ tạo (tệp gốc không bị sửa)",
    ],
    examples: [
      'ntp-disburse stamp huyen-que-son.xlsx --leader "Nguyễn Văn An" --position "PCT UBND huyện" --out da-xac-nhan.xlsx',
    ],
    exit: ["0  đã ghi bản xác nhận", "2  không chạy được: tham số sai, tệp thiếu, hỏng hoặc không có bảng kế hoạch"],
  },
  en: {
    synopsis:
      'ntp-disburse stamp FILE.xlsx --leader "Full name" --position "Position" [--unit "…"] [--as-of DAY] [--profile …] --out STAMPED.xlsx',
    summary:
      "a leader's commitment to the plan: a copy with the plan's fingerprint and a \"Commitment\" sheet (not a digital signature)",
    options: [
      "--leader    the responsible leader's full name",
      "--position  the leader's position",
      "--unit      the unit (default: read from the title rows)",
      "--out       the .xlsx file to create (the input is never written)",
    ],
    examples: ['ntp-disburse stamp que-son.xlsx --leader "Nguyễn Văn An" --position "Vice-chair" --out stamped.xlsx'],
    exit: [
      "0  the stamped copy was written",
      "2  could not run: bad arguments, a missing or broken file, or no plan table",
    ],
  },
};
