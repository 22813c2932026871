/**
 * The layers of src, read from the imports themselves: the engine is pure and
 * imports nothing outside itself; the workbook adapters sit on the engine; the
 * shells (task pane, ribbon commands, command line, bench) sit on both. Each
 * import a file makes (static, dynamic, type-only, re-export) counts.
 *
 * Above src, the developer tools in scripts/ sit on the tests' harness (the
 * fake Excel host, the browser launcher, the generators in test/helpers and
 * test/corpus), never the other way: a test imports src and test/ only, so
 * the suite runs without the tools and a tool's change cannot break a test
 * through an import.
 */

import { strict as assert } from "node:assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const SRC = path.resolve(__dirname, "../../src");

/** The src folders each src folder may import, besides itself. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  engine: [],
  i18n: ["engine"],
  // The Office adapter's errors reach the user in their language.
  workbook: ["engine", "i18n"],
  cli: ["engine", "i18n", "workbook"],
  commands: ["engine", "i18n", "workbook"],
  bench: ["engine", "i18n", "workbook"],
  // The pane shows a failure the ribbon commands recorded.
  taskpane: ["engine", "i18n", "workbook", "commands"],
};

interface FolderImport {
  file: string;
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function folderOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0];
}

/** Every relative import under a folder (src unless named), as the importing file and the path it names (resolved, without extension). */
function relativeImports(dir = SRC): { file: string; target: string }[] {
  return sourceFiles(dir).flatMap((file) => {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    return info.importedFiles
      .filter((ref) => ref.fileName.startsWith("."))
      .map((ref) => ({ file, target: path.resolve(path.dirname(file), ref.fileName) }));
  });
}

/** Every import in src that crosses from one top folder to another. */
function crossFolderImports(): FolderImport[] {
  return relativeImports()
    .map(({ file, target }) => ({ file: path.relative(SRC, file), from: folderOf(file), to: folderOf(target) }))
    .filter((imp) => imp.from !== imp.to);
}

/** "file imports target" for every import from a file under one folder into another folder. */
function importsInto(fromDir: string, intoDir: string): string[] {
  const root = path.resolve(SRC, "..");
  return relativeImports(fromDir)
    .filter(({ target }) => !path.relative(intoDir, target).startsWith(".."))
    .map(({ file, target }) => `${path.relative(root, file)} imports ${path.relative(root, target)}`);
}

/** The module a resolved import path names: the .ts/.tsx file, or the folder's index. */
function moduleOf(target: string): string {
  const candidates = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((ending) => target + ending);
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  return path.relative(SRC, found ?? target);
}

/** Every import between modules of src (type-only imports too: they tie the modules' meaning together all the same). */
function moduleImports(): FolderImport[] {
  return relativeImports().map(({ file, target }) => {
    const from = path.relative(SRC, file);
    return { file: from, from, to: moduleOf(target) };
  });
}

/** A cycle in a graph of imports (between folders or between modules), as the nodes along it, or null when there is none. */
function importCycle(imports: FolderImport[]): string[] | null {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of imports) next.set(from, (next.get(from) ?? new Set()).add(to));
  const done = new Set<string>();
  const visit = (folder: string, trail: string[]): string[] | null => {
    const at = trail.indexOf(folder);
    if (at >= 0) return [...trail.slice(at), folder];
    if (done.has(folder)) return null;
    for (const to of next.get(folder) ?? []) {
      const cycle = visit(to, [...trail, folder]);
      if (cycle) return cycle;
    }
    done.add(folder);
    return null;
  };
  for (const folder of next.keys()) {
    const cycle = visit(folder, []);
    if (cycle) return cycle;
  }
  return null;
}

describe("the layers of src", () => {
  const imports = crossFolderImports();

  it("finds the imports it checks (the engine is imported from the shells)", () => {
    assert.equal(
      imports.some((imp) => imp.from === "taskpane" && imp.to === "engine"),
      true,
    );
    assert.equal(
      imports.some((imp) => imp.from === "cli" && imp.to === "workbook"),
      true,
    );
  });

  it("lets each folder import only the layers below it", () => {
    const wrong = imports
      .filter((imp) => !(MAY_IMPORT[imp.from] ?? []).includes(imp.to))
      .map((imp) => `${imp.file} imports src/${imp.to}`);
    assert.deepEqual(wrong, []);
  });

  it("keeps the engine free of every other folder of src", () => {
    assert.deepEqual(
      imports.filter((imp) => imp.from === "engine").map((imp) => imp.file),
      [],
    );
  });

  it("never has the task pane import the command line", () => {
    const paneToCli = imports.filter((imp) => imp.from === "taskpane" && imp.to === "cli");
    assert.deepEqual(
      paneToCli.map((imp) => imp.file),
      [],
    );
  });

  it("has no import cycle between folders", () => {
    assert.equal(importCycle(imports), null);
  });

  it("has no import cycle between modules", () => {
    assert.equal(importCycle(moduleImports()), null);
  });

  it("reports a cycle when two folders import each other", () => {
    const cycle = importCycle([
      { file: "engine/a.ts", from: "engine", to: "i18n" },
      { file: "i18n/b.ts", from: "i18n", to: "engine" },
    ]);
    assert.deepEqual(cycle, ["engine", "i18n", "engine"]);
  });
});

describe("scripts and tests", () => {
  const SCRIPTS = path.resolve(SRC, "../scripts");
  const TEST = path.resolve(SRC, "../test");

  it("finds the imports it checks (the tools use the tests' harness)", () => {
    assert.equal(
      importsInto(SCRIPTS, TEST).some((imp) => imp.startsWith("scripts/fuzz.ts imports test/helpers/fuzz")),
      true,
    );
  });

  it("never has a test import scripts/: the dependency runs one way, from the tools to the tests", () => {
    assert.deepEqual(importsInto(TEST, SCRIPTS), []);
  });
});
