/**
 * npm run corpus -- --n 5000 --seed 1 [--lo 20] [--misses 200]
 *   prints accuracy per field over layouts seed..seed+n-1 and every miss with its seed;
 * npm run corpus -- --replay 1234 [--out layout-1234.xlsx]
 *   writes that seed's workbook, prints its choices, its misses and its ground truth.
 */

import { writeFileSync } from "node:fs";
import { accuracyTable, runCorpus } from "./corpus";
import { generateLayout } from "./layout";
import { layoutXlsx } from "./write";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

async function main(): Promise<void> {
  const replay = arg("replay");
  if (replay !== undefined) {
    const seed = Number(replay);
    const layout = generateLayout(seed);
    const out = arg("out") ?? `layout-${seed}.xlsx`;
    writeFileSync(out, await layoutXlsx(layout));
    console.log(`seed ${seed} -> ${out}`);
    console.log(JSON.stringify(layout.axes, null, 1));
    const tally = await runCorpus({ seeds: [seed] });
    for (const m of tally.misses)
      console.log(`MISS ${m.field} @ ${m.where}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`);
    if (process.argv.includes("--truth")) console.log(JSON.stringify(layout.truth, null, 1));
    return;
  }
  const n = Number(arg("n") ?? 300);
  const first = Number(arg("seed") ?? 1);
  const lo = Number(arg("lo") ?? 0);
  const shown = Number(arg("misses") ?? 1000);
  const seeds = Array.from({ length: n }, (_, i) => first + i);
  const started = Date.now();
  const tally = await runCorpus({ seeds, viaLibreOffice: new Set(seeds.slice(0, lo)) });
  console.log(
    `${n} layouts (seeds ${first}..${first + n - 1}, ${lo} through LibreOffice) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(accuracyTable(tally));
  const bySeed = new Set(tally.misses.map((m) => m.seed));
  console.log(`\n${tally.misses.length} misses in ${bySeed.size} layouts`);
  for (const m of tally.misses.slice(0, shown)) {
    console.log(
      `seed ${m.seed}  ${m.field} @ ${m.where}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`,
    );
  }
}

void main();
