/**
 * The add-in's metadata (engine/metadata.ts) as a custom XML part of an
 * .xlsx package: written into the zip next to what ExcelJS wrote (ExcelJS
 * knows nothing of custom XML parts) and read back from any package, Excel's
 * own included. The parts are laid out as Excel lays out the ones Office.js
 * adds (customXml/itemN.xml with its itemPropsN.xml), so the add-in finds
 * them with customXmlParts.getByNamespace.
 */

import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import {
  type AddinMetadata,
  type MetadataRead,
  metadataOf,
  metadataToXml,
  readMetadataXml,
} from "../../engine/metadata";
import { addContentType, addDefaultContentType, addRelationship, relsXml } from "./opc-package";
import { ZipArchive } from "./zip";

const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

function itemProps(guid: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="{${guid}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs/></ds:datastoreItem>`
  );
}

/** A GUID-shaped id derived from the content, so the same metadata gives the same bytes. */
function contentGuid(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 + text.charCodeAt(i), 2246822519) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0")).repeat(2).toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A new .xlsx package with the metadata added as one custom XML part (replacing ours if present). */
export function withMetadata(xlsx: Uint8Array, meta: AddinMetadata): Uint8Array {
  const files: Unzipped = unzipSync(xlsx);
  addMetadataPart(files, meta);
  return zipSync(files, { level: 6 });
}

/** The parts addMetadataPart reads (beside their names). */
export const METADATA_READS = (name: string): boolean =>
  /^customXml\/item\d+\.xml$/.test(name) || name === "xl/_rels/workbook.xml.rels" || name === "[Content_Types].xml";

/** Adds the metadata to the package's parts, in place, as one custom XML part (replacing ours if present). */
export function addMetadataPart(files: Unzipped, meta: AddinMetadata): void {
  const existing = Object.keys(files).find(
    (p) => /^customXml\/item\d+\.xml$/.test(p) && readMetadataXml(strFromU8(files[p])).kind !== "none",
  );
  let n = 1;
  while (`customXml/item${n}.xml` in files && `customXml/item${n}.xml` !== existing) n++;
  const xml = metadataToXml(meta);
  files[`customXml/item${n}.xml`] = strToU8(xml);
  files[`customXml/itemProps${n}.xml`] = strToU8(itemProps(contentGuid(xml)));
  files[`customXml/_rels/item${n}.xml.rels`] = strToU8(
    relsXml([{ id: "rId1", type: REL_PROPS, target: `itemProps${n}.xml` }]),
  );
  if (existing === undefined) {
    addRelationship(files, "xl/_rels/workbook.xml.rels", REL_CUSTOM_XML, `../customXml/item${n}.xml`);
    addDefaultContentType(files, "xml", "application/xml");
    addContentType(files, `customXml/itemProps${n}.xml`, PROPS_TYPE);
  }
}

/**
 * What the add-in's metadata part in an .xlsx package holds (see MetadataRead):
 * the first part of ours, damaged or not. Reads through ZipArchive, so a
 * hostile package meets the same inflation limits as the workbook reader.
 */
export async function readMetadataPart(xlsx: Uint8Array): Promise<MetadataRead> {
  const zip = new ZipArchive(xlsx);
  const parts = [...zip.entries.keys()].filter((p) => /^customXml\/item\d+\.xml$/.test(p)).sort();
  for (const path of parts) {
    const read = readMetadataXml(await zip.text(path));
    if (read.kind !== "none") return read;
  }
  return { kind: "none" };
}

/** The add-in's metadata in an .xlsx package (what reads of it when damaged), or null when it has none of ours. */
export async function readMetadata(xlsx: Uint8Array): Promise<AddinMetadata | null> {
  return metadataOf(await readMetadataPart(xlsx));
}
