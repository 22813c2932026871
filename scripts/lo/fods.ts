/**
 * A small writer for flat OpenDocument spreadsheets (.fods), used to author
 * fixtures that LibreOffice then converts to .xlsx, so that the tests also
 * read workbooks written by LibreOffice rather than by ExcelJS.
 *
 * Formulas are given in Excel A1 syntax ("SUM(D11:O11)") and written as
 * OpenFormula ("of:=SUM([.D11:.O11])") with their cached value, computed with
 * the same evaluator as the ExcelJS samples.
 */
import { xmlText as xml } from "../../src/engine/xml-text";
import { a1, parseA1 } from "../../src/engine/grid";
import { type FormulaResult, formulaResults } from "../samples/formula-results";

export type Style =
  | "Default"
  | "title"
  | "org"
  | "org-b"
  | "italic"
  | "italic-r"
  | "head"
  | "head-small"
  | "text"
  | "text-c"
  | "text-b"
  | "text-bi"
  | "num"
  | "num-b"
  | "num3"
  | "num3-b"
  | "pct"
  | "pct-b"
  | "date"
  | "sig-b"
  | "sig-i"
  | "note";

export interface Cell {
  v?: number | string;
  /** Excel-style formula without "=" */
  f?: string;
  date?: string; // YYYY-MM-DD
  style?: Style;
  colspan?: number;
  rowspan?: number;
}

export class FodsSheet {
  readonly cells = new Map<string, Cell>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  readonly colWidths = new Map<number, number>(); // in Excel character units
  readonly rowHeights = new Map<number, number>(); // in points
  constructor(readonly name: string) {}

  set(a: string, cell: Cell): void {
    this.cells.set(a, cell);
  }
  /** Put text or a number (or a formula when the string starts with "="). */
  put(
    r: number,
    c: number,
    v: number | string | null | undefined,
    style?: Style,
    span?: { colspan?: number; rowspan?: number },
  ): void {
    if (v === null || v === undefined) {
      if (style) this.cells.set(a1(r, c), { style, ...span });
      return;
    }
    if (typeof v === "string" && v.startsWith("=")) this.cells.set(a1(r, c), { f: v.slice(1), style, ...span });
    else this.cells.set(a1(r, c), { v, style, ...span });
  }
  width(c: number, w: number): void {
    this.colWidths.set(c, w);
  }
}

/** Excel A1 formula -> OpenFormula. Handles the references and functions the fixtures use. */
export function toOpenFormula(f: string): string {
  let s = f.replace(/\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)/g, "[.$1$2:.$3$4]");
  s = s.replace(/(?<![.\w[])([A-Z]{1,3})(\d+)(?![\w(:\]])/g, "[.$1$2]");
  s = s.replace(/,/g, ";");
  return `of:=${s}`;
}

/** The cached value of every formula, by "Sheet!A1". */
function cachedValues(sheets: FodsSheet[]): Map<string, FormulaResult> {
  const results = formulaResults(
    sheets.map((sh) => ({
      name: sh.name,
      cells: [...sh.cells].map(([a, c]) => ({ ...parseA1(a)!, value: c.f ? undefined : (c.v ?? null), formula: c.f })),
    })),
  );
  return new Map([...results].flatMap(([sheet, values]) => [...values].map(([a, v]) => [`${sheet}!${a}`, v] as const)));
}

const border = 'fo:border="0.06pt solid #000000"';
const tnr = (size: number, extra = "") =>
  `<style:text-properties style:font-name="Times New Roman" fo:font-size="${size}pt" style:font-size-asian="${size}pt" style:font-size-complex="${size}pt" ${extra}/>`;
const B = 'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"';
const I = 'fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"';

function cellStyle(name: string, opts: { data?: string; cell?: string; para?: string; text: string }): string {
  return (
    `<style:style style:name="${name}" style:family="table-cell" style:parent-style-name="Default"${opts.data ? ` style:data-style-name="${opts.data}"` : ""}>` +
    (opts.cell ? `<style:table-cell-properties ${opts.cell}/>` : "") +
    (opts.para ? `<style:paragraph-properties ${opts.para}/>` : "") +
    opts.text +
    "</style:style>"
  );
}

const STYLES: Record<Exclude<Style, "Default">, string> = {
  title: cellStyle("title", {
    cell: 'style:vertical-align="middle" fo:wrap-option="wrap"',
    para: 'fo:text-align="center"',
    text: tnr(13, B),
  }),
  org: cellStyle("org", { para: 'fo:text-align="center"', text: tnr(12) }),
  "org-b": cellStyle("org-b", { para: 'fo:text-align="center"', text: tnr(12, B) }),
  italic: cellStyle("italic", { para: 'fo:text-align="center"', text: tnr(11, I) }),
  "italic-r": cellStyle("italic-r", { para: 'fo:text-align="end"', text: tnr(11, I) }),
  head: cellStyle("head", {
    cell: `${border} fo:background-color="#ddebf7" style:vertical-align="middle" fo:wrap-option="wrap"`,
    para: 'fo:text-align="center"',
    text: tnr(11, B),
  }),
  "head-small": cellStyle("head-small", {
    cell: `${border} fo:background-color="#ddebf7" style:vertical-align="middle" fo:wrap-option="wrap"`,
    para: 'fo:text-align="center"',
    text: tnr(10, B),
  }),
  text: cellStyle("text", { cell: `${border} style:vertical-align="middle" fo:wrap-option="wrap"`, text: tnr(11) }),
  "text-c": cellStyle("text-c", {
    cell: `${border} style:vertical-align="middle"`,
    para: 'fo:text-align="center"',
    text: tnr(11),
  }),
  "text-b": cellStyle("text-b", {
    cell: `${border} style:vertical-align="middle" fo:wrap-option="wrap"`,
    text: tnr(11, B),
  }),
  "text-bi": cellStyle("text-bi", {
    cell: `${border} style:vertical-align="middle" fo:wrap-option="wrap"`,
    text: tnr(11, `${B} ${I}`),
  }),
  num: cellStyle("num", {
    data: "N1",
    cell: `${border} style:vertical-align="middle"`,
    para: 'fo:text-align="end"',
    text: tnr(11),
  }),
  "num-b": cellStyle("num-b", {
    data: "N1",
    cell: `${border} style:vertical-align="middle"`,
    para: 'fo:text-align="end"',
    text: tnr(11, B),
  }),
  num3: cellStyle("num3", {
    data: "N4",
    cell: `${border} style:vertical-align="middle"`,
    para: 'fo:text-align="end"',
    text: tnr(11),
  }),
  "num3-b": cellStyle("num3-b", {
    data: "N4",
    cell: `${border} style:vertical-align="middle"`,
    para: 'fo:text-align="end"',
    text: tnr(11, B),
  }),
  pct: cellStyle("pct", {
    data: "N2",
    cell: `${border} style:vertical-align="middle"`,
    para: 'fo:text-align="end"',
    text: tnr(11),
  }),
  "pct-b": cellStyle("pct-b", {
    data: "N2",
    cell: `${border} style:vertical-align="middle"`,
    para: 'fo:text-align="end"',
    text: tnr(11, B),
  }),
  date: cellStyle("date", { data: "N3", para: 'fo:text-align="start"', text: tnr(11, I) }),
  "sig-b": cellStyle("sig-b", { para: 'fo:text-align="center"', text: tnr(11, B) }),
  "sig-i": cellStyle("sig-i", { para: 'fo:text-align="center"', text: tnr(10, I) }),
  note: cellStyle("note", { text: tnr(11, I) }),
};

const NUMBER_STYLES = `
<number:number-style style:name="N1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:percentage-style style:name="N2"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:date-style style:name="N3"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<number:number-style style:name="N4"><number:number number:decimal-places="3" number:min-decimal-places="3" number:min-integer-digits="1" number:grouping="true"/></number:number-style>`;

/** Serialise sheets to a flat ODS document. */
export function writeFods(sheets: FodsSheet[], meta: { title: string; creator: string; date: string }): string {
  const cache = cachedValues(sheets);
  const widthStyles = new Map<number, string>();
  const heightStyles = new Map<number, string>();
  const colStyle = (w: number) => {
    if (!widthStyles.has(w)) widthStyles.set(w, `co${widthStyles.size + 1}`);
    return widthStyles.get(w)!;
  };
  const rowStyle = (h: number) => {
    if (!heightStyles.has(h)) heightStyles.set(h, `ro${heightStyles.size + 1}`);
    return heightStyles.get(h)!;
  };

  const bodies: string[] = [];
  for (const sh of sheets) {
    let maxR = 0;
    let maxC = 0;
    const grid = new Map<string, Cell | "covered">();
    for (const [a, c] of sh.cells) {
      const { row: r, col } = parseA1(a)!;
      grid.set(`${r},${col}`, c);
      const rs = c.rowspan ?? 1;
      const cs = c.colspan ?? 1;
      for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) if (i || j) grid.set(`${r + i},${col + j}`, "covered");
      maxR = Math.max(maxR, r + rs - 1);
      maxC = Math.max(maxC, col + cs - 1);
    }
    for (const c of sh.colWidths.keys()) maxC = Math.max(maxC, c);
    const parts: string[] = [`<table:table table:name="${xml(sh.name)}" table:style-name="ta1">`];
    for (let c = 1; c <= maxC; c++) {
      const w = sh.colWidths.get(c) ?? 9;
      const vis = sh.hiddenCols.has(c) ? ' table:visibility="collapse"' : "";
      parts.push(
        `<table:table-column table:style-name="${colStyle(w)}"${vis} table:default-cell-style-name="Default"/>`,
      );
    }
    for (let r = 1; r <= maxR; r++) {
      const h = sh.rowHeights.get(r);
      const attrs = [`table:style-name="${h ? rowStyle(h) : "ro-default"}"`];
      if (sh.hiddenRows.has(r)) attrs.push('table:visibility="collapse"');
      const cells: string[] = [];
      let empty = 0;
      const flush = () => {
        if (empty) cells.push(`<table:table-cell${empty > 1 ? ` table:number-columns-repeated="${empty}"` : ""}/>`);
        empty = 0;
      };
      for (let c = 1; c <= maxC; c++) {
        const g = grid.get(`${r},${c}`);
        if (g === undefined) {
          empty++;
          continue;
        }
        flush();
        if (g === "covered") {
          cells.push("<table:covered-table-cell/>");
          continue;
        }
        cells.push(cellXml(sh.name, a1(r, c), g, cache));
      }
      flush();
      parts.push(`<table:table-row ${attrs.join(" ")}>${cells.join("")}</table:table-row>`);
    }
    parts.push("</table:table>");
    bodies.push(parts.join("\n"));
  }

  const colStyles = [...widthStyles]
    .map(
      ([w, n]) =>
        `<style:style style:name="${n}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${(w * 0.19).toFixed(3)}cm"/></style:style>`,
    )
    .join("\n");
  const rowStyles = [...heightStyles]
    .map(
      ([h, n]) =>
        `<style:style style:name="${n}" style:family="table-row"><style:table-row-properties style:row-height="${(h * 0.03528).toFixed(3)}cm" fo:break-before="auto" style:use-optimal-row-height="false"/></style:style>`,
    )
    .join("\n");

  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>${xml(meta.title)}</dc:title><meta:initial-creator>${xml(meta.creator)}</meta:initial-creator><dc:creator>${xml(meta.creator)}</dc:creator><meta:creation-date>${meta.date}</meta:creation-date><dc:date>${meta.date}</dc:date><dc:language>vi-VN</dc:language></office:meta>
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="table-cell"><style:text-properties style:font-name="Times New Roman" fo:font-size="11pt" fo:language="vi" fo:country="VN"/></style:default-style>
<style:style style:name="Default" style:family="table-cell"/>
</office:styles>
<office:automatic-styles>
${NUMBER_STYLES}
<style:style style:name="ta1" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
<style:style style:name="ro-default" style:family="table-row"><style:table-row-properties style:row-height="0.582cm" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>
${colStyles}
${rowStyles}
${Object.values(STYLES).join("\n")}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" style:scale-to-X="1" style:scale-to-Y="0" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1cm" fo:margin-right="1cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:spreadsheet>
${bodies.join("\n")}
</office:spreadsheet></office:body>
</office:document>
`;
}

function cellXml(sheet: string, a: string, c: Cell, cache: Map<string, FormulaResult>): string {
  const attrs: string[] = [];
  if (c.style && c.style !== "Default") attrs.push(`table:style-name="${c.style}"`);
  if (c.colspan && c.colspan > 1) attrs.push(`table:number-columns-spanned="${c.colspan}"`);
  if (c.rowspan && c.rowspan > 1) attrs.push(`table:number-rows-spanned="${c.rowspan}"`);
  if (c.colspan && c.colspan > 1 && !(c.rowspan && c.rowspan > 1)) attrs.push('table:number-rows-spanned="1"');
  if (c.rowspan && c.rowspan > 1 && !(c.colspan && c.colspan > 1)) attrs.push('table:number-columns-spanned="1"');
  let text = "";
  if (c.f) {
    attrs.push(`table:formula="${xml(toOpenFormula(c.f))}"`);
    const v = cache.get(`${sheet}!${a}`);
    if (typeof v === "number") {
      const type = c.style?.startsWith("pct") ? "percentage" : "float";
      attrs.push(`office:value-type="${type}" office:value="${v}"`);
      text = String(v);
    } else if (typeof v === "string") {
      attrs.push('office:value-type="string"');
      text = v;
    } else if (typeof v === "object") {
      attrs.push('office:value-type="float" office:value="0"');
      text = v.error;
    }
  } else if (c.date) {
    attrs.push(`office:value-type="date" office:date-value="${c.date}"`);
    const [y, m, d] = c.date.split("-");
    text = `${d}/${m}/${y}`;
  } else if (typeof c.v === "number") {
    const type = c.style?.startsWith("pct") ? "percentage" : "float";
    attrs.push(`office:value-type="${type}" office:value="${c.v}"`);
    text = String(c.v);
  } else if (typeof c.v === "string") {
    attrs.push('office:value-type="string"');
    text = c.v;
  }
  const body = text
    ? text
        .split("\n")
        .map((p) => `<text:p>${xml(p)}</text:p>`)
        .join("")
    : "";
  return `<table:table-cell ${attrs.join(" ")}>${body}</table:table-cell>`;
}
