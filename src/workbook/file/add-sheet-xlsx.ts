/**
 * A new styled sheet added to a copy of the user's .xlsx, written straight
 * into the package: the worksheet part with its plumbing (worksheet-part)
 * and the cell formats it needs appended to styles.xml. Every other part
 * stays as it was (a load and save through a spreadsheet library would
 * rewrite the whole workbook). For small generated sheets of text and numbers (the
 * commitment's "Xác nhận" block): values, styles, merges, widths, heights,
 * tab colour and print setup; no formulas, charts or validations.
 */

import { strFromU8, strToU8 } from "fflate";
import { a1 } from "../../engine/grid";
import type { CellStyle, SheetSpec } from "../../engine/sheet-spec";
import { xmlText } from "../../engine/xml-text";
import type { Parts } from "./package-edit";
import { WorkbookReadError } from "./read-error";
import { addWorksheetPart, colsXml, worksheetDocument } from "./worksheet-part";

const PAPER = { A3: 8, A4: 9 } as const;

/** Appends elements to a styles.xml collection (<fonts>, <fills>, <borders>, <cellXfs>); returns the first new index. */
function appendTo(styles: { xml: string }, tag: string, items: string[]): number {
  const open = new RegExp(`<${tag}\\b[^>]*?(/?)>`).exec(styles.xml);
  if (!open) throw new WorkbookReadError("corrupt", `styles.xml has no ${tag}`);
  if (open[1] === "/") {
    styles.xml = styles.xml.replace(open[0], `<${tag} count="${items.length}">${items.join("")}</${tag}>`);
    return 0;
  }
  const close = styles.xml.indexOf(`</${tag}>`, open.index);
  const body = styles.xml.slice(open.index + open[0].length, close);
  const child = tag.replace(/s$/, "").replace(/^cellXf$/, "xf");
  const existing = (body.match(new RegExp(`<${child}\\b`, "g")) ?? []).length;
  const head = /\bcount="\d+"/.test(open[0])
    ? open[0].replace(/\bcount="\d+"/, `count="${existing + items.length}"`)
    : open[0].replace(/>$/, ` count="${existing + items.length}">`);
  styles.xml = styles.xml.slice(0, open.index) + head + body + items.join("") + styles.xml.slice(close);
  return existing;
}

/** One cell format (xf) per distinct style the spec uses, appended to styles.xml; style key -> xf index. */
function addStyles(parts: Parts, spec: SheetSpec): Map<string, number> {
  const keys = [...new Set(spec.cells.map((c) => JSON.stringify(c.style ?? {})))];
  const path = "xl/styles.xml";
  if (!parts[path]) throw new WorkbookReadError("corrupt", "missing xl/styles.xml");
  const styles = { xml: strFromU8(parts[path]) };
  const list = keys.map((k) => JSON.parse(k) as CellStyle);
  const fonts = list.map(
    (s) =>
      `<font>${s.bold ? "<b/>" : ""}${s.italic ? "<i/>" : ""}<sz val="${s.fontSize ?? 11}"/>` +
      `${s.fontColor ? `<color rgb="FF${s.fontColor}"/>` : ""}<name val="Times New Roman"/></font>`,
  );
  const fills = list.map((s) =>
    s.fill
      ? `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`
      : `<fill><patternFill patternType="none"/></fill>`,
  );
  const thin = `<left style="thin"><color rgb="FF808080"/></left><right style="thin"><color rgb="FF808080"/></right><top style="thin"><color rgb="FF808080"/></top><bottom style="thin"><color rgb="FF808080"/></bottom><diagonal/>`;
  const borders = list.map((s) => `<border>${s.border ? thin : "<left/><right/><top/><bottom/><diagonal/>"}</border>`);
  const font0 = appendTo(styles, "fonts", fonts);
  const fill0 = appendTo(styles, "fills", fills);
  const border0 = appendTo(styles, "borders", borders);
  const xfs = list.map((s, i) => {
    const align =
      s.horizontal || s.vertical || s.wrap
        ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ""}${s.vertical ? ` vertical="${s.vertical === "middle" ? "center" : s.vertical}"` : ""}${s.wrap ? ` wrapText="1"` : ""}/>`
        : "";
    return `<xf numFmtId="0" fontId="${font0 + i}" fillId="${fill0 + i}" borderId="${border0 + i}" xfId="0" applyFont="1" applyFill="1" applyBorder="1"${align ? ` applyAlignment="1">${align}</xf>` : "/>"}`;
  });
  const xf0 = appendTo(styles, "cellXfs", xfs);
  parts[path] = strToU8(styles.xml);
  return new Map(keys.map((k, i) => [k, xf0 + i]));
}

function worksheetXml(spec: SheetSpec, xfOf: Map<string, number>): string {
  const rows = new Map<number, string[]>();
  const sorted = [...spec.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of sorted) {
    const s = xfOf.get(JSON.stringify(c.style ?? {}));
    const ref = a1(c.row, c.col);
    const v = c.value;
    const cell =
      typeof v === "number"
        ? `<c r="${ref}" s="${s}"><v>${v}</v></c>`
        : typeof v === "string" && v !== ""
          ? `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`
          : `<c r="${ref}" s="${s}"/>`;
    (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!).push(cell);
  }
  const heights = spec.rowHeights ?? {};
  const rowNumbers = [...new Set([...rows.keys(), ...Object.keys(heights).map(Number)])].sort((a, b) => a - b);
  const sheetData = rowNumbers
    .map((r) => {
      const h = heights[r];
      return `<row r="${r}"${h ? ` ht="${h}" customHeight="1"` : ""}>${(rows.get(r) ?? []).join("")}</row>`;
    })
    .join("");
  const merges = spec.merges ?? [];
  const print = spec.print;
  return worksheetDocument(
    `<sheetPr>${spec.tabColor ? `<tabColor rgb="FF${spec.tabColor}"/>` : ""}${print?.fitToWidth ? `<pageSetUpPr fitToPage="1"/>` : ""}</sheetPr>` +
      `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
      colsXml(spec.columnWidths) +
      `<sheetData>${sheetData}</sheetData>` +
      (merges.length > 0
        ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
        : "") +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      (print
        ? `<pageSetup paperSize="${PAPER[print.paper]}" orientation="${print.orientation}"${print.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : ""}/>`
        : ""),
  );
}

/** Adds the sheet to the unzipped package, in place, under a name no sheet has; returns that name. */
export function addSheetToParts(parts: Parts, spec: SheetSpec): string {
  return addWorksheetPart(parts, spec.name, worksheetXml(spec, addStyles(parts, spec)));
}
