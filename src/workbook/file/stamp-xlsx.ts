/**
 * A stamped copy of the user's .xlsx (the command line's `stamp --out`, and
 * file mode's download): the metadata part with the stamp (custom-xml.ts)
 * and the printable "Xác nhận" sheet added; every other part as it was.
 */

import { unzipSync, zipSync } from "fflate";
import type { AddinMetadata } from "../../engine/metadata";
import type { SheetSpec } from "../../engine/sheet-spec";
import { withMetadata } from "./custom-xml";
import { addSheetToParts } from "./add-sheet-xlsx";
import { WorkbookReadError } from "./read-error";

export function stampedCopy(
  bytes: Uint8Array,
  meta: AddinMetadata,
  sheet: SheetSpec,
): { bytes: Uint8Array; sheet: string } {
  let parts;
  try {
    parts = unzipSync(bytes);
  } catch {
    throw new WorkbookReadError("corrupt", "not a readable ZIP archive");
  }
  const name = addSheetToParts(parts, sheet);
  return { bytes: withMetadata(zipSync(parts, { level: 6 }), meta), sheet: name };
}
