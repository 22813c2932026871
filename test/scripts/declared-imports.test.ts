import { strict as assert } from "node:assert";
import { join } from "node:path";
import { ESLint } from "eslint";

/** The lint rule that keeps every import declared in package.json (eslint.config.mjs). */
describe("imports resolve to declared dependencies (lint)", function () {
  this.timeout(120_000);
  const eslint = new ESLint({ cwd: join(__dirname, "..", "..") });
  const problems = async (code: string) =>
    (await eslint.lintText(code, { filePath: "src/engine/imports-example.ts" }))[0].messages
      .filter((m) => m.ruleId === "n/no-extraneous-import")
      .map((m) => m.message);

  it("refuses a package that is installed only as another package's dependency", async () => {
    // @fluentui/react-icons was such a package until it was declared; lodash still is (through html-webpack-plugin).
    const found = await problems('import { sum } from "lodash";\nexport const total = sum([1, 2]);\n');
    assert.equal(found.length, 1, found.join("\n"));
    assert.match(found[0], /"lodash" is extraneous/);
  });

  it("accepts declared packages and Node's own modules", async () => {
    assert.deepEqual(
      await problems(
        'import { CheckmarkRegular } from "@fluentui/react-icons";\nimport { join } from "node:path";\nexport const x = [CheckmarkRegular, join];\n',
      ),
      [],
    );
  });
});
