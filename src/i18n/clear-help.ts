/** `ntp-disburse clear --help`, Vietnamese first (the shape of cli-help.ts's entries). */

import type { CommandHelp } from "./cli-help";
import type { Lang } from "../engine/text/format";

export const CLEAR_HELP: Record<Lang, CommandHelp> = {
  vi: {
    synopsis: "ntp-disburse clear TỆP.xlsx --out BẢN-SẠCH.xlsx [--lang vi|en]",
    summary:
      'ghi bản sao đã bỏ tô màu và trang "Chú giải" của ntp-disburse; mọi giá trị, công thức và định dạng khác giữ nguyên',
    options: ["--out   tệp .xlsx sẽ tạo (tệp gốc không bị sửa)"],
    examples: ['ntp-disburse clear "huyen-que-son - to-mau.xlsx" --out huyen-que-son.xlsx'],
    exit: ["0  đã ghi bản sao", "2  không chạy được: tham số sai, tệp thiếu hoặc hỏng"],
  },
  en: {
    synopsis: "ntp-disburse clear FILE.xlsx --out CLEAN.xlsx [--lang vi|en]",
    summary:
      'a copy without ntp-disburse\'s highlights and its legend sheet ("Chú giải"); every value, formula and other format as it was',
    options: ["--out   the .xlsx file to create (the input is never written)"],
    examples: ['ntp-disburse clear "que-son - highlighted.xlsx" --out que-son.xlsx'],
    exit: ["0  the copy was written", "2  could not run: bad arguments, a missing or broken file"],
  },
};
