/**
 * Highlights on a copy of the user's .xlsx (file mode's download and the
 * command line's --out): the same self-identifying conditional formats the
 * Excel adapter adds (engine/highlight), written straight into the sheet
 * parts, with one differential style (dxf) per mark appended to styles.xml.
 * Every other part is copied as stored (zip-rewrite), and in the parts it
 * changes every byte but the marks stays: a load and save through a
 * spreadsheet library would rewrite the whole workbook and can drop what it
 * does not model (comments' layout, slicers, sparklines…).
 *
 * A sheet part is streamed: its cells (up to the end of sheetData) are only
 * looked through for where they end and, when the sheet changes, deflated
 * again as they were; what follows them (conditional formats, validations,
 * page setup…) is scanned as XML in one linear pass (xml-scan).
 *
 * A plan's legend sheet is added as a part of its own (legend-sheet-part);
 * a package holding one is unzipped and zipped again whole.
 * clearXlsxHighlights removes exactly those formats, styles and sheet again.
 * In the file the user's own conditional formats keep precedence over ours
 * (ours get the lowest priorities), since raising ours would mean rewriting
 * theirs.
 */

import type { HighlightMark, HighlightPlan } from "../../engine/highlight-types";
import {
  HIGHLIGHT_MARKS,
  HIGHLIGHT_STYLES,
  groupHighlights,
  highlightFormula,
  markOfFormula,
} from "../../engine/highlight";
import { WorkbookReadError } from "./read-error";
import { readWorkbookParts } from "./read-xlsx";
import { ZipArchive } from "./zip";
import { NewPart, concatBytes, rewriteZip } from "./zip-rewrite";
import { type Parts, editPackage } from "./package-edit";
import { xmlUnescape } from "../../engine/xml-text";
import { attributes, scanTags } from "./xml-scan";
import { addLegendSheet, legendMarks, removeLegendSheet } from "./legend-sheet-part";

export interface HighlightedCopy {
  bytes: Uint8Array;
  /** Sheets whose marks could not be placed (no such sheet part, or a part without a place for them). */
  unplaced: string[];
  /** Sheets marked. */
  placed: string[];
}

/** Elements that come after conditionalFormatting in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_CF = new Set([
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** Past this many bytes, what follows a sheet's cells is not something a spreadsheet wrote. */
const MAX_TAIL_BYTES = 64 * 1024 * 1024;

/** The end of sheetData, closed or empty; sheetData has no attributes that could hold ">". */
const SHEET_DATA_END = /<\/(?:[^\s<>/:]+:)?sheetData\s*>|<(?:[^\s<>/:]+:)?sheetData\s*\/>/;

/** A sheet part cut where its cells end: the cells' length in bytes, and the rest as text without our formats. */
interface SheetSplit {
  path: string;
  headBytes: number;
  tail: string;
  /** Where our blocks go in `tail`; -1 when the part has no place for them. */
  insertAt: number;
  /** Highest priority of the rules left (the user's). */
  maxPriority: number;
  /** dxf ids our removed blocks used. */
  ourDxfIds: number[];
  removedOurs: boolean;
}

/** Inflates a sheet part once, keeping only what follows its cells. */
async function splitSheet(zip: ZipArchive, path: string): Promise<SheetSplit> {
  // windows-1252 decodes one character per byte, so an offset in the text is an offset in the bytes.
  const bytesAsText = new TextDecoder("windows-1252");
  let window = "";
  let headBytes = 0;
  let inTail = false;
  const tail: Uint8Array[] = [];
  let tailBytes = 0;
  const keepTail = (chunk: Uint8Array): void => {
    tailBytes += chunk.length;
    if (tailBytes > MAX_TAIL_BYTES) throw new WorkbookReadError("too-large", `${path}: too much after the cells`);
    tail.push(new Uint8Array(chunk));
  };
  await zip.inflate(path, (chunk) => {
    if (inTail) return keepTail(chunk);
    const text = window + bytesAsText.decode(chunk);
    const m = SHEET_DATA_END.exec(text);
    if (!m) {
      headBytes += chunk.length;
      window = text.slice(-64);
      return;
    }
    const cut = m.index + m[0].length - window.length;
    headBytes += cut;
    inTail = true;
    keepTail(chunk.subarray(cut));
  });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(concatBytes(tail));
  } catch {
    throw new WorkbookReadError("corrupt", `${path} is not valid UTF-8`);
  }
  return { path, headBytes, ...withoutOurs(inTail ? text : "", inTail) };
}

/**
 * What follows the cells, without our conditionalFormatting blocks (those whose every rule is one of ours),
 * with where new blocks go and the priorities and dxfs in use.
 */
function withoutOurs(
  tail: string,
  hasCells: boolean,
): Pick<SheetSplit, "tail" | "insertAt" | "maxPriority" | "ourDxfIds" | "removedOurs"> {
  const keep: string[] = [];
  let kept = 0;
  let depth = 1;
  let block: { start: number; formulas: string[]; dxfIds: number[]; priorities: number[] } | null = null;
  let formulaStart = -1;
  let insertAt = -1;
  let maxPriority = 0;
  const ourDxfIds: number[] = [];
  let keptLength = 0;
  scanTags(tail, (tag) => {
    if (tag.closing) depth--;
    if (block) {
      if (tag.local === "formula") {
        if (tag.closing) block.formulas.push(xmlUnescape(tail.slice(formulaStart, tag.start)));
        else formulaStart = tag.end;
      }
      if (tag.local === "cfRule" && !tag.closing) {
        const a = attributes(tag);
        if (a.has("dxfId")) block.dxfIds.push(Number(a.get("dxfId")));
        block.priorities.push(Number(a.get("priority") ?? 0));
      }
      if (depth === 1 && (tag.closing || tag.selfClosing)) {
        const ours = block.formulas.length > 0 && block.formulas.every((f) => markOfFormula(f) !== null);
        if (ours) {
          keep.push(tail.slice(kept, block.start));
          keptLength += block.start - kept;
          kept = tag.end;
          ourDxfIds.push(...block.dxfIds);
        } else maxPriority = Math.max(maxPriority, ...block.priorities);
        block = null;
      }
    } else if (!tag.closing && depth === 1) {
      if (tag.local === "conditionalFormatting") {
        block = { start: tag.start, formulas: [], dxfIds: [], priorities: [] };
        if (tag.selfClosing) block = null;
      } else if (insertAt < 0 && AFTER_CF.has(tag.local)) insertAt = keptLength + tag.start - kept;
    } else if (!tag.closing && tag.local === "cfRule") {
      // Rules elsewhere (x14 formats in extLst) share the sheet's priorities.
      maxPriority = Math.max(maxPriority, Number(attributes(tag).get("priority") ?? 0) || 0);
    }
    if (tag.closing && depth === 0 && insertAt < 0) insertAt = keptLength + tag.start - kept;
    if (!tag.closing && !tag.selfClosing) depth++;
  });
  keep.push(tail.slice(kept));
  return {
    tail: keep.join(""),
    insertAt: hasCells ? insertAt : -1,
    maxPriority,
    ourDxfIds,
    removedOurs: kept > 0,
  };
}

/** The sheet part again: its cells as stored, then the new tail. */
async function sheetPart(zip: ZipArchive, split: SheetSplit, tail: string): Promise<NewPart> {
  const part = new NewPart();
  let left = split.headBytes;
  await zip.inflate(split.path, (chunk) => {
    if (left <= 0) return;
    const piece = chunk.length <= left ? chunk : chunk.subarray(0, left);
    left -= piece.length;
    part.push(piece);
  });
  part.push(new TextEncoder().encode(tail));
  return part.finish();
}

function dxfXml(mark: HighlightMark): string {
  const s = HIGHLIGHT_STYLES[mark];
  return (
    `<dxf><font>${s.bold ? "<b/>" : ""}<color rgb="FF${s.fontColor}"/></font>` +
    `<fill><patternFill patternType="solid"><bgColor rgb="FF${s.fill}"/></patternFill></fill></dxf>`
  );
}

/** The dxfs element of styles.xml: where it starts and ends, its body, and its dxf elements. */
function dxfsOf(styles: string): { start: number; end: number; bodyStart: number; dxfs: string[] } | null {
  let found: { start: number; end: number; bodyStart: number; dxfs: string[] } | null = null;
  let depth = 0;
  let dxfStart = -1;
  scanTags(styles, (tag) => {
    if (tag.closing) depth--;
    if (!found && depth === 1 && tag.local === "dxfs" && !tag.closing) {
      found = { start: tag.start, end: tag.selfClosing ? tag.end : -1, bodyStart: tag.end, dxfs: [] };
    } else if (found && found.end < 0) {
      if (depth === 1 && tag.closing && tag.local === "dxfs") found.end = tag.end;
      else if (depth === 2 && tag.local === "dxf" && !tag.closing) {
        if (tag.selfClosing) found.dxfs.push(styles.slice(tag.start, tag.end));
        else dxfStart = tag.start;
      } else if (depth === 2 && tag.local === "dxf" && tag.closing) found.dxfs.push(styles.slice(dxfStart, tag.end));
    }
    if (!tag.closing && !tag.selfClosing) depth++;
  });
  return found;
}

/** Appends our dxfs to styles.xml; returns the text and the first new id. */
function addDxfs(styles: string, marks: HighlightMark[]): { xml: string; first: number } {
  const added = marks.map(dxfXml).join("");
  const d = dxfsOf(styles);
  if (d && d.end >= 0) {
    const selfClosed = d.end === d.bodyStart;
    const head = `<dxfs count="${d.dxfs.length + marks.length}">`;
    const body = selfClosed ? "" : styles.slice(d.bodyStart, styles.lastIndexOf("</", d.end));
    return {
      xml: styles.slice(0, d.start) + head + body + added + "</dxfs>" + styles.slice(d.end),
      first: d.dxfs.length,
    };
  }
  // No dxfs yet: they go after cellStyles (or cellXfs), before tableStyles.
  let at = -1;
  let fallback = -1;
  scanTags(styles, (tag) => {
    if (tag.local === "cellStyles" && (tag.closing || tag.selfClosing)) at = tag.end;
    if (tag.local === "cellXfs" && tag.closing) fallback = tag.end;
  });
  if (at < 0) at = fallback >= 0 ? fallback : styles.lastIndexOf("</");
  return { xml: `${styles.slice(0, at)}<dxfs count="${marks.length}">${added}</dxfs>${styles.slice(at)}`, first: 0 };
}

/** Drops the trailing dxfs no rule uses any more (ours, appended last); an emptied list is written as Excel writes one. */
function dropDxfs(styles: string, ids: Set<number>): string {
  const d = dxfsOf(styles);
  if (!d || d.end < 0 || ids.size === 0) return styles;
  let keep = d.dxfs.length;
  while (keep > 0 && ids.has(keep - 1)) keep--;
  const replacement =
    keep === 0 ? `<dxfs count="0"/>` : `<dxfs count="${keep}">${d.dxfs.slice(0, keep).join("")}</dxfs>`;
  return styles.slice(0, d.start) + replacement + styles.slice(d.end);
}

function openZip(bytes: Uint8Array): ZipArchive {
  try {
    return new ZipArchive(bytes);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError("corrupt", "not a readable ZIP archive");
  }
}

/**
 * The package with the marks of `plan` (none to clear), any earlier ones removed; sheets and styles are
 * rewritten only when they change.
 */
async function rewrite(bytes: Uint8Array, plan: HighlightPlan): Promise<HighlightedCopy> {
  const zip = openZip(bytes);
  const { sheets } = await readWorkbookParts(zip);
  const paths = new Map(sheets.filter((s) => zip.has(s.path)).map((s) => [s.name, s.path]));
  const splits = new Map<string, SheetSplit>();
  for (const [name, path] of paths) splits.set(name, await splitSheet(zip, path));

  const groups = groupHighlights(plan);
  const placeable = groups.filter((g) => (splits.get(g.sheet)?.insertAt ?? -1) >= 0);
  const unplaced = [...new Set(groups.filter((g) => !placeable.includes(g)).map((g) => g.sheet))];

  const replace = new Map<string, NewPart>();
  const stylesPath = zip.find("xl/styles.xml");
  const ourDxfIds = new Set([...splits.values()].flatMap((s) => s.ourDxfIds));
  let styles = stylesPath && (ourDxfIds.size > 0 || placeable.length > 0) ? await zip.text(stylesPath) : null;
  if (styles !== null) styles = dropDxfs(styles, ourDxfIds);
  const marks = HIGHLIGHT_MARKS.filter((m) => placeable.some((g) => g.mark === m));
  let first = 0;
  if (placeable.length > 0) {
    if (styles === null) throw new WorkbookReadError("corrupt", "missing xl/styles.xml");
    ({ xml: styles, first } = addDxfs(styles, marks));
  }
  if (styles !== null && stylesPath) replace.set(stylesPath, NewPart.of(new TextEncoder().encode(styles)));

  const placed: string[] = [];
  for (const [name, split] of splits) {
    let priority = split.maxPriority;
    const blocks = placeable
      .filter((g) => g.sheet === name)
      .map(
        (g) =>
          `<conditionalFormatting sqref="${g.ranges.join(" ")}"><cfRule type="expression" dxfId="${first + marks.indexOf(g.mark)}" priority="${++priority}">` +
          `<formula>${highlightFormula(g.mark).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</formula></cfRule></conditionalFormatting>`,
      )
      .join("");
    if (blocks) placed.push(name);
    if (!blocks && !split.removedOurs) continue;
    const tail = blocks ? split.tail.slice(0, split.insertAt) + blocks + split.tail.slice(split.insertAt) : split.tail;
    replace.set(split.path, await sheetPart(zip, split, tail));
  }
  return { bytes: rewriteZip(bytes, zip, { replace }), placed, unplaced };
}

const PLUMBING =
  /^(?:\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/[^/]+\.xml)$/;

/**
 * The package without our marks (cleared first, so that the styles of the legend's samples are
 * dropped with the others) and with `edit` applied to its plumbing (package-edit: only the
 * workbook's plumbing and sheets are inflated, every other part is copied as stored).
 */
async function editCleared<T>(bytes: Uint8Array, edit: (parts: Parts) => T): Promise<{ bytes: Uint8Array; result: T }> {
  const cleared = (await rewrite(bytes, { ranges: [] })).bytes;
  return editPackage(cleared, (name) => PLUMBING.test(name), edit);
}

/** A copy of the workbook with the plan's highlights (any earlier ones replaced), and where they could not go. */
export async function applyXlsxHighlights(bytes: Uint8Array, plan: HighlightPlan): Promise<HighlightedCopy> {
  const legend = plan.legend;
  // The legend sheet is a part of its own (legend-sheet-part), its colour samples marks like any other.
  const { bytes: plain, result: name } = await editCleared(bytes, (parts) => {
    removeLegendSheet(parts);
    return legend ? addLegendSheet(parts, legend) : null;
  });
  return rewrite(plain, legend && name !== null ? { ranges: [...plan.ranges, ...legendMarks(legend, name)] } : plan);
}

/** A copy of the workbook without the add-in's highlights and legend sheet; every other part as it was. */
export async function clearXlsxHighlights(bytes: Uint8Array): Promise<Uint8Array> {
  return (await editCleared(bytes, removeLegendSheet)).bytes;
}
