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
 * The metadata in a custom XML part's text, or null when the part is not ours or is unreadable.
 * The root element is found by position (first opening tag, last closing tag), one pass over the
 * text whatever it holds: a regex with a greedy body tried at every "<ntpDisburse" was quadratic
 * on a part of unclosed tags (800 KB took 31 s).
 */
export function metadataFromXml(xml: string): AddinMetadata | null {
  const start = xml.indexOf("<ntpDisburse");
  if (start < 0) return null;
  const open = /<ntpDisburse\s+xmlns="([^"]*)"\s*>/y;
  open.lastIndex = start;
  const m = open.exec(xml);
  if (!m || m[1] !== METADATA_NAMESPACE) return null;
  const end = xml.lastIndexOf("</ntpDisburse>");
  if (end < open.lastIndex) return null;
  try {
    const meta = JSON.parse(xmlUnescape(xml.slice(open.lastIndex, end))) as AddinMetadata;
    return meta && meta.version === 1 ? meta : null;
  } catch {
    return null;
  }
}
