/**
 * A large plan workbook for benchmarks, written as real workbooks are: a
 * district's monthly plan of `lines` works lines (19 cells each) under a
 * merged two-row header, grouped by project with group rows that hold the
 * sums of their children; a number format and borders on every amount cell,
 * a fill on group rows; repeated texts in the shared-string table and the
 * works' names as inline strings (both occur in files users send).
 *
 * The parts are written by hand and deflated as they are made (fflate's
 * streaming Zip), so generating 2 million cells stays small and quick and
 * the file holds exactly the XML described here.
 */

import { closeSync, openSync, writeSync } from "node:fs";
import { Zip, ZipDeflate } from "fflate";
import { a1 } from "../engine/grid";
import { xmlText } from "../engine/xml-text";

const MONTHS = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);

/** Style indexes in cellXfs below. */
const S_TEXT = 1;
const S_AMOUNT = 2;
const S_GROUP_TEXT = 3;
const S_GROUP_AMOUNT = 4;
const S_HEADER = 5;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0;[Red]\\-#,##0.0;&quot;-&quot;"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="11"/><name val="Times New Roman"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="hair"><color indexed="64"/></top><bottom style="hair"><color indexed="64"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"><alignment wrapText="1" vertical="center"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="KH giai ngan 2024" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

type Cell = string | number | null | { inline: string };

/** `unit` names the submitting unit in the title row (consolidation tells files apart by it). */
export function generatePlan(file: string, lines: number, unit = "HUYỆN THỬ NGHIỆM"): Promise<void> {
  const fd = openSync(file, "w");
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    writeSync(fd, chunk);
  });
  const encoder = new TextEncoder();
  const part = (name: string): ((text: string, last?: boolean) => void) => {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    return (text, last = false) => f.push(encoder.encode(text), last);
  };
  for (const [name, text] of [
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", ROOT_RELS],
    ["xl/workbook.xml", WORKBOOK],
    ["xl/_rels/workbook.xml.rels", WORKBOOK_RELS],
    ["xl/styles.xml", STYLES],
  ])
    part(name)(text, true);

  const shared = new Map<string, number>();
  const sharedIndex = (s: string): number => {
    let i = shared.get(s);
    if (i === undefined) shared.set(s, (i = shared.size));
    return i;
  };
  const sheet = part("xl/worksheets/sheet1.xml");
  let buffer = "";
  const out = (s: string): void => {
    buffer += s;
    if (buffer.length > 1 << 16) {
      sheet(buffer);
      buffer = "";
    }
  };
  let rowNo = 0;
  const row = (cells: Cell[], style: (col: number) => number = () => 0): void => {
    rowNo++;
    out(`<row r="${rowNo}">`);
    cells.forEach((v, i) => {
      const s = style(i + 1);
      if (v === null && s === 0) return;
      const at = `r="${a1(rowNo, i + 1)}"${s ? ` s="${s}"` : ""}`;
      if (v === null) out(`<c ${at}/>`);
      else if (typeof v === "number") out(`<c ${at}><v>${v}</v></c>`);
      else if (typeof v === "string") out(`<c ${at} t="s"><v>${sharedIndex(v)}</v></c>`);
      else out(`<c ${at} t="inlineStr"><is><t>${xmlText(v.inline)}</t></is></c>`);
    });
    out("</row>");
  };

  const height = 5 + lines + Math.ceil(lines / 50) + 2;
  out(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:S${height}"/><cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/><col min="3" max="4" width="14" customWidth="1"/><col min="5" max="18" width="12" customWidth="1"/><col min="19" max="19" width="20" customWidth="1"/></cols><sheetData>`,
  );
  row([`UBND ${unit}`]);
  row(["KẾ HOẠCH GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM 2024"]);
  row(["ĐVT: triệu đồng"]);
  const header = () => S_HEADER;
  row(
    [
      "STT",
      "Tên dự án, công trình",
      "Mã dự án",
      "Chủ đầu tư",
      "Kế hoạch vốn năm 2024",
      "Kế hoạch giải ngân",
      ...Array<null>(11).fill(null),
      "Giải ngân đến 31/5/2024",
      "Ghi chú",
    ],
    header,
  );
  row([null, null, null, null, null, ...MONTHS, null, null], header);
  const perGroup = 50;
  let written = 0;
  let group = 0;
  while (written < lines) {
    group++;
    const n = Math.min(perGroup, lines - written);
    const items: number[][] = [];
    for (let i = 0; i < n; i++) {
      const k = written + i;
      const months = Array.from({ length: 12 }, (_, m) => ((k * 7 + m * 13) % 50) + 0.5);
      const allocated = months.reduce((s, v) => s + v, 0);
      items.push([allocated, ...months, months.slice(0, 5).reduce((s, v) => s + v, 0)]);
    }
    const sums = items[0].map((_, c) => Math.round(items.reduce((s, r) => s + r[c], 0) * 10) / 10);
    row([String(group), `Dự án nhóm ${group}`, null, null, ...sums, null], (c) =>
      c >= 5 && c <= 18 ? S_GROUP_AMOUNT : S_GROUP_TEXT,
    );
    items.forEach((values, i) => {
      const k = written + i;
      row(
        [
          "-",
          { inline: `Công trình số ${k + 1}, thôn ${(k % 12) + 1}` },
          String(7_000_000 + k),
          `UBND xã ${(k % 40) + 1}`,
          ...values,
          null,
        ],
        (c) => (c >= 5 && c <= 18 ? S_AMOUNT : S_TEXT),
      );
    });
    written += n;
  }
  row([]);
  row([null, "Người lập biểu", null, null, null, null, "Thủ trưởng đơn vị"]);
  out(
    `</sheetData><mergeCells count="8">${["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:Q4", "R4:R5", "S4:S5"].map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  sheet(buffer, true);

  const strings = part("xl/sharedStrings.xml");
  strings(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.size}" uniqueCount="${shared.size}">`,
  );
  let chunk = "";
  for (const s of shared.keys()) {
    chunk += `<si><t>${xmlText(s)}</t></si>`;
    if (chunk.length > 1 << 16) {
      strings(chunk);
      chunk = "";
    }
  }
  strings(`${chunk}</sst>`, true);
  zip.end();
  closeSync(fd);
  return Promise.resolve();
}
