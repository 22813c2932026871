/**
 * Mutants of the sample workbooks and the check every command must pass on
 * them: `validate --json --out` on each and `consolidate` on a folder of
 * them exit 0, 1 or 2, with valid JSON on stdout (0, 1) or one line on
 * stderr (2), within the time budget. Mutations are chosen by a seeded
 * generator, so a seed names a run that can be repeated.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { columnLetter } from "../../src/engine/grid";
import { type Random, seededRandom } from "./seeded-random";

const ROOT = join(__dirname, "..", "..");
export const SAMPLES = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => join(ROOT, "examples", f));

/** Replaces one random match of `re` in `s` (global regex) with what `f` gives. */
function replaceOne(rng: Random, s: string, re: RegExp, f: (m: string) => string): string {
  const all = [...s.matchAll(re)];
  if (all.length === 0) return s;
  const m = rng.pick(all);
  return s.slice(0, m.index) + f(m[0]) + s.slice(m.index! + m[0].length);
}

const VALUES = [
  "",
  "-1",
  "1e308",
  "-0",
  "NaN",
  "abc",
  "99999999999999999999",
  "0.1",
  "1E-5",
  "45292",
  "#REF!",
  "x".repeat(5000),
];

/** The mutations, each on the text of one part (the sheet unless it says otherwise). */
const MUTATIONS: {
  name: string;
  part: "sheet" | "styles" | "strings" | "workbook";
  apply: (rng: Random, s: string) => string;
}[] = [
  {
    name: "cell type",
    part: "sheet",
    apply: (rng, s) =>
      replaceOne(rng, s, /<c\b[^>]*>/g, (c) =>
        c
          .replace(/\s*\bt="[^"]*"/, "")
          .replace("<c", `<c t="${rng.pick(["s", "n", "str", "b", "e", "inlineStr", "d", "zz"])}"`),
      ),
  },
  {
    name: "value",
    part: "sheet",
    apply: (rng, s) => replaceOne(rng, s, /<v>[^<]*<\/v>/g, () => `<v>${rng.pick(VALUES)}</v>`),
  },
  { name: "delete row", part: "sheet", apply: (rng, s) => replaceOne(rng, s, /<row\b[\s\S]*?<\/row>/g, () => "") },
  {
    name: "duplicate row",
    part: "sheet",
    apply: (rng, s) => replaceOne(rng, s, /<row\b[\s\S]*?<\/row>/g, (r) => r + r),
  },
  {
    name: "row number",
    part: "sheet",
    apply: (rng, s) =>
      replaceOne(
        rng,
        s,
        /<row r="\d+"/g,
        () => `<row r="${rng.pick(["0", "1", "1048576", "1048577", "-3", "x", String(rng.int(1, 400))])}"`,
      ),
  },
  {
    name: "cell reference",
    part: "sheet",
    apply: (rng, s) =>
      replaceOne(
        rng,
        s,
        /<c r="[A-Z]+\d+"/g,
        () =>
          `<c r="${rng.pick(["A1", "XFD12", "ZZ12", "A0", "1A", "", `${columnLetter(rng.int(1, 60))}${rng.int(1, 300)}`])}"`,
      ),
  },
  {
    name: "merges",
    part: "sheet",
    apply: (rng, s) => {
      const refs = Array.from({ length: rng.int(1, 30) }, () => {
        const c = rng.int(1, 30);
        const r = rng.int(1, 200);
        return `${columnLetter(c)}${r}:${columnLetter(c + rng.int(0, 10))}${r + rng.int(0, 20)}`;
      });
      const merges = `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
      return s.includes("<mergeCells")
        ? s.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, merges)
        : s.replace("</sheetData>", `</sheetData>${merges}`);
    },
  },
  {
    name: "style index",
    part: "sheet",
    apply: (rng, s) => replaceOne(rng, s, /<c r="[^"]*"/g, (c) => `${c} s="${rng.pick(["0", "1", "999", "-1", "x"])}"`),
  },
  {
    name: "number format",
    part: "styles",
    apply: (rng, s) =>
      replaceOne(rng, s, /numFmtId="\d+"/g, () => `numFmtId="${rng.pick(["14", "22", "49", "165", "999", "0"])}"`),
  },
  {
    name: "shared string",
    part: "strings",
    apply: (rng, s) =>
      replaceOne(rng, s, /<si>[\s\S]*?<\/si>/g, () =>
        rng.pick(["", "<si><t></t></si>", "<si><t>Tổng cộng</t></si>", "<si><t>(1)</t></si>"]),
      ),
  },
  {
    name: "sheet name",
    part: "workbook",
    apply: (rng, s) =>
      s.replace(
        /(<sheet [^>]*name=")[^"]*"/,
        `$1${rng.pick(["", "&#39;x&#39;", "A&amp;B", "Sheet1", "x".repeat(40)])}"`,
      ),
  },
  { name: "truncate", part: "sheet", apply: (rng, s) => s.slice(0, rng.int(0, s.length)) },
  { name: "delete tag", part: "sheet", apply: (rng, s) => replaceOne(rng, s, /<[^>]+>/g, () => "") },
  {
    name: "stray bytes",
    part: "sheet",
    apply: (rng, s) => {
      const at = rng.int(0, s.length);
      return s.slice(0, at) + rng.pick(["<", "&", "\u0000", "<!--", "]]>", "<x>", '"', "\uFFFE"]) + s.slice(at);
    },
  },
];

const PART: Record<string, string> = {
  sheet: "xl/worksheets/sheet1.xml",
  styles: "xl/styles.xml",
  strings: "xl/sharedStrings.xml",
  workbook: "xl/workbook.xml",
};

/** The `index`th mutant of run `seed`: a sample with one to three mutations, and what they were. */
export function mutant(seed: number, index: number): { bytes: Uint8Array; what: string } {
  const rng = seededRandom(seed * 100_003 + index);
  const sample = rng.pick(SAMPLES);
  const parts = unzipSync(new Uint8Array(readFileSync(sample)));
  const done: string[] = [];
  for (let k = rng.int(1, 3); k > 0; k--) {
    const m = rng.pick(MUTATIONS);
    const path = PART[m.part];
    if (!parts[path]) continue;
    parts[path] = strToU8(m.apply(rng, strFromU8(parts[path])));
    done.push(m.name);
  }
  return {
    bytes: zipSync(parts, { level: 1 }),
    what: `${sample.slice(sample.lastIndexOf("/") + 1)}: ${done.join(", ")}`,
  };
}

export interface RunOutcome {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The command run in this process, its output collected. */
export async function runCli(argv: string[]): Promise<RunOutcome> {
  let stdout = "";
  let stderr = "";
  const started = Date.now();
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    today: () => "2024-05-31",
  });
  return { code, stdout, stderr, ms: Date.now() - started };
}

/** What is wrong with a run's outcome, or null: exit 0/1 with JSON, or 2 with one line, within the budget. */
export function problem(r: RunOutcome, budgetMs: number): string | null {
  if (r.ms > budgetMs) return `took ${r.ms} ms`;
  if (r.code === 2) {
    const lines = r.stderr.trimEnd().split("\n");
    return lines.length === 1 && lines[0].startsWith("ntp-disburse: ") && !/\n\s+at /.test(r.stderr)
      ? null
      : `exit 2 without one line: ${r.stderr.slice(0, 300)}`;
  }
  if (r.code !== 0 && r.code !== 1) return `exit ${r.code}`;
  try {
    JSON.parse(r.stdout);
  } catch {
    return `exit ${r.code} without valid JSON: ${r.stdout.slice(0, 200)}`;
  }
  return null;
}

/**
 * Runs `n` mutants of run `seed` in `dir`: validate --json --out on each, then consolidate --json --out on
 * them in folders of `batch`. Returns the problems found, each naming its mutant.
 */
export async function fuzz(seed: number, n: number, dir: string, budgetMs = 60_000, batch = 50): Promise<string[]> {
  const problems: string[] = [];
  const whats: string[] = [];
  for (let i = 0; i < n; i++) {
    const { bytes, what } = mutant(seed, i);
    const folder = join(dir, `batch-${Math.floor(i / batch)}`);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `m${String(i).padStart(5, "0")}.xlsx`);
    writeFileSync(file, bytes);
    whats.push(what);
    const r = await runCli(["validate", file, "--json", "--out", join(dir, "out.xlsx"), "--as-of", "2024-05-31"]);
    const p = problem(r, budgetMs);
    if (p) problems.push(`seed ${seed} mutant ${i} (${what}): validate ${p}`);
  }
  for (let b = 0; b * batch < n; b++) {
    const r = await runCli([
      "consolidate",
      join(dir, `batch-${b}`),
      "--json",
      "--out",
      join(dir, `tong-hop-${b}.xlsx`),
      "--as-of",
      "2024-05-31",
    ]);
    const p = problem(r, budgetMs * 4);
    if (p) problems.push(`seed ${seed} mutants ${b * batch}–${Math.min(n, (b + 1) * batch) - 1}: consolidate ${p}`);
    else if (
      r.code !== 2 &&
      (JSON.parse(r.stdout) as { files: unknown[] }).files.length !== Math.min(batch, n - b * batch)
    )
      problems.push(`seed ${seed} batch ${b}: consolidate lost files`);
  }
  return problems;
}
