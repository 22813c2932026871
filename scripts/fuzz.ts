/** `npm run fuzz -- --n N --seed S`: N mutants of the samples through validate and consolidate (see test/helpers/fuzz). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fuzz } from "../test/helpers/fuzz";

const { values } = parseArgs({ options: { n: { type: "string" }, seed: { type: "string" } } });
const n = Number(values.n ?? 500);
const seed = Number(values.seed ?? Date.now() % 100_000);
const dir = mkdtempSync(join(tmpdir(), "ntp-fuzz-"));
const started = Date.now();
void fuzz(seed, n, dir).then((problems) => {
  rmSync(dir, { recursive: true, force: true });
  for (const p of problems) console.log(p);
  console.log(
    `seed ${seed}: ${n} mutants, ${problems.length} problems, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exitCode = problems.length > 0 ? 1 : 0;
});
