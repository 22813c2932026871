/**
 * The list of units expected to submit (`--expected UNITS.csv`): one name a
 * line, UTF-8 (a byte-order mark is ignored), a first line "unit" or "đơn vị"
 * taken as a header; in a CSV of several columns, the first column.
 */

import { fold } from "../text";

function firstField(line: string): string {
  const quoted = /^"((?:[^"]|"")*)"/.exec(line);
  if (quoted) return quoted[1].replace(/""/g, '"');
  return line.split(/[,;\t]/)[0];
}

export function parseExpectedUnits(text: string): string[] {
  const names = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l) => firstField(l.trim()).trim())
    .filter((n) => n !== "");
  if (names.length > 0 && /^(unit|units|don vi|ten don vi)$/.test(fold(names[0]))) names.shift();
  return names;
}
