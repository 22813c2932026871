/** The command line's own words (findings have theirs in messages.ts). */

import type { Lang } from "../engine/text/format";
import { DAMAGED_METADATA } from "./damaged-metadata";

export const CLI_TEXT = {
  vi: {
    usage: `Cách dùng:
  ntp-disburse validate TỆP.xlsx [--profile MÃ|TỆP.json] [--as-of NGÀY] [--json]
                                [--out BẢN-TÔ-MÀU.xlsx] [--lang vi|en]
  ntp-disburse consolidate TỆP.xlsx... | THƯ_MỤC [--expected DON_VI.csv] [--treasury KHO_BAC.xlsx]
               [--previous THƯ_MỤC] [--profile ...] [--as-of ...] [--json] [--out TONG_HOP.xlsx]
               [--issuer "CƠ QUAN"] [--place "ĐỊA DANH"] [--scale million|billion]
  ntp-disburse template PHÂN-BỔ.xlsx|.csv --granularity month|quarter|month+quarter --out KẾ-HOẠCH.xlsx
                        [--profile MÃ|TỆP.json] [--unit-name "Huyện …"] [--as-of NGÀY] [--lang vi|en]
  ntp-disburse stamp TỆP.xlsx --leader "Họ tên" --position "Chức vụ" [--unit "…"] --out ĐÃ-XÁC-NHẬN.xlsx
  ntp-disburse clear TỆP.xlsx --out BẢN-SẠCH.xlsx
  ntp-disburse help [LỆNH]      trợ giúp (ntp-disburse LỆNH --help: ví dụ và mã thoát của lệnh)
  ntp-disburse --version        phiên bản

  validate      đọc mọi bảng kế hoạch giải ngân trong tệp và kiểm tra từng dòng
  consolidate   tổng hợp kế hoạch các đơn vị gửi về: tổng theo đơn vị, chương trình, nguồn vốn;
                hồ sơ trùng, bị loại, đơn vị chưa nộp; đối chiếu Kho bạc; trượt kế hoạch
  template      lập mẫu kế hoạch giải ngân (đã khóa, sẵn để in) từ danh mục phân bổ vốn
  stamp         lãnh đạo xác nhận kế hoạch: ghi bản sao có dấu vân tay nội dung và trang "Xác nhận"
  clear         ghi bản sao đã bỏ tô màu và trang "Chú giải" của ntp-disburse

  --profile     hồ sơ mốc thời hạn: mã có sẵn hoặc tệp .json
                (mặc định: hồ sơ lưu trong tệp, nếu không có thì quang-nam-2024)
  --as-of       ngày kiểm tra: 31/05/2024, 31/5/24, 31-05-2024, 31.05.2024 hoặc 2024-05-31 (mặc định hôm nay);
                template: ngày báo cáo ghi vào mẫu (mặc định để trống)
  --json        in báo cáo JSON (theo hợp đồng báo cáo) ra stdout
  --out         validate: ghi thêm một bản sao của tệp, tô màu các dòng và ô có vấn đề (tệp gốc không bị sửa);
                consolidate: ghi sổ tổng hợp (.xlsx) có báo cáo tháng và biểu đồ;
                template: tệp kế hoạch .xlsx sẽ tạo (không bao giờ ghi đè tệp đầu vào)
  --expected    danh sách đơn vị phải nộp (CSV, mỗi dòng một tên)
  --treasury    số liệu Kho bạc (dự toán, thanh toán theo mã dự án)
  --previous    thư mục hồ sơ lần nộp trước, để so sánh thay đổi kế hoạch
  --granularity kế hoạch theo tháng (month), theo quý (quarter) hoặc cả hai (month+quarter)
  --unit-name   tên đơn vị lập kế hoạch, ghi dưới tiêu đề
  --issuer, --place, --scale   báo cáo tháng: cơ quan ban hành, địa danh, triệu (million) hay tỷ đồng (billion)
  --lang        ngôn ngữ thông báo: vi (mặc định) hoặc en`,
    badArgs: "tham số không hợp lệ",
    seeHelp: "xem: ntp-disburse --help",
    fileWithoutCommand: (file: string) =>
      `thiếu lệnh trước tệp ${file}; để kiểm tra tệp, dùng: ntp-disburse validate ${file}`,
    didYouMean: (name: string) => `có phải ý bạn là: ${name}?`,
    outNotXlsx: "--out phải là tên tệp .xlsx",
    badScale: "--scale chỉ nhận million (triệu đồng) hoặc billion (tỷ đồng)",
    notAllocationFile: "không phải danh mục phân bổ vốn dùng được; chỉ nhận tệp Excel .xlsx hoặc CSV (.csv)",
    unknownCommand: "lệnh không có",
    needFile: "thiếu tên tệp cần kiểm tra",
    badDate:
      "--as-of phải là một ngày có thật, dạng ngày/tháng/năm (31/05/2024, 31/5/24, 31-05-2024, 31.05.2024) hoặc 2024-05-31",
    unknownOption: (option: string) => `không có tùy chọn ${option}`,
    missingValue: (option: string) => `tùy chọn ${option} cần một giá trị`,
    builtInProfiles: "hồ sơ có sẵn",
    profileYearPast: (asOf: string, profile: string, year: number) =>
      `ngày kiểm tra ${asOf} đã sang năm sau năm của hồ sơ "${profile}" (${year}): mọi hạn của hồ sơ đều đã qua; hãy dùng --as-of hoặc một hồ sơ của năm đúng`,
    badLang: "--lang chỉ nhận vi hoặc en",
    unknownProfile: "không có hồ sơ",
    badProfile: "hồ sơ không hợp lệ",
    badStoredProfile: "hồ sơ mốc thời hạn lưu trong tệp không hợp lệ (dùng --profile để chọn hồ sơ khác)",
    profileFromWorkbook: (id: string) => `dùng hồ sơ "${id}" lưu trong tệp`,
    damagedMetadata: DAMAGED_METADATA.vi,
    notFound: "không tìm thấy tệp",
    isDirectory: "là một thư mục, không phải tệp",
    noAccess: "không có quyền đọc tệp",
    tooBig: "tệp lớn hơn giới hạn",
    outIsInput: "--out không được ghi đè lên tệp đầu vào; hãy chọn tên tệp khác",
    noOutDir: "thư mục để ghi tệp không tồn tại",
    noWriteAccess: "không có quyền ghi tệp",
    fileOutOfMemory: (mb: number) => `đọc tệp cần quá ${mb} MiB bộ nhớ (giới hạn cho mỗi tệp); bỏ qua tệp này`,
    fileTooSlow: (s: number) => `đọc tệp mất quá ${s} giây (giới hạn cho mỗi tệp); bỏ qua tệp này`,
    notRegularFile: "không phải một tệp thông thường (thiết bị, ống dẫn hay socket); chỉ đọc tệp thông thường",
    noSpace: "không đủ chỗ trên đĩa để ghi tệp; không có tệp nào được ghi",
    writeFailed: "không ghi được tệp; không có tệp nào được ghi",
    wroteHighlighted: (file: string) => `Đã ghi bản tô màu: ${file}`,
    wroteCleared: (file: string) => `Đã ghi bản không tô màu: ${file}`,
    noHighlightPlaced: (sheets: string[]) =>
      `không đặt được chỗ tô màu nào (không tìm thấy phần dữ liệu của trang ${sheets.map((s) => `"${s}"`).join(", ")}); không ghi bản tô màu`,
    someHighlightsUnplaced: (sheets: string[]) =>
      `không đặt được chỗ tô màu trên trang ${sheets.map((s) => `"${s}"`).join(", ")}; các trang khác đã được tô`,
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
    needFiles: "thiếu tệp hoặc thư mục hồ sơ cần tổng hợp",
    emptyDir: "thư mục không có tệp nào",
    noTreasuryLines: "không tìm thấy dòng nào có mã dự án trong số liệu Kho bạc",
    previousLabel: "lần trước",
    rejectedFile: "bị loại",
    wrote: "đã ghi",
    nothingAccepted: "không có hồ sơ nào dùng được để tổng hợp",
    needAllocation: "thiếu tệp danh mục phân bổ vốn (.xlsx hoặc .csv)",
    badGranularity: "--granularity phải là month, quarter hoặc month+quarter",
    needOut: "thiếu --out: tệp .xlsx sẽ tạo",
    templateWritten: (out: string, rows: number, items: number, granularity: string, total: string) =>
      `Đã tạo ${out}: ${rows} dòng kế hoạch (${items} nội dung, mỗi nguồn vốn một dòng), ${granularity}; tổng vốn ${total}.`,
  },
  en: {
    usage: `Usage:
  ntp-disburse validate FILE.xlsx [--profile ID|FILE.json] [--as-of DAY] [--json]
                                [--out HIGHLIGHTED.xlsx] [--lang vi|en]
  ntp-disburse consolidate FILE.xlsx... | DIR [--expected UNITS.csv] [--treasury TREASURY.xlsx]
               [--previous DIR] [--profile ...] [--as-of ...] [--json] [--out CONSOLIDATED.xlsx]
               [--issuer "AGENCY"] [--place "PLACE"] [--scale million|billion]
  ntp-disburse template ALLOCATION.xlsx|.csv --granularity month|quarter|month+quarter --out PLAN.xlsx
                        [--profile ID|FILE.json] [--unit-name "District …"] [--as-of DAY] [--lang vi|en]
  ntp-disburse stamp FILE.xlsx --leader "Full name" --position "Position" [--unit "…"] --out STAMPED.xlsx
  ntp-disburse clear FILE.xlsx --out CLEAN.xlsx
  ntp-disburse help [COMMAND]   help (ntp-disburse COMMAND --help: examples and exit statuses)
  ntp-disburse --version        version

  validate      read every disbursement plan table in the file and check each line
  consolidate   consolidate the units' submitted plans: totals by unit, programme and source;
                duplicate, rejected and missing submissions; Treasury reconciliation; plan slippage
  template      make a plan template (protected, ready to print) from an allocation list
  stamp         a leader's commitment to the plan: a copy with the plan's fingerprint and a "Commitment" sheet
  clear         a copy without ntp-disburse's highlights and its legend sheet ("Chú giải")

  --profile     milestone profile: a built-in id or a .json file
                (default: the one stored in the file, else quang-nam-2024)
  --as-of       the day to check at: 31/05/2024, 31/5/24, 31-05-2024, 31.05.2024 or 2024-05-31 (default today);
                template: the report day written in it (default blank)
  --json        print the JSON report (per the report contract) on stdout
  --out         validate: also write a copy of the file with the lines and cells at issue highlighted;
                consolidate: the consolidated workbook (.xlsx) with the monthly briefing and charts;
                template: the plan .xlsx to create (an input file is never overwritten)
  --expected    units expected to submit (CSV, one name a line)
  --treasury    the Treasury's export (allocations and payments by project code)
  --previous    folder of the previous submissions, to list plan changes
  --granularity plan by month, by quarter, or both (month+quarter)
  --unit-name   name of the unit making the plan, written under the title
  --issuer, --place, --scale   monthly briefing: issuing agency, place, million or billion VND
  --lang        language of messages: vi (default) or en`,
    badArgs: "invalid arguments",
    seeHelp: "see: ntp-disburse --help",
    fileWithoutCommand: (file: string) =>
      `no command before the file ${file}; to check it, use: ntp-disburse validate ${file}`,
    didYouMean: (name: string) => `did you mean: ${name}?`,
    outNotXlsx: "--out must be an .xlsx file name",
    badScale: "--scale takes million (million VND) or billion (billion VND)",
    notAllocationFile: "not a usable allocation list; only an Excel .xlsx or a CSV (.csv) file is accepted",
    unknownCommand: "unknown command",
    needFile: "the file to check is missing",
    badDate:
      "--as-of must be a real day, as day/month/year (31/05/2024, 31/5/24, 31-05-2024, 31.05.2024) or 2024-05-31",
    unknownOption: (option: string) => `no option ${option}`,
    missingValue: (option: string) => `option ${option} needs a value`,
    builtInProfiles: "built-in profiles",
    profileYearPast: (asOf: string, profile: string, year: number) =>
      `the day checked, ${asOf}, is in a later year than profile "${profile}" (${year}): all its deadlines have passed; use --as-of or a profile of the right year`,
    badLang: "--lang takes vi or en",
    unknownProfile: "no such profile",
    badProfile: "invalid profile",
    badStoredProfile: "the milestone profile stored in the file is invalid (choose another with --profile)",
    profileFromWorkbook: (id: string) => `using the profile "${id}" stored in the file`,
    damagedMetadata: DAMAGED_METADATA.en,
    notFound: "file not found",
    isDirectory: "is a directory, not a file",
    noAccess: "permission denied",
    tooBig: "the file is larger than the limit",
    outIsInput: "--out must not overwrite the input file; choose another name",
    noOutDir: "the folder to write into does not exist",
    noWriteAccess: "permission denied for writing",
    fileOutOfMemory: (mb: number) =>
      `reading the file needs more than ${mb} MiB of memory (the limit per file); file skipped`,
    fileTooSlow: (s: number) => `reading the file takes more than ${s} seconds (the limit per file); file skipped`,
    notRegularFile: "is not a regular file (a device, pipe or socket); only regular files are read",
    noSpace: "not enough space on the disk to write the file; nothing was written",
    writeFailed: "the file could not be written; nothing was written",
    wroteHighlighted: (file: string) => `Highlighted copy written: ${file}`,
    wroteCleared: (file: string) => `Copy without highlights written: ${file}`,
    noHighlightPlaced: (sheets: string[]) =>
      `no highlight could be placed (the part of sheet ${sheets.map((s) => `"${s}"`).join(", ")} was not found); no copy written`,
    someHighlightsUnplaced: (sheets: string[]) =>
      `highlights could not be placed on sheet ${sheets.map((s) => `"${s}"`).join(", ")}; the other sheets are highlighted`,
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
    needFiles: "the files or folder to consolidate are missing",
    emptyDir: "the folder holds no file",
    noTreasuryLines: "no line with a project code found in the Treasury export",
    previousLabel: "previous",
    rejectedFile: "rejected",
    wrote: "wrote",
    nothingAccepted: "no submission could be used",
    needAllocation: "the allocation list (.xlsx or .csv) is missing",
    badGranularity: "--granularity takes month, quarter or month+quarter",
    needOut: "--out is missing: the .xlsx file to create",
    templateWritten: (out: string, rows: number, items: number, granularity: string, total: string) =>
      `Wrote ${out}: ${rows} plan rows (${items} lines, one row per capital source), ${granularity}; capital ${total}.`,
  },
} satisfies Record<Lang, unknown>;
