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

/** One sheet row: its cells from column A, and the style index of each column (1-based). */
interface Row {
  cells: Cell[];
  style?: (col: number) => number;
}

/** Appends text to one part of the zip; `last` closes it. */
type PartWriter = (text: string, last?: boolean) => void;

const AMOUNT_COLUMNS = (col: number): boolean => col >= 5 && col <= 18;
const headerStyle = (): number => S_HEADER;
const groupStyle = (col: number): number => (AMOUNT_COLUMNS(col) ? S_GROUP_AMOUNT : S_GROUP_TEXT);
const itemStyle = (col: number): number => (AMOUNT_COLUMNS(col) ? S_AMOUNT : S_TEXT);

/** Works lines per project group. */
const PER_GROUP = 50;

/** `unit` names the submitting unit in the title row (consolidation tells files apart by it). */
export function generatePlan(file: string, lines: number, unit = "HUYỆN THỬ NGHIỆM"): Promise<void> {
  const zip = zipFile(file);
  for (const [name, text] of [
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", ROOT_RELS],
    ["xl/workbook.xml", WORKBOOK],
    ["xl/_rels/workbook.xml.rels", WORKBOOK_RELS],
    ["xl/styles.xml", STYLES],
  ])
    zip.part(name)(text, true);

  const shared = new Map<string, number>();
  const sharedIndex = (s: string): number => {
    let i = shared.get(s);
    if (i === undefined) shared.set(s, (i = shared.size));
    return i;
  };
  const sheet = chunked(zip.part("xl/worksheets/sheet1.xml"));
  sheet.write(sheetStart(lines));
  let rowNo = 0;
  for (const row of planRows(lines, unit)) sheet.write(rowXml(++rowNo, row, sharedIndex));
  sheet.write(SHEET_END);
  sheet.end();

  const strings = chunked(zip.part("xl/sharedStrings.xml"));
  strings.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.size}" uniqueCount="${shared.size}">`,
  );
  for (const s of shared.keys()) strings.write(`<si><t>${xmlText(s)}</t></si>`);
  strings.write("</sst>");
  strings.end();
  zip.end();
  return Promise.resolve();
}

/** A zip file written as its parts are made, each part deflated as it streams in. */
function zipFile(file: string): { part: (name: string) => PartWriter; end: () => void } {
  const fd = openSync(file, "w");
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    writeSync(fd, chunk);
  });
  const encoder = new TextEncoder();
  const part = (name: string): PartWriter => {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    return (text, last = false) => f.push(encoder.encode(text), last);
  };
  const end = (): void => {
    zip.end();
    closeSync(fd);
  };
  return { part, end };
}

/** Text gathered into pieces of about 64 KB before it goes to the deflater (a push per cell is slow). */
function chunked(push: PartWriter): { write: (s: string) => void; end: () => void } {
  let buffer = "";
  const write = (s: string): void => {
    buffer += s;
    if (buffer.length > 1 << 16) {
      push(buffer);
      buffer = "";
    }
  };
  return { write, end: () => push(buffer, true) };
}

/** The worksheet up to its first row: the used range (title, header, lines, group rows, footer) and widths. */
function sheetStart(lines: number): string {
  const height = 5 + lines + Math.ceil(lines / PER_GROUP) + 2;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:S${height}"/><cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/><col min="3" max="4" width="14" customWidth="1"/><col min="5" max="18" width="12" customWidth="1"/><col min="19" max="19" width="20" customWidth="1"/></cols><sheetData>`;
}

/** The worksheet after its last row: the header's merged cells and the page margins. */
const SHEET_END = `</sheetData><mergeCells count="8">${["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:Q4", "R4:R5", "S4:S5"].map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;

/** One row's XML; empty unstyled cells are left out, as spreadsheets leave them. */
function rowXml(rowNo: number, { cells, style = () => 0 }: Row, sharedIndex: (s: string) => number): string {
  let xml = `<row r="${rowNo}">`;
  cells.forEach((v, i) => {
    const s = style(i + 1);
    if (v === null && s === 0) return;
    const at = `r="${a1(rowNo, i + 1)}"${s ? ` s="${s}"` : ""}`;
    if (v === null) xml += `<c ${at}/>`;
    else if (typeof v === "number") xml += `<c ${at}><v>${v}</v></c>`;
    else if (typeof v === "string") xml += `<c ${at} t="s"><v>${sharedIndex(v)}</v></c>`;
    else xml += `<c ${at} t="inlineStr"><is><t>${xmlText(v.inline)}</t></is></c>`;
  });
  return `${xml}</row>`;
}

/** The sheet's rows top to bottom: title, the two-row header, each group with its lines, the signatures. */
function* planRows(lines: number, unit: string): Generator<Row> {
  yield { cells: [`UBND ${unit}`] };
  yield { cells: ["KẾ HOẠCH GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG NĂM 2024"] };
  yield { cells: ["ĐVT: triệu đồng"] };
  yield {
    cells: [
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
    style: headerStyle,
  };
  yield { cells: [null, null, null, null, null, ...MONTHS, null, null], style: headerStyle };
  for (let written = 0, group = 1; written < lines; written += PER_GROUP, group++)
    yield* groupRows(group, written, Math.min(PER_GROUP, lines - written));
  yield { cells: [] };
  yield { cells: [null, "Người lập biểu", null, null, null, null, "Thủ trưởng đơn vị"] };
}

/** A project group of `n` works lines from line index `first`: its row of sums, then the lines. */
function* groupRows(group: number, first: number, n: number): Generator<Row> {
  const items = Array.from({ length: n }, (_, i) => lineAmounts(first + i));
  const sums = items[0].map((_, c) => Math.round(items.reduce((s, r) => s + r[c], 0) * 10) / 10);
  yield { cells: [String(group), `Dự án nhóm ${group}`, null, null, ...sums, null], style: groupStyle };
  for (const [i, values] of items.entries()) {
    const k = first + i;
    yield {
      cells: [
        "-",
        { inline: `Công trình số ${k + 1}, thôn ${(k % 12) + 1}` },
        String(7_000_000 + k),
        `UBND xã ${(k % 40) + 1}`,
        ...values,
        null,
      ],
      style: itemStyle,
    };
  }
}

/** Works line `k`'s amounts: allocated, the twelve months' plan, disbursed to the end of May. */
function lineAmounts(k: number): number[] {
  const months = Array.from({ length: 12 }, (_, m) => ((k * 7 + m * 13) % 50) + 0.5);
  const allocated = months.reduce((s, v) => s + v, 0);
  return [allocated, ...months, months.slice(0, 5).reduce((s, v) => s + v, 0)];
}
