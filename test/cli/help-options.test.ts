import { strict as assert } from "node:assert";
import { COMMAND_HELP, type CommandHelp } from "../../src/i18n/cli-help";
import { STAMP_HELP } from "../../src/i18n/stamp-help";
import { CLEAR_HELP } from "../../src/i18n/clear-help";
import { VALIDATE_OPTIONS } from "../../src/cli/validate";
import { CONSOLIDATE_OPTIONS } from "../../src/cli/consolidate";
import { TEMPLATE_OPTIONS } from "../../src/cli/template";
import { STAMP_OPTIONS } from "../../src/cli/stamp";
import { CLEAR_OPTIONS } from "../../src/cli/clear";

/** Options every command takes besides its own (src/cli/main.ts). */
const COMMON = ["lang", "help"];

const COMMANDS: [string, (lang: "vi" | "en") => CommandHelp, object][] = [
  ["validate", (l) => COMMAND_HELP[l].validate, VALIDATE_OPTIONS],
  ["consolidate", (l) => COMMAND_HELP[l].consolidate, CONSOLIDATE_OPTIONS],
  ["template", (l) => COMMAND_HELP[l].template, TEMPLATE_OPTIONS],
  ["stamp", (l) => STAMP_HELP[l], STAMP_OPTIONS],
  ["clear", (l) => CLEAR_HELP[l], CLEAR_OPTIONS],
];

/** Every --option a help text names, in its synopsis, options and examples. */
const optionsNamed = (help: CommandHelp): string[] =>
  [...[help.synopsis, ...help.options, ...help.examples].join("\n").matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map(
    (m) => m[1],
  );

describe("the command line's help and the options each command takes", () => {
  for (const [command, help, options] of COMMANDS) {
    it(`${command} takes every option its help names, and its help names every option it takes`, () => {
      for (const lang of ["vi", "en"] as const) {
        const named = new Set(optionsNamed(help(lang)));
        const taken = Object.keys(options);
        assert.deepEqual(
          [...named].filter((o) => !taken.includes(o) && !COMMON.includes(o)),
          [],
          `${command} --help (${lang}) names options the command refuses`,
        );
        assert.deepEqual(
          taken.filter((o) => !named.has(o)),
          [],
          `${command} takes options its help (${lang}) does not name`,
        );
      }
    });
  }
});
