import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fuzz } from "../helpers/fuzz";

// Fixed seeds, so a failure here is a mutant anyone can rebuild (npm run fuzz -- --n 100 --seed 1501).
const SEEDS = [1501, 2718];

describe("fuzzed samples through validate --json --out and consolidate", function () {
  this.timeout(180_000);
  for (const seed of SEEDS) {
    it(`ends every run of 100 mutants (seed ${seed}) with exit 0 or 1 and JSON, or exit 2 and one line, within the budget`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "ntp-fuzz-"));
      try {
        assert.deepEqual(await fuzz(seed, 100, dir), []);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
