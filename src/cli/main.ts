/**
 * The ntp-disburse command: parses the command line and hands over to one
 * module per command (validate.ts, …). Exit 0: ran, no error finding;
 * 1: ran, at least one error finding; 2: could not run (one line on stderr
 * and where to read the usage, never a stack trace). `help [COMMAND]`,
 * `COMMAND --help` and `--version` print on stdout and exit 0.
 */

import { parseArgs } from "node:util";
import { WorkbookReadError } from "../workbook/file/read-error";
import { CLI_TEXT } from "../i18n/cli";
import { COMMAND_HELP, commandHelpText } from "../i18n/cli-help";
import { TOOL } from "../engine/version";
import { localDay } from "../engine/calendar";
import type { Lang } from "../engine/text/format";
import { type CliText, type Io, InputError, UsageError } from "./common";
import { TEMPLATE_OPTIONS, runTemplate } from "./template";
import { VALIDATE_OPTIONS, runValidate } from "./validate";
import { CONSOLIDATE_OPTIONS, runConsolidate } from "./consolidate";
import { STAMP_OPTIONS, runStamp } from "./stamp";
import { CLEAR_OPTIONS, runClear } from "./clear";
import { fdWriter } from "./fd-writer";
import { STAMP_HELP } from "../i18n/stamp-help";
import { CLEAR_HELP } from "../i18n/clear-help";

export { MAX_FILE_BYTES } from "./common";

const defaultIo: Io = {
  // Synchronous, so that a slow pipe holds the command back rather than filling memory (fd-writer.ts).
  stdout: fdWriter(1),
  stderr: (s) => process.stderr.write(s),
  today: () => localDay(new Date()),
};

/**
 * Each command: its options (besides COMMON_OPTIONS), how it runs, and its
 * help (synopsis, options, examples, exit statuses: src/i18n/cli-help.ts).
 */
export const COMMANDS = {
  validate: { options: VALIDATE_OPTIONS, run: runValidate, help: (l: Lang) => COMMAND_HELP[l].validate },
  consolidate: { options: CONSOLIDATE_OPTIONS, run: runConsolidate, help: (l: Lang) => COMMAND_HELP[l].consolidate },
  template: { options: TEMPLATE_OPTIONS, run: runTemplate, help: (l: Lang) => COMMAND_HELP[l].template },
  stamp: { options: STAMP_OPTIONS, run: runStamp, help: (l: Lang) => STAMP_HELP[l] },
  clear: { options: CLEAR_OPTIONS, run: runClear, help: (l: Lang) => CLEAR_HELP[l] },
} as const;

type CommandName = keyof typeof COMMANDS;

export const COMMON_OPTIONS = { lang: { type: "string" }, help: { type: "boolean", short: "h" } } as const;

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

const isCommand = (name: string | undefined): name is CommandName => name !== undefined && name in COMMANDS;

/** Edit distance, to suggest the command a typo meant ("valdate" → validate). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** What to say about a first word that is no command: a file to validate, a typo, or just unknown. */
function notACommand(name: string, t: CliText): string {
  if (/\.(xlsx|xlsm|xls|csv|ods)$/i.test(name) || /[/\\]/.test(name)) return t.fileWithoutCommand(name);
  const near = Object.keys(COMMANDS).find((c) => distance(name.toLowerCase(), c) <= 2);
  return `${t.unknownCommand}: ${name}${near ? `; ${t.didYouMean(near)}` : ""}`;
}

/** The usage, or one command's help: `help`, `help COMMAND`, `--help`, `COMMAND --help`. */
function helpText(command: string | undefined, lang: Lang, t: CliText): string {
  return isCommand(command) ? commandHelpText(COMMANDS[command].help(lang), lang) : t.usage;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = langOf(argv);
  const t: CliText = CLI_TEXT[lang];
  const usage = (message: string): number => {
    io.stderr(`ntp-disburse: ${message}\n${t.seeHelp}\n`);
    return 2;
  };
  const first = argv.find((a) => !a.startsWith("-"));
  if (argv.includes("--version") || argv.includes("-V")) {
    io.stdout(`${TOOL.name} ${TOOL.version}\n`);
    return 0;
  }
  if (argv.includes("--help") || argv.includes("-h") || first === "help") {
    const command = first === "help" ? argv.filter((a) => !a.startsWith("-"))[1] : first;
    io.stdout(`${helpText(command, lang, t)}\n`);
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
  if (!isCommand(name)) return usage(notACommand(name, t));
  const command = COMMANDS[name];
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
