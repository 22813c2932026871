/**
 * What the add-in keeps inside a workbook: the milestone profile the plan is
 * checked against, the column mappings a user confirmed, and what the add-in
 * highlighted (so "Clear" can undo exactly that). Both shells store it the
 * same way, as one custom XML part in our namespace, so a template generated
 * on the command line carries its profile into Excel and back.
 */

import { XML_FORBIDDEN, xmlText, xmlUnescape } from "./xml-text";

export const METADATA_NAMESPACE = "urn:ntp-disburse:metadata:1";

export interface AddinMetadata {
  version: 1;
  /** The profile as a profile file holds it (profile.schema.json); load it with profileFromJson, which checks it. */
  profile?: unknown;
  /**
   * Column roles the user confirmed, per sheet and header rows; detection
   * uses them instead of its own guess when the header still matches.
   */
  mappings?: ColumnMapping[];
  /** Free for each feature's own small records (e.g. the highlights applied). */
  [key: string]: unknown;
}

export interface ColumnMapping {
  sheet: string;
  headerRows: number[];
  /** The header text per column letter when confirmed, to tell whether it still applies. */
  headers: Record<string, string>;
  /** Role per column letter: "label", "code", "owner", "leader", "allocated:plan-2024", "planned:plan-2024:3", "actual:plan-2024", "ignore", … */
  roles: Record<string, string>;
}

/**
 * The metadata's JSON as XML text, losing nothing: JSON.stringify already writes controls and unpaired
 * surrogates as \u escapes but leaves U+FFFE and U+FFFF, which XML forbids, so those are escaped the same way.
 */
function jsonAsXml(meta: AddinMetadata): string {
  const json = JSON.stringify(meta).replace(
    XML_FORBIDDEN,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return xmlText(json);
}

/** The custom XML part's text: the metadata as JSON inside one element of our namespace. */
export function metadataToXml(meta: AddinMetadata): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ntpDisburse xmlns="${METADATA_NAMESPACE}">${jsonAsXml(meta)}</ntpDisburse>`;
}

/**
 * What a custom XML part holds for us: none of ours (another namespace, or a
 * metadata version this add-in does not know), our metadata whole, or our
 * metadata damaged (cut short, or edited by hand into invalid JSON). Damaged
 * metadata keeps every top-level member that still reads and names the ones
 * lost, so the shells can say so instead of dropping the saved profile and
 * mappings without a word; `meta` is null when nothing could be read.
 */
export type MetadataRead =
  | { kind: "none" }
  | { kind: "read"; meta: AddinMetadata }
  | { kind: "damaged"; meta: AddinMetadata | null; lost: string[] };

/**
 * The part's JSON body, or null when the part is not ours. The root element is found by position
 * (first opening tag, last closing tag), one pass over the text whatever it holds: a regex with a
 * greedy body tried at every "<ntpDisburse" was quadratic on a part of unclosed tags (800 KB took 31 s).
 */
function ourJson(xml: string): string | null {
  const start = xml.indexOf("<ntpDisburse");
  if (start < 0) return null;
  const open = /<ntpDisburse\s+xmlns="([^"]*)"\s*>/y;
  open.lastIndex = start;
  const m = open.exec(xml);
  if (!m || m[1] !== METADATA_NAMESPACE) return null;
  const end = xml.lastIndexOf("</ntpDisburse>");
  if (end < open.lastIndex) return null;
  return xmlUnescape(xml.slice(open.lastIndex, end));
}

/** Where the JSON string opening at `from` (a quote) ends, after its closing quote; the text's length when it never closes. */
function stringEnd(json: string, from: number): number {
  let i = from + 1;
  while (i < json.length && json[i] !== '"') i += json[i] === "\\" ? 2 : 1;
  return Math.min(i + 1, json.length);
}

/** Where the JSON value starting at `from` ends: the next comma or closing brace outside strings and brackets. */
function valueEnd(json: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < json.length) {
    const c = json[i];
    if (c === '"') {
      i = stringEnd(json, i);
      continue;
    }
    if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      if (depth === 0) return i;
      depth--;
    } else if (c === "," && depth === 0) return i;
    i++;
  }
  return i;
}

function parsed(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Members whose shape the shells rely on: one of another shape is as lost as one that does not parse. */
const MEMBER_SHAPES: Record<string, (value: unknown) => boolean> = {
  // null: no profile saved, as absent.
  profile: (value) => typeof value === "object" && !Array.isArray(value),
  mappings: Array.isArray,
};

interface Members {
  kept: Record<string, unknown>;
  lost: string[];
}

/** Keeps a member that parsed and has its shape; names it lost otherwise. */
function keepMember(members: Members, key: string, value: { ok: true; value: unknown } | { ok: false }): void {
  if (value.ok && (MEMBER_SHAPES[key]?.(value.value) ?? true)) members.kept[key] = value.value;
  else members.lost.push(key);
}

/**
 * The top-level members of an object's JSON that parse one by one (and have their shape), and the names of those that do not.
 * One pass, member by member: a member that is cut off or broken loses only itself (and, cut off,
 * whatever followed it, which is not there to name).
 */
function readableMembers(json: string): Members {
  const members: Members = { kept: {}, lost: [] };
  let i = json.indexOf("{") + 1;
  if (i === 0 || json.slice(0, i - 1).trim() !== "") return members;
  while (i < json.length) {
    while (i < json.length && /[\s,]/.test(json[i])) i++;
    if (json[i] !== '"') break;
    const keyEnd = stringEnd(json, i);
    const key = parsed(json.slice(i, keyEnd));
    const colon = json.indexOf(":", keyEnd);
    if (!key.ok || typeof key.value !== "string" || colon < 0 || json.slice(keyEnd, colon).trim() !== "") break;
    const end = valueEnd(json, colon + 1);
    keepMember(members, key.value, parsed(json.slice(colon + 1, end)));
    i = end;
  }
  return members;
}

/** The members of whole, parsed metadata that have their shape, and the names of those that do not. */
function shapedMembers(meta: AddinMetadata): Members {
  const members: Members = { kept: {}, lost: [] };
  for (const [key, value] of Object.entries(meta)) keepMember(members, key, { ok: true, value });
  return members;
}

/** What the custom XML part's text holds for us (see MetadataRead). */
export function readMetadataXml(xml: string): MetadataRead {
  const json = ourJson(xml);
  if (json === null) return { kind: "none" };
  const whole = parsed(json);
  if (whole.ok) {
    const meta = whole.value as AddinMetadata | null;
    if (!meta || meta.version !== 1) return { kind: "none" };
    const { kept, lost } = shapedMembers(meta);
    return lost.length === 0 ? { kind: "read", meta } : { kind: "damaged", meta: kept as AddinMetadata, lost };
  }
  const { kept, lost } = readableMembers(json);
  if ("version" in kept && kept.version !== 1) return { kind: "none" };
  const meta = Object.keys(kept).length > 0 ? ({ ...kept, version: 1 } as AddinMetadata) : null;
  return { kind: "damaged", meta, lost };
}

/** The metadata a read kept, whole or the readable part of damaged metadata; null when there is none. */
export function metadataOf(read: MetadataRead): AddinMetadata | null {
  return read.kind === "none" ? null : read.meta;
}
