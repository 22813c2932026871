/**
 * A CSV file -> one Grid, so that an allocation list kept as CSV is detected
 * like any sheet. UTF-8 (with or without BOM), UTF-16 with BOM or
 * windows-1258 (decode-text.ts); comma, semicolon or tab, whichever the first
 * lines use most (Excel writes semicolons where the decimal mark is a comma,
 * tabs in "Unicode text"); quoted fields with "" and line breaks inside. Cells stay text, as
 * typed, except plain integers: the engine reads amounts in either notation.
 */

import type { CellValue, Grid } from "../../engine/grid";
import { decodeText } from "./decode-text";
import { WorkbookReadError } from "./read-error";

/** The delimiter the first lines use most, outside quotes (comma on a tie). */
function delimiterOf(text: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
    else if (!quoted && ch === "\n") lines++;
  }
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return counts[";"] > counts[","] ? ";" : ",";
}

function cell(field: string, quoted: boolean): CellValue {
  if (field === "") return null;
  if (!quoted && /^-?(0|[1-9]\d{0,14})$/.test(field.trim())) return Number(field.trim());
  return field;
}

export function csvToGrid(bytes: Uint8Array, sheet: string): Grid {
  if (bytes.length === 0) throw new WorkbookReadError("empty");
  const { text } = decodeText(bytes);
  if (text.includes("\u0000")) throw new WorkbookReadError("not-xlsx", "binary data");
  const sep = delimiterOf(text);
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  let inQuotes = false;
  const endField = (): void => {
    row.push(cell(field, quoted));
    field = "";
    quoted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === "") {
      inQuotes = true;
      quoted = true;
      field = "";
    } else if (ch === sep) endField();
    else if (ch === "\n") endRow();
    else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) endRow();
  return {
    sheet,
    rows: rows.map((values) => (values.every((v) => v === null) ? undefined : { values })),
    merges: [],
    hiddenColumns: [],
  };
}
