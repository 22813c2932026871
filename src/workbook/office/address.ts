/**
 * Addresses as Excel returns them for several areas at once
 * ("'KH giải ngân, 2024'!A1:B2,'KH giải ngân, 2024'!D5"): split into ranges
 * without being fooled by commas or '!' inside a quoted sheet name.
 */

import type { CellRange } from "../../engine/grid";
import { parseRange } from "../../engine/grid";

export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  let i = 0;
  while (i < address.length) {
    while (address[i] === " " || address[i] === ",") i++;
    if (i >= address.length) break;
    let ref = "";
    if (address[i] === "'") {
      // Quoted sheet name: '' is a quote inside it.
      i++;
      while (i < address.length && !(address[i] === "'" && address[i + 1] !== "'")) i += address[i] === "'" ? 2 : 1;
      i++;
    }
    const start = i;
    while (i < address.length && address[i] !== ",") i++;
    ref = address.slice(start, i);
    const bang = ref.lastIndexOf("!");
    const range = parseRange(bang >= 0 ? ref.slice(bang + 1) : ref);
    if (range) out.push(range);
  }
  return out;
}
