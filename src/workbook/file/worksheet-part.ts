/**
 * A worksheet of ours added to a copy of the user's .xlsx as a part of its
 * own, and removed again exactly: the part (named as spreadsheet programs
 * name theirs, xl/worksheets/sheetN.xml: some readers, ExcelJS among them,
 * find sheets by that name), its relationship and content type (through
 * opc-package) and its entry in workbook.xml. Every other part stays as it
 * was. The callers (the stamp's "Xác nhận" sheet, the highlighted copy's
 * legend) run inside package-edit, so only the plumbing they read is
 * inflated; they write the worksheet XML itself.
 */

import { strFromU8, strToU8 } from "fflate";
import { uniqueSheetName } from "../../engine/sheet-spec";
import { xmlText, xmlUnescape } from "../../engine/xml-text";
import { addContentType, addRelationship } from "./opc-package";
import type { Parts } from "./package-edit";
import { WorkbookReadError } from "./read-error";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL = `${NS_REL}/worksheet`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES = "[Content_Types].xml";

/** A worksheet document around `body` (sheetPr, cols, sheetData, …), in both namespaces. */
export function worksheetDocument(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${body}</worksheet>`;
}

/** The <cols> element of a sheet's column widths (1-based column -> width), or "" when it sets none. */
export function colsXml(widths: Record<number, number> | undefined): string {
  const cols = Object.entries(widths ?? {})
    .map(([col, w]) => `<col min="${col}" max="${col}" width="${w}" customWidth="1"/>`)
    .join("");
  return cols ? `<cols>${cols}</cols>` : "";
}

/** Sheet names in workbook.xml, as written (entities decoded). */
function sheetNames(workbook: string): string[] {
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => xmlUnescape(m[1]));
}

/**
 * Adds `xml` as a new worksheet, last in the workbook, under `wanted` or, when a sheet has that name,
 * the first free "wanted (2)", "wanted (3)", …; returns the name it got.
 */
export function addWorksheetPart(parts: Parts, wanted: string, xml: string): string {
  if (!(WORKBOOK in parts)) throw new WorkbookReadError("corrupt", `missing ${WORKBOOK}`);
  const workbook = strFromU8(parts[WORKBOOK]);
  const close = /<\/(\w+:)?sheets>/.exec(workbook);
  if (!close) throw new WorkbookReadError("corrupt", `${WORKBOOK} lists no sheets`);
  const name = uniqueSheetName(wanted, sheetNames(workbook));
  const ids = [...workbook.matchAll(/\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  let n = 1;
  while (`xl/worksheets/sheet${n}.xml` in parts) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  const rid = addRelationship(parts, WORKBOOK_RELS, WORKSHEET_REL, part.slice("xl/".length));
  addContentType(parts, part, WORKSHEET_TYPE);
  // The relationships namespace is declared on the entry itself: right wherever (or whether) the workbook declares it.
  const prefix = close[1] ?? "";
  const sheet = `<${prefix}sheet name="${xmlText(name)}" sheetId="${Math.max(0, ...ids) + 1}" xmlns:r="${NS_REL}" r:id="${rid}"/>`;
  parts[WORKBOOK] = strToU8(workbook.slice(0, close.index) + sheet + workbook.slice(close.index));
  parts[part] = strToU8(xml);
  return name;
}

/**
 * Removes the first worksheet whose XML `isOurs` recognises, with its relationship, content type and
 * workbook entry: the package is as it was before addWorksheetPart. False when there is none.
 */
export function removeWorksheetPart(parts: Parts, isOurs: (xml: string) => boolean): boolean {
  const rels = WORKBOOK_RELS in parts ? strFromU8(parts[WORKBOOK_RELS]) : "";
  const partOf = (relation: string): string => {
    const target = /\bTarget="([^"]*)"/.exec(relation)?.[1] ?? "";
    return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  };
  // Only worksheets are looked into: the other parts (styles, shared strings) need not be inflated.
  const rel = [...rels.matchAll(/<Relationship\b[^>]*\/>/g)].find((m) => {
    if (!m[0].includes(`Type="${WORKSHEET_REL}"`)) return false;
    const bytes = parts[partOf(m[0])];
    return bytes !== undefined && isOurs(strFromU8(bytes));
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
