/**
 * Highlights on a copy of the user's .xlsx (file mode's download and the
 * command line's --out): the same self-identifying conditional formats the
 * Excel adapter adds (engine/highlight), written straight into the sheet
 * parts, with one differential style (dxf) per mark appended to styles.xml.
 * Every other byte of every part stays as it was: a load and save through a
 * spreadsheet library would rewrite the whole workbook and can drop what it
 * does not model (comments' layout, slicers, sparklines…).
 *
 * A plan's legend sheet is added as a part of its own (legend-sheet-part).
 * clearXlsxHighlights removes exactly those formats, styles and sheet again.
 * In the file the user's own conditional formats keep precedence over ours
 * (ours get the lowest priorities), since raising ours would mean rewriting
 * theirs.
 */

import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { HighlightMark, HighlightPlan } from "../../engine/highlight-types";
import {
  HIGHLIGHT_MARKS,
  HIGHLIGHT_STYLES,
  groupHighlights,
  highlightFormula,
  markOfFormula,
} from "../../engine/highlight";
import { WorkbookReadError } from "./read-error";
import { addLegendSheet, legendMarks, removeLegendSheet } from "./legend-sheet-part";

type Parts = Record<string, Uint8Array>;

const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function unzip(bytes: Uint8Array): Parts {
  try {
    return unzipSync(bytes);
  } catch {
    throw new WorkbookReadError("corrupt", "not a readable ZIP archive");
  }
}

/** Sheet name -> path of its part. */
function sheetPaths(parts: Parts): Map<string, string> {
  const workbook = parts["xl/workbook.xml"];
  const rels = parts["xl/_rels/workbook.xml.rels"];
  if (!workbook || !rels) throw new WorkbookReadError("corrupt", "missing xl/workbook.xml");
  const targets = new Map<string, string>();
  for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  const out = new Map<string, string>();
  for (const m of strFromU8(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (name && path && parts[path]) out.set(unescapeXml(name), path);
  }
  return out;
}

/** Our <conditionalFormatting> blocks: every rule in them is one of ours. */
const CF_BLOCK = /<conditionalFormatting\b[^>]*>[\s\S]*?<\/conditionalFormatting>/g;

function isOurs(block: string): boolean {
  const formulas = [...block.matchAll(/<formula>([\s\S]*?)<\/formula>/g)].map((m) => unescapeXml(m[1]));
  return formulas.length > 0 && formulas.every((f) => markOfFormula(f) !== null);
}

/** Removes our blocks from a sheet part; returns the text and the dxf ids they used. */
function withoutOurs(xml: string): { xml: string; dxfIds: number[] } {
  const dxfIds: number[] = [];
  const out = xml.replace(CF_BLOCK, (block) => {
    if (!isOurs(block)) return block;
    for (const m of block.matchAll(/\bdxfId="(\d+)"/g)) dxfIds.push(Number(m[1]));
    return "";
  });
  return { xml: out, dxfIds };
}

/** Elements that come after conditionalFormatting in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_CF =
  /<(?:\w+:)?(?:dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/(?:\w+:)?worksheet>/;

function dxfXml(mark: HighlightMark): string {
  const s = HIGHLIGHT_STYLES[mark];
  return (
    `<dxf><font>${s.bold ? "<b/>" : ""}<color rgb="FF${s.fontColor}"/></font>` +
    `<fill><patternFill patternType="solid"><bgColor rgb="FF${s.fill}"/></patternFill></fill></dxf>`
  );
}

/** Appends our dxfs to styles.xml; returns the text and the first new id. */
function addDxfs(styles: string, marks: HighlightMark[]): { xml: string; first: number } {
  const added = marks.map(dxfXml).join("");
  const open = /<dxfs\b[^>]*?(\/?)>/.exec(styles);
  if (open) {
    const count = Number(/\bcount="(\d+)"/.exec(open[0])?.[1] ?? 0);
    const existing =
      open[1] === "/"
        ? 0
        : (styles
            .slice(open.index)
            .split("</dxfs>")[0]
            .match(/<dxf\b/g)?.length ?? count);
    const head = `<dxfs count="${existing + marks.length}">`;
    if (open[1] === "/") {
      return { xml: styles.replace(open[0], `${head}${added}</dxfs>`), first: 0 };
    }
    const close = styles.indexOf("</dxfs>", open.index);
    const xml =
      styles.slice(0, open.index) +
      head +
      styles.slice(open.index + open[0].length, close) +
      added +
      styles.slice(close);
    return { xml, first: existing };
  }
  // No dxfs yet: they go after cellStyles (or cellXfs), before tableStyles.
  const anchor = /<\/cellStyles>|<cellStyles\b[^>]*\/>/.exec(styles) ?? /<\/cellXfs>/.exec(styles);
  const at = anchor ? anchor.index + anchor[0].length : styles.lastIndexOf("</styleSheet>");
  return { xml: `${styles.slice(0, at)}<dxfs count="${marks.length}">${added}</dxfs>${styles.slice(at)}`, first: 0 };
}

/** Drops the trailing dxfs no rule uses any more (ours, appended last); an emptied list is written as Excel writes one. */
function dropDxfs(styles: string, ids: Set<number>): string {
  const m = /<dxfs\b[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles);
  if (!m || ids.size === 0) return styles;
  const dxfs = m[1].match(/<dxf\b[\s\S]*?<\/dxf>|<dxf\/>/g) ?? [];
  let keep = dxfs.length;
  while (keep > 0 && ids.has(keep - 1)) keep--;
  const body = dxfs.slice(0, keep).join("");
  const replacement = keep === 0 ? `<dxfs count="0"/>` : `<dxfs count="${keep}">${body}</dxfs>`;
  return styles.slice(0, m.index) + replacement + styles.slice(m.index + m[0].length);
}

function rezip(parts: Parts): Uint8Array {
  return zipSync(parts, { level: 6 });
}

/** The sheets' parts without our formats, and the styles without our dxfs. */
function clearParts(parts: Parts): boolean {
  const dxfIds = new Set<number>();
  let changed = false;
  for (const path of sheetPaths(parts).values()) {
    const before = strFromU8(parts[path]);
    const { xml, dxfIds: ids } = withoutOurs(before);
    if (xml !== before) {
      parts[path] = strToU8(xml);
      ids.forEach((id) => dxfIds.add(id));
      changed = true;
    }
  }
  // The legend goes after its samples' formats, so that their styles are dropped with the others.
  changed = removeLegendSheet(parts) || changed;
  if (dxfIds.size > 0 && parts["xl/styles.xml"]) {
    parts["xl/styles.xml"] = strToU8(dropDxfs(strFromU8(parts["xl/styles.xml"]), dxfIds));
  }
  return changed;
}

/** A copy of the workbook with the plan's highlights (any earlier ones replaced). */
export function applyXlsxHighlights(bytes: Uint8Array, given: HighlightPlan): Uint8Array {
  const parts = unzip(bytes);
  clearParts(parts);
  let plan = given;
  if (plan.legend) {
    const name = addLegendSheet(parts, plan.legend);
    plan = { ranges: [...plan.ranges, ...legendMarks(plan.legend, name)] };
  }
  const paths = sheetPaths(parts);
  const groups = groupHighlights(plan).filter((g) => paths.has(g.sheet));
  if (groups.length === 0) return rezip(parts);
  const styles = parts["xl/styles.xml"];
  if (!styles) throw new WorkbookReadError("corrupt", "missing xl/styles.xml");
  const marks = HIGHLIGHT_MARKS.filter((m) => groups.some((g) => g.mark === m));
  const { xml: stylesXml, first } = addDxfs(strFromU8(styles), marks);
  parts["xl/styles.xml"] = strToU8(stylesXml);

  const bySheet = new Map<string, typeof groups>();
  for (const g of groups) (bySheet.get(g.sheet) ?? bySheet.set(g.sheet, []).get(g.sheet)!).push(g);
  for (const [sheet, sheetGroups] of bySheet) {
    const path = paths.get(sheet)!;
    const xml = strFromU8(parts[path]);
    const priorities = [...xml.matchAll(/<cfRule\b[^>]*\bpriority="(\d+)"/g)].map((m) => Number(m[1]));
    let priority = priorities.length > 0 ? Math.max(...priorities) : 0;
    const blocks = sheetGroups
      .map(
        (g) =>
          `<conditionalFormatting sqref="${g.ranges.join(" ")}"><cfRule type="expression" dxfId="${first + marks.indexOf(g.mark)}" priority="${++priority}">` +
          `<formula>${highlightFormula(g.mark).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</formula></cfRule></conditionalFormatting>`,
      )
      .join("");
    const at = AFTER_CF.exec(xml);
    const index = at ? at.index : xml.length;
    parts[path] = strToU8(xml.slice(0, index) + blocks + xml.slice(index));
  }
  return rezip(parts);
}

/** A copy of the workbook without the add-in's highlights; every other part as it was. */
export function clearXlsxHighlights(bytes: Uint8Array): Uint8Array {
  const parts = unzip(bytes);
  clearParts(parts);
  return rezip(parts);
}
