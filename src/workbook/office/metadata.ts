/**
 * The add-in's metadata as one custom XML part in our namespace
 * (engine/metadata), ExcelApi 1.5: it travels with the workbook, is the
 * same part the command line writes, and is invisible in the grid.
 */

import {
  type AddinMetadata,
  METADATA_NAMESPACE,
  type MetadataRead,
  metadataOf,
  metadataToXml,
  readMetadataXml,
} from "../../engine/metadata";
import { OfficeHost, requireExcelApi } from "./host";

export async function loadMetadata(host: OfficeHost, context: Excel.RequestContext): Promise<AddinMetadata | null> {
  return metadataOf(await readMetadataPart(host, context));
}

/** What our part holds (see MetadataRead): whole, damaged, or none. */
export async function readMetadataPart(host: OfficeHost, context: Excel.RequestContext): Promise<MetadataRead> {
  requireExcelApi(host, "metadata", "1.5");
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  // "items/id" loads the items; the lint rule only recognises a bare "items".
  // eslint-disable-next-line office-addins/load-object-before-read
  const [part] = parts.items;
  if (!part) return { kind: "none" };
  const xml = part.getXml();
  await context.sync();
  // A ClientResult: its value is there after the sync, no load needed.
  // eslint-disable-next-line office-addins/load-object-before-read
  return readMetadataXml(xml.value);
}

/** Replaces our part (there is only ever one) with this metadata. */
export async function saveMetadata(
  host: OfficeHost,
  context: Excel.RequestContext,
  meta: AddinMetadata,
): Promise<void> {
  requireExcelApi(host, "metadata", "1.5");
  const parts = context.workbook.customXmlParts.getByNamespace(METADATA_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read
  for (const p of parts.items) p.delete();
  context.workbook.customXmlParts.add(metadataToXml(meta));
  await context.sync();
}
