/**
 * An .xlsx around one worksheet's XML written by hand, for tests of what
 * other programs (or attackers) write: prefixes, quotes, entities, odd ranges.
 */

import { strToU8, zipSync } from "fflate";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface SheetXlsxOptions {
  /** The <sst> element's inner XML (its <si> items). */
  sharedStrings?: string;
  /** The <cellXfs> inner XML and custom <numFmts>, for date tests. */
  styles?: string;
}

/** `sheetXml` is the whole worksheet part; `worksheet(inner)` writes the usual wrapper. */
export function sheetXlsx(sheetXml: string, options: SheetXlsxOptions = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook ${NS} ${R_NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml),
  };
  if (options.sharedStrings !== undefined)
    files["xl/sharedStrings.xml"] = strToU8(`<?xml version="1.0"?><sst ${NS}>${options.sharedStrings}</sst>`);
  if (options.styles !== undefined)
    files["xl/styles.xml"] = strToU8(`<?xml version="1.0"?><styleSheet ${NS}>${options.styles}</styleSheet>`);
  return zipSync(files);
}

export function worksheet(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${R_NS}>${inner}</worksheet>`;
}
