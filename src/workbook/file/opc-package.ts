/**
 * Editing an .xlsx package's plumbing (Open Packaging Conventions): the
 * relationship parts (.rels) and [Content_Types].xml that every part added
 * to a package written by ExcelJS (custom XML, charts) must be listed in.
 * Works on the unzipped files, in place.
 */

import { strFromU8, strToU8 } from "fflate";

const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES = "[Content_Types].xml";

type PackageFiles = Record<string, Uint8Array>;

/** A .rels part with these relationships. */
export function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

/** Adds a relationship to a .rels part (created when absent); returns its new id. */
export function addRelationship(files: PackageFiles, relsPath: string, type: string, target: string): string {
  const existing = files[relsPath] ? strFromU8(files[relsPath]) : relsXml([]);
  const ids = [...existing.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  const id = `rId${Math.max(0, ...ids) + 1}`;
  files[relsPath] = strToU8(
    existing.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
    ),
  );
  return id;
}

/** Declares the content type of one part (`partName` is the part's path without the leading slash). */
export function addContentType(files: PackageFiles, partName: string, contentType: string): void {
  const types = strFromU8(files[CONTENT_TYPES]);
  files[CONTENT_TYPES] = strToU8(
    types.replace("</Types>", `<Override PartName="/${partName}" ContentType="${contentType}"/></Types>`),
  );
}

/** Declares a default content type for parts ending in `extension`, unless the package has one. */
export function addDefaultContentType(files: PackageFiles, extension: string, contentType: string): void {
  const types = strFromU8(files[CONTENT_TYPES]);
  if (new RegExp(`Extension="${extension}"`, "i").test(types)) return;
  files[CONTENT_TYPES] = strToU8(
    types.replace("<Override", `<Default Extension="${extension}" ContentType="${contentType}"/><Override`),
  );
}
