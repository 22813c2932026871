/**
 * The ntp-disburse command: parses the command line and hands over to one
 * module per command (validate.ts, …). Exit 0: ran, no error finding;
 * 1: ran, at least one error finding; 2: could not run (one line on stderr,
 * never a stack trace).
 */

import { parseArgs } from "node:util";
import { WorkbookReadError } from "../workbook/file/read-error";
import { CLI_TEXT } from "../i18n/cli";
import type { Lang } from "../i18n/format";
import { type CliText, type Io, InputError, UsageError } from "./common";
import { TEMPLATE_OPTIONS, runTemplate } from "./template";
import { VALIDATE_OPTIONS, runValidate } from "./validate";
import { CONSOLIDATE_OPTIONS, runConsolidate } from "./consolidate";
import { fdWriter } from "./fd-writer";

export { MAX_FILE_BYTES } from "./common";

const defaultIo: Io = {
  // Synchronous, so that a slow pipe holds the command back rather than filling memory (fd-writer.ts).
  stdout: fdWriter(1),
  stderr: (s) => process.stderr.write(s),
  today: () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  },
};

/** Each command: its options (besides --lang and --help) and how it runs. */
const COMMANDS = {
  validate: { options: VALIDATE_OPTIONS, run: runValidate },
  consolidate: { options: CONSOLIDATE_OPTIONS, run: runConsolidate },
  template: { options: TEMPLATE_OPTIONS, run: runTemplate },
} as const;

type CommandName = keyof typeof COMMANDS;

const COMMON_OPTIONS = { lang: { type: "string" }, help: { type: "boolean", short: "h" } } as const;

/** Every command's options, so that one parse finds the command and its files; each command then refuses the others'. */
const ALL_OPTIONS = Object.assign({}, COMMON_OPTIONS, ...Object.values(COMMANDS).map((c) => c.options)) as Record<
  string,
  { type: "string" | "boolean"; short?: string; multiple?: boolean }
>;

function langOf(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return v === "en" ? "en" : "vi";
}

/** Node's parseArgs explains in English; the two mistakes users make get the user's language. */
function argumentProblem(message: string, t: CliText): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return t.unknownOption(unknown[1]);
  const missing = /^Option '(-[^' ]+)[^']*' argument (?:missing|is ambiguous)/.exec(message);
  if (missing) return t.missingValue(missing[1]);
  return message;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = langOf(argv);
  const t: CliText = CLI_TEXT[lang];
  const usage = (message: string): number => {
    io.stderr(`ntp-disburse: ${message}\n${t.usage}\n`);
    return 2;
  };
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(`${t.usage}\n`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: ALL_OPTIONS });
  } catch (e) {
    return usage(`${t.badArgs}: ${argumentProblem((e as Error).message, t)}`);
  }
  const [name, ...files] = parsed.positionals;
  if (!name) return usage(t.needFile);
  if (!(name in COMMANDS)) return usage(`${t.unknownCommand}: ${name}`);
  const command = COMMANDS[name as CommandName];
  const foreign = Object.keys(parsed.values).filter((o) => !(o in command.options) && !(o in COMMON_OPTIONS));
  if (foreign.length > 0) return usage(`${t.badArgs}: --${foreign[0]}`);
  try {
    if (parsed.values.lang !== undefined && parsed.values.lang !== "vi" && parsed.values.lang !== "en")
      throw new UsageError(t.badLang);
    return await command.run({ files, values: parsed.values }, io, lang, t);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    const fail = (what: string, reason: string): number => {
      io.stderr(`ntp-disburse: ${what}: ${reason}\n`);
      return 2;
    };
    if (e instanceof InputError) return fail(e.file, e.message);
    if (e instanceof WorkbookReadError) return fail(files[0] ?? "", e.reason(lang));
    return fail(files[0] ?? "", `${t.internal} (${(e as Error).message})`);
  }
}
