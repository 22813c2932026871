/**
 * Generating, writing, reading and scoring a run of layouts: shared by the
 * corpus test and `npm run corpus`.
 */

import { readXlsx } from "../../src/workbook/file/read-xlsx";
import { convertManyWithLibreOffice } from "../helpers/libreoffice";
import { Tally, compareLayout } from "./compare";
import { generateLayout } from "./layout";
import { layoutXlsx } from "./write";

export interface RunOptions {
  seeds: number[];
  /** Seeds whose workbook goes through LibreOffice (one batch) before it is read. */
  viaLibreOffice?: ReadonlySet<number>;
}

export async function runCorpus({ seeds, viaLibreOffice = new Set() }: RunOptions): Promise<Tally> {
  const tally = new Tally();
  const score = async (seed: number, bytes: Uint8Array): Promise<void> =>
    compareLayout(generateLayout(seed), await readXlsx(bytes, `layout-${seed}.xlsx`), tally);
  // The LibreOffice seeds in one batch (soffice starts once); the rest one at a time, so memory stays flat.
  const loSeeds = seeds.filter((s) => viaLibreOffice.has(s));
  const converted = convertManyWithLibreOffice(await Promise.all(loSeeds.map((s) => layoutXlsx(generateLayout(s)))));
  for (const [i, seed] of loSeeds.entries()) await score(seed, converted[i]);
  for (const seed of seeds) if (!viaLibreOffice.has(seed)) await score(seed, await layoutXlsx(generateLayout(seed)));
  return tally;
}

/** Accuracy per field, one line each, as "field  99.87%  (12 of 9,210 missed)". */
export function accuracyTable(tally: Tally): string {
  return tally
    .fields()
    .map((f) => {
      const n = tally.compared.get(f) ?? 0;
      const m = tally.missed.get(f) ?? 0;
      return `${f.padEnd(22)} ${(100 * tally.accuracy(f)).toFixed(2).padStart(7)}%  (${m} of ${n} missed)`;
    })
    .join("\n");
}
