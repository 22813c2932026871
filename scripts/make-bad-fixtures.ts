/**
 * Writes the bad-input fixtures into test/fixtures/bad/. Each must make
 * `ntp-disburse validate` exit with status 2 and one clear line on stderr.
 *
 *   npx tsx scripts/make-bad-fixtures.ts
 *
 * password-protected.xlsx needs LibreOffice and python3-uno (see
 * scripts/lo-encrypt.py); without them the committed file is kept.
 * old-binary.xls and ods-named-xlsx.xlsx are written by scripts/make-lo-fixtures.sh.
 * The zip bomb is not a file here: test/helpers/zip-bomb.ts writes one on demand.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { strToU8 } from "fflate";
import { font, HEADER_FILL, NUMFMT, styleBox, THIN } from "./samples/sheet-style";
import { title } from "./samples/sheet-layout";
import { newWorkbook, rezip, save } from "./samples/workbook-file";
import { put } from "./samples/table";
import { columnLetter } from "../src/engine/grid";

const root = path.resolve(__dirname, "..");
const dir = path.join(root, "test", "fixtures", "bad");
const PASSWORD = "Giaingan@2024";

/** A small but valid plan workbook, the base of several broken ones. */
async function smallPlan(file: string): Promise<void> {
  const wb = newWorkbook("Phòng Tài chính - Kế hoạch huyện Phước Sơn");
  const ws = wb.addWorksheet("KH giai ngan");
  title(ws, "A1:F1", "KẾ HOẠCH GIẢI NGÂN VỐN NĂM 2024 - HUYỆN PHƯỚC SƠN", font(13, { bold: true }));
  title(ws, "E2:F2", "ĐVT: triệu đồng", font(11, { italic: true }), { horizontal: "right" });
  const head = ["STT", "Tên dự án", "Chủ đầu tư", "Kế hoạch vốn năm 2024", "Tháng 1", "Tháng 2"];
  head.forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  styleBox(ws, 3, 1, 3, 6, { font: font(11, { bold: true }), border: THIN, fill: HEADER_FILL });
  const rows: [string, string, string, number, number, number][] = [
    ["1", "Đường GTNT thôn 3, xã Phước Kim", "UBND xã Phước Kim", 1250.5, 600, 650.5],
    ["2", "Nhà văn hóa thôn 1, xã Phước Thành", "UBND xã Phước Thành", 480, 200, 280],
  ];
  ws.getCell(4, 2).value = "TỔNG CỘNG";
  for (let c = 4; c <= 6; c++) put(ws, 4, c, { formula: `SUM(${columnLetter(c)}5:${columnLetter(c)}6)` });
  rows.forEach((r, i) => r.forEach((v, k) => (ws.getCell(5 + i, k + 1).value = v)));
  styleBox(ws, 4, 4, 6, 6, { numFmt: NUMFMT.million });
  ws.getColumn(2).width = 36;
  ws.getColumn(3).width = 22;
  ws.getColumn(4).width = 14;
  await save(wb, file);
}

async function letter(file: string): Promise<void> {
  const wb = newWorkbook("UBND huyện Đông Giang");
  const ws = wb.addWorksheet("Cong van");
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 48;
  const lines: [string, string, boolean?][] = [
    ["UBND HUYỆN ĐÔNG GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true],
    ["PHÒNG TÀI CHÍNH - KẾ HOẠCH", "Độc lập - Tự do - Hạnh phúc", true],
    ["Số: 215/TCKH", "Đông Giang, ngày 03 tháng 6 năm 2024"],
    ["V/v đăng ký kế hoạch giải ngân vốn các Chương trình MTQG năm 2024", ""],
    ["", ""],
    ["Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Quảng Nam", ""],
    ["", ""],
    [
      "Thực hiện Kết luận của Trưởng Ban Chỉ đạo các Chương trình MTQG tỉnh tại Hội nghị ngày 27/3/2024, Phòng Tài chính - Kế hoạch huyện Đông Giang báo cáo như sau:",
      "",
    ],
    ["1. Tổng kế hoạch vốn được giao năm 2024: 45.320 triệu đồng, đã phân bổ chi tiết 43.870 triệu đồng.", ""],
    ["2. Giải ngân đến 31/5/2024: 12.415,6 triệu đồng, đạt 27,4% kế hoạch.", ""],
    ["3. Kế hoạch giải ngân chi tiết theo từng dự án sẽ gửi kèm theo trước ngày 10/6/2024.", ""],
    ["", ""],
    ["Nơi nhận:", "TRƯỞNG PHÒNG", true],
    ["- Như trên;", ""],
    ["- Lưu: VT.", ""],
    ["", ""],
    ["", "Bríu Thị Nhung", true],
  ];
  lines.forEach(([a, b, bold], i) => {
    const r = ws.getRow(i + 1);
    r.getCell(1).value = a || null;
    r.getCell(2).value = b || null;
    r.getCell(1).font = font(12, { bold: !!bold });
    r.getCell(2).font = font(12, { bold: !!bold });
    r.getCell(1).alignment = { wrapText: true, vertical: "top" };
    r.getCell(2).alignment = { horizontal: "center" };
  });
  // The body paragraph spans both columns, as typed in Excel.
  for (const r of [8, 9, 10, 11]) {
    ws.mergeCells(r, 1, r, 2);
    ws.getRow(r).height = 33;
  }
  // A stray number in a cell, as letters written in Excel often have.
  ws.getCell("D9").value = 45320;
  ws.getCell("D10").value = 12415.6;
  ws.getCell("D9").font = font(9, { color: { argb: "FF808080" } });
  ws.getCell("D10").font = font(9, { color: { argb: "FF808080" } });
  await save(wb, file);
}

async function contacts(file: string): Promise<void> {
  const wb = newWorkbook("Sở Kế hoạch và Đầu tư tỉnh Quảng Nam");
  const ws = wb.addWorksheet("Danh ba");
  title(ws, "A1:F1", "DANH BẠ CÁN BỘ ĐẦU MỐI THEO DÕI GIẢI NGÂN CÁC CHƯƠNG TRÌNH MTQG", font(13, { bold: true }));
  const head = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Email"];
  head.forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  styleBox(ws, 3, 1, 3, 6, { font: font(11, { bold: true }), border: THIN, fill: HEADER_FILL });
  const people: [string, string, string, string, string][] = [
    [
      "Nguyễn Văn An",
      "Phó Trưởng phòng",
      "Phòng TC-KH huyện Nam Trà My",
      "0235 3880 123",
      "tckh.namtramy@quangnam.gov.vn",
    ],
    ["Trần Thị Bích", "Chuyên viên", "Phòng TC-KH huyện Tây Giang", "0905 112 233", "tckh.taygiang@quangnam.gov.vn"],
    ["Lê Văn Cường", "Chuyên viên", "Phòng TC-KH huyện Quế Sơn", "0914 223 344", "tckh.queson@quangnam.gov.vn"],
    ["Phạm Thị Dung", "Trưởng phòng", "Phòng TC-KH thị xã Điện Bàn", "0235 3867 456", "tckh.dienban@quangnam.gov.vn"],
    ["Hồ Văn Em", "Chuyên viên", "Sở Lao động - TB&XH", "0935 334 455", "ldtbxh@quangnam.gov.vn"],
    ["Alăng Thị Phương", "Chuyên viên", "Ban Dân tộc tỉnh", "0982 445 566", "bdt@quangnam.gov.vn"],
  ];
  people.forEach((p, i) => {
    ws.getCell(4 + i, 1).value = i + 1;
    p.forEach((v, k) => (ws.getCell(4 + i, k + 2).value = v));
  });
  styleBox(ws, 4, 1, 3 + people.length, 6, { font: font(11), border: THIN });
  [5, 20, 16, 30, 15, 32].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await save(wb, file);
}

function encrypt(src: string, dst: string): boolean {
  const py = "/usr/bin/python3";
  const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).status === 0;
  if (!fs.existsSync(py) || !hasSoffice) return false;
  const res = spawnSync(py, [path.join(root, "scripts", "lo-encrypt.py"), src, dst, PASSWORD], {
    stdio: "inherit",
    timeout: 180_000,
  });
  return res.status === 0;
}

async function main(): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ntp-bad-"));
  try {
    const valid = path.join(tmp, "valid.xlsx");
    await smallPlan(valid);
    const bytes = fs.readFileSync(valid);

    fs.writeFileSync(path.join(dir, "empty.xlsx"), Buffer.alloc(0));
    fs.writeFileSync(
      path.join(dir, "text-file.xlsx"),
      "STT;Tên dự án;Kế hoạch vốn năm 2024\r\n1;Đường GTNT thôn 3, xã Phước Kim;1.250,5\r\n2;Nhà văn hóa thôn 1;480\r\n",
    );
    fs.writeFileSync(path.join(dir, "truncated.xlsx"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const garbage = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"\u0000\u0001\u0002 garbage &&& <<<not xml',
    );
    fs.writeFileSync(path.join(dir, "corrupt-sheet-xml.xlsx"), rezip(bytes, { "xl/worksheets/sheet1.xml": garbage }));
    await letter(path.join(dir, "no-plan-table-letter.xlsx"));
    await contacts(path.join(dir, "no-plan-table-contacts.xlsx"));

    const enc = path.join(dir, "password-protected.xlsx");
    if (encrypt(valid, enc)) console.error(`password-protected.xlsx written by LibreOffice (password "${PASSWORD}")`);
    else if (fs.existsSync(enc))
      console.error("LibreOffice/python3-uno not available: kept the committed password-protected.xlsx");
    else throw new Error("cannot create password-protected.xlsx: needs soffice and /usr/bin/python3 with python3-uno");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.error(`bad fixtures in ${path.relative(root, dir)}/`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
