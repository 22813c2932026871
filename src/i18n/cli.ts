/** The command line's own words (findings have theirs in messages.ts). */

import type { Lang } from "./format";

export const CLI_TEXT = {
  vi: {
    usage: `Cách dùng:
  ntp-disburse validate TỆP.xlsx [--profile MÃ|TỆP.json] [--as-of YYYY-MM-DD] [--json]
                                [--out BẢN-TÔ-MÀU.xlsx] [--lang vi|en]

  validate   đọc mọi bảng kế hoạch giải ngân trong tệp và kiểm tra từng dòng
  --profile  hồ sơ mốc thời hạn: mã có sẵn (mặc định quang-nam-2024) hoặc tệp .json
  --as-of    ngày kiểm tra (mặc định hôm nay)
  --json     in báo cáo JSON (theo hợp đồng báo cáo) ra stdout
  --out      ghi thêm một bản sao của tệp, tô màu các dòng và ô có vấn đề (tệp gốc không bị sửa)
  --lang     ngôn ngữ thông báo: vi (mặc định) hoặc en`,
    badArgs: "tham số không hợp lệ",
    unknownCommand: "lệnh không có",
    needFile: "thiếu tên tệp cần kiểm tra",
    badDate: "ngày --as-of phải có dạng YYYY-MM-DD",
    badLang: "--lang chỉ nhận vi hoặc en",
    unknownProfile: "không có hồ sơ",
    badProfile: "hồ sơ không hợp lệ",
    notFound: "không tìm thấy tệp",
    isDirectory: "là một thư mục, không phải tệp",
    noAccess: "không có quyền đọc tệp",
    tooBig: "tệp lớn hơn giới hạn",
    outIsInput: "--out không được ghi đè lên tệp đầu vào; hãy chọn tên tệp khác",
    noOutDir: "thư mục để ghi tệp không tồn tại",
    noWriteAccess: "không có quyền ghi tệp",
    wroteHighlighted: (file: string) => `Đã ghi bản tô màu: ${file}`,
    noPlan: "không tìm thấy bảng kế hoạch giải ngân nào (cần một dòng tiêu đề có tên dự án và các cột số tiền)",
    internal: "lỗi không lường trước khi xử lý tệp",
    unitGuessed: (sheet: string, unit: string) => `bảng "${sheet}" không ghi đơn vị tính; đọc theo ${unit}`,
    table: "Bảng",
    headerRows: "dòng tiêu đề",
    dataRows: "dữ liệu dòng",
    lines: "dòng kế hoạch",
    granularity: { month: "theo tháng", quarter: "theo quý", "month+quarter": "theo tháng và quý" },
    status: { ok: "đạt", watch: "cần theo dõi", "at-risk": "có nguy cơ", lapsed: "quá hạn", invalid: "không hợp lệ" },
    total: "Tổng",
    errors: "lỗi",
    warnings: "cảnh báo",
    profile: "hồ sơ",
    asOf: "ngày kiểm tra",
    sheet: "trang",
  },
  en: {
    usage: `Usage:
  ntp-disburse validate FILE.xlsx [--profile ID|FILE.json] [--as-of YYYY-MM-DD] [--json]
                                [--out HIGHLIGHTED.xlsx] [--lang vi|en]

  validate   read every disbursement plan table in the file and check each line
  --profile  milestone profile: a built-in id (default quang-nam-2024) or a .json file
  --as-of    the day to check at (default today)
  --json     print the JSON report (per the report contract) on stdout
  --out      also write a copy of the file with the lines and cells at issue highlighted (the input is not changed)
  --lang     language of messages: vi (default) or en`,
    badArgs: "invalid arguments",
    unknownCommand: "unknown command",
    needFile: "the file to check is missing",
    badDate: "--as-of must be a date YYYY-MM-DD",
    badLang: "--lang takes vi or en",
    unknownProfile: "no such profile",
    badProfile: "invalid profile",
    notFound: "file not found",
    isDirectory: "is a directory, not a file",
    noAccess: "permission denied",
    tooBig: "the file is larger than the limit",
    outIsInput: "--out must not overwrite the input file; choose another name",
    noOutDir: "the folder to write into does not exist",
    noWriteAccess: "permission denied for writing",
    wroteHighlighted: (file: string) => `Highlighted copy written: ${file}`,
    noPlan: "no disbursement plan table found (a header row naming the projects and amount columns is needed)",
    internal: "unexpected error while processing the file",
    unitGuessed: (sheet: string, unit: string) => `table "${sheet}" states no unit; read as ${unit}`,
    table: "Table",
    headerRows: "header rows",
    dataRows: "data rows",
    lines: "plan lines",
    granularity: { month: "monthly", quarter: "quarterly", "month+quarter": "monthly and quarterly" },
    status: { ok: "ok", watch: "watch", "at-risk": "at risk", lapsed: "lapsed", invalid: "invalid" },
    total: "Total",
    errors: "errors",
    warnings: "warnings",
    profile: "profile",
    asOf: "as of",
    sheet: "sheet",
  },
} satisfies Record<Lang, unknown>;
