/**
 * The layout corpus in CI: 300 generated plan workbooks with fixed seeds, a
 * batch of them round-tripped through LibreOffice, read by the engine and
 * scored against the generator's own ground truth (`npm run corpus` runs more).
 */

import { strict as assert } from "node:assert";
import { hasLibreOffice } from "../helpers/libreoffice";
import type { Tally } from "./compare";
import { accuracyTable, runCorpus } from "./corpus";
import { generateLayout } from "./layout";

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);
/** Fields held to 99.5%: every line field and every table-level one. */
const HELD = [
  "kind",
  "parent",
  "breakdown",
  "source",
  "allocated",
  "planned",
  "quarters",
  "actual",
  "line found",
  "header rows",
  "money unit",
  "granularity",
  "column role",
];

describe("layout corpus (300 generated workbooks)", function () {
  this.timeout(600_000);
  let tally: Tally;

  before(async () => {
    const lo = hasLibreOffice() ? SEEDS.filter((s) => s % 25 === 0) : [];
    tally = await runCorpus({ seeds: SEEDS, viaLibreOffice: new Set(lo) });
  });

  it("draws the same layout and ground truth from the same seed", () => {
    assert.deepEqual(JSON.stringify(generateLayout(77)), JSON.stringify(generateLayout(77)));
    assert.notDeepEqual(JSON.stringify(generateLayout(77).truth), JSON.stringify(generateLayout(78).truth));
  });

  it("finds every table, and no table that is not one (summaries included)", () => {
    const missed = tally.misses.filter((m) => m.field === "table found" || m.field === "extra table");
    assert.deepEqual(missed, []);
  });

  it("reads at least 99.5% of lines exactly in every field, and the header, unit, granularity and column roles", () => {
    const report = accuracyTable(tally);
    for (const f of HELD) assert.ok(tally.accuracy(f) >= 0.995, `${f}\n${report}`);
    assert.equal(tally.missed.get("extra line") ?? 0, 0, report);
  });

  it("flags every table whose money unit is written nowhere as unsure, never guessing silently", () => {
    assert.ok((tally.compared.get("unsure unit flagged") ?? 0) > 0);
    assert.equal(tally.accuracy("unsure unit flagged"), 1);
  });
});
