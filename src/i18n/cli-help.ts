/**
 * Each command's --help: what it does, its options, examples and exit
 * statuses, Vietnamese first. A new command adds its entry here and a row to
 * COMMANDS in src/cli/main.ts.
 */

import type { Lang } from "../engine/text/format";

export interface CommandHelp {
  synopsis: string;
  summary: string;
  options: string[];
  examples: string[];
  exit: string[];
}

const EXIT_CHECK: Record<Lang, string[]> = {
  vi: [
    "0  đã chạy, không có lỗi (mức error)",
    "1  đã chạy, có ít nhất một lỗi",
    "2  không chạy được: tham số sai, tệp thiếu, hỏng hoặc không có bảng kế hoạch",
  ],
  en: [
    "0  ran, no finding of severity error",
    "1  ran, at least one error",
    "2  could not run: bad arguments, a missing or broken file, or no plan table",
  ],
};

const DATE_FORMS: Record<Lang, string> = {
  vi: "ngày kiểm tra: 31/05/2024, 31/5/24, 31-05-2024, 31.05.2024 hoặc 2024-05-31 (mặc định hôm nay)",
  en: "the day to check at: 31/05/2024, 31/5/24, 31-05-2024, 31.05.2024 or 2024-05-31 (default today)",
};

export const COMMAND_HELP: Record<Lang, Record<"validate" | "consolidate" | "template", CommandHelp>> = {
  vi: {
    validate: {
      synopsis:
        "ntp-disburse validate TỆP.xlsx [--profile MÃ|TỆP.json] [--as-of NGÀY] [--json] [--out BẢN-TÔ-MÀU.xlsx] [--lang vi|en]",
      summary: "đọc mọi bảng kế hoạch giải ngân trong tệp và kiểm tra từng dòng",
      options: [
        "--profile  hồ sơ mốc thời hạn: mã có sẵn hoặc tệp .json (mặc định: hồ sơ lưu trong tệp, nếu không có thì quang-nam-2024)",
        `--as-of    ${DATE_FORMS.vi}`,
        "--json     in báo cáo JSON ra stdout",
        "--out      ghi thêm bản sao .xlsx tô màu các dòng, ô có vấn đề (tệp gốc không bị sửa)",
      ],
      examples: [
        "ntp-disburse validate huyen-que-son.xlsx --as-of 31/5/2024",
        "ntp-disburse validate huyen-que-son.xlsx --out huyen-que-son-to-mau.xlsx",
        "ntp-disburse validate huyen-que-son.xlsx --json --lang en > bao-cao.json",
      ],
      exit: EXIT_CHECK.vi,
    },
    consolidate: {
      synopsis:
        'ntp-disburse consolidate TỆP.xlsx... | THƯ-MỤC [--expected DON-VI.csv] [--treasury KHO-BAC.xlsx] [--previous THƯ-MỤC] [--profile ...] [--as-of NGÀY] [--json] [--out TONG-HOP.xlsx] [--issuer "CƠ QUAN"] [--place "ĐỊA DANH"] [--scale million|billion]',
      summary:
        "tổng hợp kế hoạch các đơn vị gửi về: tổng theo đơn vị, chương trình, nguồn vốn; hồ sơ trùng, bị loại, chưa nộp; đối chiếu Kho bạc; trượt kế hoạch; báo cáo tháng một trang",
      options: [
        "--expected  danh sách đơn vị phải nộp (CSV, mỗi dòng một tên)",
        "--treasury  số liệu Kho bạc (dự toán, thanh toán theo mã dự án)",
        "--previous  thư mục hồ sơ lần nộp trước, để so sánh thay đổi kế hoạch",
        `--as-of     ${DATE_FORMS.vi}`,
        "--out       sổ tổng hợp .xlsx có báo cáo tháng và biểu đồ",
        "--issuer    cơ quan ban hành báo cáo (mặc định SỞ KẾ HOẠCH VÀ ĐẦU TƯ)",
        "--place     địa danh ở dòng ngày tháng (ví dụ Quảng Nam)",
        "--scale     số tiền trong báo cáo tháng theo triệu đồng (million, mặc định) hoặc tỷ đồng (billion)",
      ],
      examples: [
        "ntp-disburse consolidate ho-so-thang-5/ --as-of 31/5/2024 --out tong-hop-2024-05.xlsx",
        'ntp-disburse consolidate ho-so-thang-5/ --expected don-vi.csv --treasury kho-bac.xlsx --previous ho-so-thang-4/ --place "Quảng Nam" --out tong-hop.xlsx',
      ],
      exit: [
        "0  đã tổng hợp, không hồ sơ nào có lỗi",
        "1  đã tổng hợp, có hồ sơ có lỗi",
        "2  không chạy được, hoặc không hồ sơ nào dùng được",
      ],
    },
    template: {
      synopsis:
        'ntp-disburse template PHÂN-BỔ.xlsx|.csv --granularity month|quarter|month+quarter --out KẾ-HOẠCH.xlsx [--profile MÃ|TỆP.json] [--unit-name "Huyện …"] [--as-of NGÀY] [--lang vi|en]',
      summary: "lập mẫu kế hoạch giải ngân (đã khóa, sẵn để in) từ danh mục phân bổ vốn (.xlsx hoặc .csv)",
      options: [
        "--granularity  kế hoạch theo tháng (month), theo quý (quarter) hoặc cả hai (month+quarter)",
        "--out          tệp kế hoạch .xlsx sẽ tạo (không bao giờ ghi đè tệp đầu vào)",
        "--unit-name    tên đơn vị lập kế hoạch, ghi dưới tiêu đề",
        "--as-of        ngày báo cáo ghi vào mẫu (mặc định để trống)",
      ],
      examples: [
        'ntp-disburse template phan-bo-von-2024.csv --granularity month+quarter --unit-name "Huyện Quế Sơn" --out ke-hoach-2024.xlsx',
      ],
      exit: ["0  đã tạo tệp kế hoạch", "2  không chạy được: tham số sai, danh mục thiếu, hỏng hoặc không đọc được"],
    },
  },
  en: {
    validate: {
      synopsis:
        "ntp-disburse validate FILE.xlsx [--profile ID|FILE.json] [--as-of DAY] [--json] [--out HIGHLIGHTED.xlsx] [--lang vi|en]",
      summary: "read every disbursement plan table in the file and check each line",
      options: [
        "--profile  milestone profile: a built-in id or a .json file (default: the one stored in the file, else quang-nam-2024)",
        `--as-of    ${DATE_FORMS.en}`,
        "--json     print the JSON report on stdout",
        "--out      also write an .xlsx copy with the lines and cells at issue highlighted (the input is never changed)",
      ],
      examples: [
        "ntp-disburse validate district-plan.xlsx --as-of 31/5/2024 --lang en",
        "ntp-disburse validate district-plan.xlsx --out district-plan-highlighted.xlsx --lang en",
        "ntp-disburse validate district-plan.xlsx --json > report.json",
      ],
      exit: EXIT_CHECK.en,
    },
    consolidate: {
      synopsis:
        'ntp-disburse consolidate FILE.xlsx... | DIR [--expected UNITS.csv] [--treasury TREASURY.xlsx] [--previous DIR] [--profile ...] [--as-of DAY] [--json] [--out CONSOLIDATED.xlsx] [--issuer "AGENCY"] [--place "PLACE"] [--scale million|billion]',
      summary:
        "consolidate the units' submitted plans: totals by unit, programme and source; duplicate, rejected and missing submissions; Treasury reconciliation; plan slippage; a one-page monthly briefing",
      options: [
        "--expected  units expected to submit (CSV, one name a line)",
        "--treasury  the Treasury's export (allocations and payments by project code)",
        "--previous  folder of the previous submissions, to list plan changes",
        `--as-of     ${DATE_FORMS.en}`,
        "--out       the consolidated .xlsx workbook with the monthly briefing and charts",
        "--issuer    the issuing agency of the briefing (default: the Department of Planning and Investment)",
        "--place     the place of the briefing's date line (e.g. Quảng Nam)",
        "--scale     briefing amounts in million VND (million, default) or billion VND (billion)",
      ],
      examples: [
        "ntp-disburse consolidate may-submissions/ --as-of 31/5/2024 --out consolidated-2024-05.xlsx --lang en",
        'ntp-disburse consolidate may/ --expected units.csv --treasury treasury.xlsx --previous april/ --place "Quảng Nam" --out consolidated.xlsx',
      ],
      exit: [
        "0  consolidated, no submission has an error",
        "1  consolidated, some submission has an error",
        "2  could not run, or no submission could be used",
      ],
    },
    template: {
      synopsis:
        'ntp-disburse template ALLOCATION.xlsx|.csv --granularity month|quarter|month+quarter --out PLAN.xlsx [--profile ID|FILE.json] [--unit-name "District …"] [--as-of DAY] [--lang vi|en]',
      summary: "make a plan template (protected, ready to print) from an allocation list (.xlsx or .csv)",
      options: [
        "--granularity  plan by month, by quarter, or both (month+quarter)",
        "--out          the plan .xlsx to create (an input file is never overwritten)",
        "--unit-name    name of the unit making the plan, written under the title",
        "--as-of        the report day written in it (default blank)",
      ],
      examples: [
        'ntp-disburse template allocation-2024.csv --granularity month+quarter --unit-name "Quế Sơn District" --out plan-2024.xlsx',
      ],
      exit: ["0  the plan was written", "2  could not run: bad arguments, a missing, broken or unreadable list"],
    },
  },
};

const HEADINGS: Record<Lang, { options: string; examples: string; exit: string; common: string }> = {
  vi: {
    options: "Tùy chọn",
    examples: "Ví dụ",
    exit: "Mã thoát",
    common: "--lang vi|en  ngôn ngữ thông báo (mặc định vi); --help  trợ giúp này",
  },
  en: {
    options: "Options",
    examples: "Examples",
    exit: "Exit status",
    common: "--lang vi|en  language of messages (default vi); --help  this help",
  },
};

/** One command's full help. */
export function commandHelpText(help: CommandHelp, lang: Lang): string {
  const h = HEADINGS[lang];
  const indent = (lines: string[]): string => lines.map((l) => `  ${l}`).join("\n");
  return [
    help.synopsis,
    "",
    `  ${help.summary}`,
    "",
    `${h.options}:`,
    indent([...help.options, h.common]),
    "",
    `${h.examples}:`,
    indent(help.examples),
    "",
    `${h.exit}:`,
    indent(help.exit),
  ].join("\n");
}
