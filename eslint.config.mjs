// ESLint 9 flat config: the Office add-in rules (eslint-plugin-office-addins
// "react" config, which contains its "recommended" config: Office.js load/sync
// rules, React rules, Prettier), then typescript-eslint's recommended rules,
// last so that its overrides of core rules for TypeScript (no-undef off…) hold.
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import nodePlugin from "eslint-plugin-n";

/**
 * eslint-plugin-office-addins 4.0.10 bundles typescript-eslint 8.8, which
 * does not know TypeScript 5.9, and its configs name only .js/.ts files.
 * Use the project's typescript-eslint (one "@typescript-eslint" plugin for
 * the whole config) and apply those blocks to .tsx as well.
 */
function withProjectTypeScript(config) {
  const out = { ...config };
  if (config.plugins?.["@typescript-eslint"]) {
    out.plugins = { ...config.plugins, "@typescript-eslint": tseslint.plugin };
  }
  if (config.languageOptions?.parser) {
    out.languageOptions = { ...config.languageOptions, parser: tseslint.parser };
  }
  if (config.files) out.files = ["**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}"];
  return out;
}

/** Where Office.js is used; its load/sync rules misread ExcelJS code (scripts, file adapter) elsewhere. */
const OFFICE_JS_CODE = ["src/taskpane/**", "src/commands/**", "src/workbook/office/**"];
const officeJsRulesOff = Object.fromEntries(
  Object.keys(officeAddins.rules)
    .filter((rule) => rule !== "no-office-initialize")
    .map((rule) => [`office-addins/${rule}`, "off"]),
);

export default defineConfig(
  globalIgnores(["dist/", "lib/", "coverage/", "test-output/"]),
  ...officeAddins.configs.react.map(withProjectTypeScript),
  ...tseslint.configs.recommended,
  {
    rules: {
      // The automatic JSX runtime (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // Props are typed by TypeScript.
      "react/prop-types": "off",
    },
  },
  { ignores: OFFICE_JS_CODE, rules: officeJsRulesOff },
  {
    // A function a reader sees whole on one screen. A longer one needs its reason written above it
    // ("eslint-disable-next-line max-lines-per-function -- why").
    files: ["src/**/*.{ts,tsx}"],
    rules: { "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    // Every package imported is declared in package.json: one that only comes in
    // through another package's dependencies can vanish with that package's next version.
    plugins: { n: nodePlugin },
    rules: { "n/no-extraneous-import": "error", "n/no-extraneous-require": "error" },
  },
  {
    // Node configuration files in CommonJS (webpack.config.js).
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // The pages' first script, inlined as it is: ES5 for Internet Explorer (test/browser/old-webview.test.ts parses it so).
    files: ["src/old-webview/*.js"],
    languageOptions: { sourceType: "script", globals: { navigator: "readonly", document: "readonly" } },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
);
