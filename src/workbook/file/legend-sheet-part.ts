/**
 * The highlighted copy's legend sheet as a part of the user's package: added
 * as a new worksheet part (listed in workbook.xml, its .rels and
 * [Content_Types].xml through opc-package) and removed again exactly, so
 * that apply then clear leaves every part as it was. The part is named as
 * spreadsheet programs name theirs (xl/worksheets/sheetN.xml: some readers,
 * ExcelJS among them, find sheets by that name); its code name (LEGEND_CODE
 * in sheetPr) is what marks it as ours, so a sheet of the user's that happens
 * to be called "Chú giải" is never touched.
 *
 * The sheet is written with the cells' values and formulas (with their
 * cached results) and column widths only; cell styles would mean editing the
 * user's styles.xml. Its colour samples are the marks themselves, which the
 * caller adds as conditional formats like every other mark.
 */

import { strFromU8, strToU8 } from "fflate";
import { a1 } from "../../engine/grid";
import { markOfFormula } from "../../engine/highlight";
import type { HighlightRange } from "../../engine/highlight-types";
import { type SheetSpec, uniqueSheetName } from "../../engine/sheet-spec";
import { xmlText, xmlUnescape } from "../../engine/xml-text";
import { addContentType, addRelationship } from "./opc-package";

type Parts = Record<string, Uint8Array>;

/** The legend sheet's code name: how Clear knows the sheet is ours. */
export const LEGEND_CODE = "ntpDisburseLegend";
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL = `${NS_REL}/worksheet`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";

/** The worksheet XML of a spec: values as inline strings or numbers, formulas with their cached results. */
export function legendSheetXml(spec: SheetSpec): string {
  const rows = new Map<number, string[]>();
  const sorted = [...spec.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of sorted) {
    const ref = a1(c.row, c.col);
    let xml: string | null = null;
    if (c.formula !== undefined) {
      const cached = c.result === undefined ? "" : `<v>${xmlText(String(c.result))}</v>`;
      xml = `<c r="${ref}" t="str"><f>${xmlText(c.formula)}</f>${cached}</c>`;
    } else if (typeof c.value === "number") xml = `<c r="${ref}"><v>${c.value}</v></c>`;
    else if (typeof c.value === "string") {
      xml = `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(c.value)}</t></is></c>`;
    }
    if (xml !== null) (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!).push(xml);
  }
  const widths = Object.entries(spec.columnWidths ?? {})
    .map(([col, w]) => `<col min="${col}" max="${col}" width="${w}" customWidth="1"/>`)
    .join("");
  const data = [...rows].map(([r, cells]) => `<row r="${r}">${cells.join("")}</row>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<sheetPr codeName="${LEGEND_CODE}"/>` +
    `${widths ? `<cols>${widths}</cols>` : ""}<sheetData>${data}</sheetData></worksheet>`
  );
}

/** Sheet names in workbook.xml, as written (entities decoded). */
function sheetNames(workbook: string): string[] {
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => xmlUnescape(m[1]));
}

/** Adds the legend sheet last in the workbook (any earlier legend replaced); returns the name it got. */
export function addLegendSheet(parts: Parts, spec: SheetSpec): string {
  removeLegendSheet(parts);
  const workbook = strFromU8(parts[WORKBOOK]);
  const close = /<\/(\w+:)?sheets>/.exec(workbook);
  if (!close) return spec.name;
  const name = uniqueSheetName(spec.name, sheetNames(workbook));
  const ids = [...workbook.matchAll(/\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  let n = 1;
  while (parts[`xl/worksheets/sheet${n}.xml`]) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  const rid = addRelationship(parts, WORKBOOK_RELS, WORKSHEET_REL, part.slice("xl/".length));
  addContentType(parts, part, WORKSHEET_TYPE);
  const prefix = close[1] ?? "";
  const sheet = `<${prefix}sheet name="${xmlText(name)}" sheetId="${Math.max(0, ...ids) + 1}" xmlns:r="${NS_REL}" r:id="${rid}"/>`;
  parts[WORKBOOK] = strToU8(workbook.slice(0, close.index) + sheet + workbook.slice(close.index));
  parts[part] = strToU8(legendSheetXml(spec));
  return name;
}

/** Removes the legend sheet, its relationship and its content type: the package is as it was before it was added. */
export function removeLegendSheet(parts: Parts): boolean {
  const rels = parts[WORKBOOK_RELS] ? strFromU8(parts[WORKBOOK_RELS]) : "";
  const partOf = (relation: string): string => {
    const target = /\bTarget="([^"]*)"/.exec(relation)?.[1] ?? "";
    return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  };
  // Only worksheets are looked into: the other parts (styles, shared strings) need not be inflated.
  const rel = [...rels.matchAll(/<Relationship\b[^>]*\/>/g)].find((m) => {
    if (!m[0].includes(`Type="${WORKSHEET_REL}"`)) return false;
    const bytes = parts[partOf(m[0])];
    return bytes !== undefined && strFromU8(bytes).includes(`<sheetPr codeName="${LEGEND_CODE}"/>`);
  });
  if (!rel) return false;
  const part = partOf(rel[0]);
  const rid = /\bId="([^"]*)"/.exec(rel[0])![1];
  parts[WORKBOOK_RELS] = strToU8(rels.replace(rel[0], ""));
  const workbook = strFromU8(parts[WORKBOOK]);
  const sheet = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\/>/g)].find((m) => m[0].includes(`:id="${rid}"`));
  if (sheet) parts[WORKBOOK] = strToU8(workbook.replace(sheet[0], ""));
  const types = strFromU8(parts[CONTENT_TYPES]);
  parts[CONTENT_TYPES] = strToU8(types.replace(`<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/>`, ""));
  delete parts[part];
  return true;
}

/** The legend's colour samples as marks on the sheet it was added as (its conditional formats naming a mark). */
export function legendMarks(spec: SheetSpec, sheet: string): HighlightRange[] {
  return (spec.conditionalFormats ?? []).flatMap((cf) => {
    const mark = markOfFormula(cf.formula);
    return mark ? [{ sheet, range: cf.range, mark }] : [];
  });
}
