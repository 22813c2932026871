// The user guide (docs/huong-dan-su-dung.md) as a page of dist/ (huong-dan/index.html),
// with the screenshots it shows copied beside it: the pane's "Hướng dẫn" link opens it
// from the province's own server, where the repository may not be reachable.
// Used by webpack.config.js.

const { marked } = require("marked");

/** The screenshots the guide shows ("screenshots/x.png"), by file name. */
function guideImages(markdown) {
  return new Set([...markdown.matchAll(/\]\(screenshots\/([^)\s]+)\)/g)].map((m) => m[1]));
}

/** A whole page: the guide's HTML (its own text, trusted) in a plain readable frame. */
function guidePage(markdown) {
  const title = (/^# (.+)$/m.exec(markdown) || [null, "Hướng dẫn sử dụng"])[1];
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title}</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; color: #242424; max-width: 860px; margin: 0 auto; padding: 16px; }
  img { max-width: 100%; border: 1px solid #d1d1d1; }
  table { border-collapse: collapse; } th, td { border: 1px solid #d1d1d1; padding: 4px 8px; text-align: left; }
  code { background: #f5f5f5; padding: 0 3px; }
  @media print { img { max-height: 14cm; } }
</style>
</head>
<body>
${marked.parse(markdown)}
</body>
</html>
`;
}

module.exports = { guideImages, guidePage };
