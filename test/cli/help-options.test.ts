import { strict as assert } from "node:assert";
import type { CommandHelp } from "../../src/i18n/cli-help";
import { COMMANDS, COMMON_OPTIONS } from "../../src/cli/main";

/** Every --option a help text names, in its synopsis, options and examples. */
const optionsNamed = (help: CommandHelp): string[] =>
  [...[help.synopsis, ...help.options, ...help.examples].join("\n").matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map(
    (m) => m[1],
  );

describe("the command line's help and the options each command takes", () => {
  for (const [command, { help, options }] of Object.entries(COMMANDS)) {
    it(`${command} takes every option its help names, and its help names every option it takes`, () => {
      for (const lang of ["vi", "en"] as const) {
        const named = new Set(optionsNamed(help(lang)));
        const taken = Object.keys(options);
        assert.deepEqual(
          [...named].filter((o) => !taken.includes(o) && !(o in COMMON_OPTIONS)),
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
