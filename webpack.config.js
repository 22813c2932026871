// Builds the add-in's web part (task pane and ribbon function file) into dist/.
//
//   npm run build                         production build, manifest URLs for the dev server
//   ADDIN_URL=https://host/app/ npm run build   production build, manifest rewritten for that host
//   npm run dev-server                    https://localhost:3000/ with office-addin-dev-certs
//
// office.js is not bundled: the HTML pages load it from Microsoft's CDN.

const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { guideImages, guidePage } = require("./scripts/guide-page");

const DEV_URL = "https://localhost:3000/";

/** The ES5 script every page runs first: a message instead of a blank page in engines too old for the bundle. */
const OLD_WEBVIEW_SCRIPT = fs.readFileSync(path.join(__dirname, "src/old-webview/old-webview.js"), "utf8");

/**
 * The head every page starts with, put in by its template (<%= htmlWebpackPlugin.options.head %>): the
 * charset, Internet Explorer's newest document mode and, before any other script, the old-webview message
 * (a message instead of a blank page); for a page the user works in (`pane`), the viewport, the icon and no
 * page margin; for a page Office opens (`office`), office.js from Microsoft's CDN, never bundled.
 */
function pageHead({ title = "Giải ngân MTQG", pane = false, office = false }) {
  return [
    `<meta charset="utf-8" />`,
    `<meta http-equiv="X-UA-Compatible" content="IE=Edge" />`,
    `<script>${OLD_WEBVIEW_SCRIPT}</script>`,
    ...(pane ? [`<meta name="viewport" content="width=device-width, initial-scale=1" />`] : []),
    `<title>${title}</title>`,
    ...(pane ? [`<link rel="icon" type="image/png" href="assets/icon-32.png" />`] : []),
    ...(office ? [`<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>`] : []),
    ...(pane ? [`<style>html, body { margin: 0; padding: 0; }</style>`] : []),
  ].join("\n    ");
}

/** One page of dist/: its template with the common head, and its entry's bundle. */
function page(name, template, head) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks: [name], head: pageHead(head) });
}

/** The production base URL from ADDIN_URL, with a trailing slash; null when unset. */
function productionUrl() {
  const value = (process.env.ADDIN_URL || "").trim();
  if (!value) return null;
  if (!/^https:\/\/[^/]+/.test(value)) {
    throw new Error(`ADDIN_URL must be an https:// URL (Office loads add-ins over https only), got "${value}"`);
  }
  return value.endsWith("/") ? value : `${value}/`;
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const addinUrl = production ? productionUrl() : null;
  const guide = fs.readFileSync(path.join(__dirname, "docs/huong-dan-su-dung.md"), "utf8");
  const guideShots = guideImages(guide);

  return {
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The dialog a failed ribbon command opens.
      notice: "./src/commands/notice.ts",
      // The Consolidate view on its own page (file mode): for any browser, and for its end-to-end test.
      consolidate: "./src/taskpane/consolidate/standalone.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // tsconfig.json is also the type-check-only config (noEmit); the
              // loader must emit. Only files in the bundle are checked here;
              // `npm run typecheck` checks the rest.
              onlyCompileBundledFiles: true,
              compilerOptions: { noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // ExcelJS is only reached through import() when a file is read;
          // keep it in its own named chunk, never in a start-up chunk.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 20,
            enforce: true,
          },
        },
      },
    },
    performance: {
      hints: production ? "warning" : false,
      // The lazily loaded ExcelJS chunk is large by nature; budget what loads at start.
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("exceljs."),
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 600 * 1024,
    },
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", { pane: true, office: true }),
      page("consolidate", "./src/taskpane/consolidate/consolidate.html", {
        pane: true,
        title: "Tổng hợp kế hoạch giải ngân MTQG",
      }),
      page("commands", "./src/commands/commands.html", { office: true }),
      page("notice", "./src/commands/notice.html", { office: true }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          // The user guide, opened from the pane's header ("Hướng dẫn"), and the pictures it shows.
          { from: "docs/huong-dan-su-dung.md", to: "huong-dan/index.html", transform: () => guidePage(guide) },
          {
            from: "docs/screenshots",
            to: "huong-dan/screenshots",
            filter: (file) => guideShots.has(path.basename(file)),
          },
          // Caching and types for IIS (docs/trien-khai.md); nginx's configuration is deploy/nginx/.
          { from: "deploy/iis/web.config", to: "web.config" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (addinUrl ? content.toString().replaceAll(DEV_URL, addinUrl) : content),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: {
            type: "https",
            options: await require("office-addin-dev-certs").getHttpsServerOptions(),
          },
        }
      : undefined,
  };
};
