/**
 * A stamped copy of the user's .xlsx (the command line's `stamp --out`, and
 * file mode's download): the metadata part with the stamp (custom-xml.ts)
 * and the printable "Xác nhận" sheet added; every other part copied as
 * stored (package-edit), its compressed bytes unchanged.
 */

import type { AddinMetadata } from "../../engine/metadata";
import type { SheetSpec } from "../../engine/sheet-spec";
import { METADATA_READS, addMetadataPart } from "./custom-xml";
import { addSheetToParts } from "./add-sheet-xlsx";
import { editPackage } from "./package-edit";

/** The parts adding the sheet reads: the workbook, its relationships, the content types and the styles. */
const SHEET_READS = (name: string): boolean =>
  name === "xl/workbook.xml" || name === "xl/styles.xml" || METADATA_READS(name);

export async function stampedCopy(
  bytes: Uint8Array,
  meta: AddinMetadata,
  sheet: SheetSpec,
): Promise<{ bytes: Uint8Array; sheet: string }> {
  const copy = await editPackage(bytes, SHEET_READS, (parts) => {
    const name = addSheetToParts(parts, sheet);
    addMetadataPart(parts, meta);
    return name;
  });
  return { bytes: copy.bytes, sheet: copy.result };
}
