/**
 * The ntp-disburse command: reads files with the file adapter, hands Grids
 * to the engine, prints the report. Exit 0: ran, no error finding; 1: ran,
 * at least one error finding; 2: could not run (one line on stderr).
 */

import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { readXlsx } from "../workbook/file/read-xlsx";
import { WorkbookReadError } from "../workbook/file/read-error";
import { validateWorkbook } from "../engine/validate";
import { BUILT_IN_PROFILES, Profile, ProfileError, profileFromJson } from "../engine/profile";
import { CLI_TEXT } from "../i18n/cli";
import type { Lang } from "../i18n/format";
import { formatReport } from "./summary";
import { writeJson } from "./json-stream";

/** Files above this size are refused before reading (see README, "Limits"). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

class UsageError extends Error {}

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  today: () => string;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  today: () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  },
};

function langOf(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return v === "en" ? "en" : "vi";
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = langOf(argv);
  const t = CLI_TEXT[lang];
  const fail = (what: string, reason: string): number => {
    io.stderr(`ntp-disburse: ${what}: ${reason}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        profile: { type: "string" },
        "as-of": { type: "string" },
        json: { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    io.stderr(`ntp-disburse: ${t.badArgs}: ${(e as Error).message}\n${t.usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${t.usage}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  try {
    if (command !== "validate") throw new UsageError(command ? `${t.unknownCommand}: ${command}` : t.needFile);
    if (files.length !== 1) throw new UsageError(t.needFile);
    if (values.lang !== undefined && values.lang !== "vi" && values.lang !== "en") throw new UsageError(t.badLang);
    const asOf = values["as-of"] ?? io.today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new UsageError(t.badDate);
    const profile = loadProfile(values.profile ?? "quang-nam-2024", t);

    const file = files[0];
    const bytes = readInput(file, t);
    const grids = await readXlsx(bytes, file);
    const report = validateWorkbook(grids, { file: basename(file), asOf, lang, profile });
    if (report.tables.length === 0) return fail(file, t.noPlan);
    for (const table of report.tables) {
      if ((table.confidence.unit ?? 1) < 0.5)
        io.stderr(`ntp-disburse: ${file}: ${t.unitGuessed(table.sheet, table.unit)}\n`);
    }
    if (values.json) writeJson(report, io.stdout);
    else io.stdout(formatReport(report, lang));
    return report.summary.errors > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`ntp-disburse: ${e.message}\n${t.usage}\n`);
      return 2;
    }
    if (e instanceof InputError) return fail(e.file, e.message);
    if (e instanceof WorkbookReadError) return fail(files[0], e.reason(lang));
    return fail(files[0] ?? "", `${t.internal} (${(e as Error).message})`);
  }
}

/** A built-in profile by id, or a profile file (JSON, see README "Milestone profiles"). */
function loadProfile(idOrFile: string, t: (typeof CLI_TEXT)[Lang]): Profile {
  const builtIn = BUILT_IN_PROFILES.find((p) => p.id === idOrFile);
  if (builtIn) return builtIn;
  if (!/\.json$/i.test(idOrFile) && !existsSync(idOrFile)) throw new UsageError(`${t.unknownProfile}: ${idOrFile}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(idOrFile, "utf8"));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(idOrFile, code === "ENOENT" ? t.notFound : `${t.badProfile}: ${(e as Error).message}`);
  }
  try {
    return profileFromJson(json);
  } catch (e) {
    if (e instanceof ProfileError) throw new InputError(idOrFile, `${t.badProfile}: ${e.problems.join("; ")}`);
    throw e;
  }
}

class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

function readInput(file: string, t: (typeof CLI_TEXT)[Lang]): Uint8Array {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(file, t.isDirectory);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(file, code === "ENOENT" ? t.notFound : code === "EACCES" ? t.noAccess : (e as Error).message);
  }
  if (size > MAX_FILE_BYTES) throw new InputError(file, `${t.tooBig} (${MAX_FILE_BYTES / 1024 / 1024} MiB)`);
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(file, code === "EACCES" ? t.noAccess : (e as Error).message);
  }
}
