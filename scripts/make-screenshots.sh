#!/usr/bin/env bash
# Renders two sample workbooks to PNG for docs/screenshots/ (LibreOffice + poppler-utils):
#   docs/screenshots/sample-district.png     examples/huyen-nam-tra-my-dtts-mn-2024.xlsx (left part of the A3 sheet)
#   docs/screenshots/sample-per-source.png   examples/huyen-tay-giang-theo-nguon-2024.xlsx, sheet "KH 2024"
#   docs/screenshots/consolidation-briefing.png  the briefing sheet of the README's consolidation demo
#   docs/screenshots/consolidation-at-risk.png   its "Dòng có nguy cơ" sheet
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null && command -v pdftoppm >/dev/null || { echo "needs soffice and pdftoppm" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
soffice -env:UserInstallation="file://$tmp/profile" --headless --norestore --convert-to pdf --outdir "$tmp" \
  examples/huyen-nam-tra-my-dtts-mn-2024.xlsx examples/huyen-tay-giang-theo-nguon-2024.xlsx >/dev/null
mkdir -p docs/screenshots
pdftoppm -png -r 170 -x 40 -y 80 -W 1500 -H 1060 -singlefile "$tmp/huyen-nam-tra-my-dtts-mn-2024.pdf" docs/screenshots/sample-district
# Page 4 is the "KH 2024" sheet (page 1 is the summary sheet).
pdftoppm -png -r 110 -x 0 -y 40 -W 1300 -H 620 -singlefile -f 4 -l 4 "$tmp/huyen-tay-giang-theo-nguon-2024.pdf" docs/screenshots/sample-per-source
# The consolidation demo of the README; page 1 is the briefing sheet.
npm run build:node --silent
node bin/ntp-disburse.js consolidate examples/*.xlsx --expected examples/consolidate/don-vi.csv \
  --treasury examples/consolidate/kho-bac-2024-05.xlsx --previous examples/consolidate/thang-04 \
  --as-of 2024-05-31 --place "Quảng Nam" --out "$tmp/tong-hop.xlsx" >/dev/null 2>&1 || [ -f "$tmp/tong-hop.xlsx" ]
soffice -env:UserInstallation="file://$tmp/profile" --headless --norestore --convert-to pdf --outdir "$tmp" \
  "$tmp/tong-hop.xlsx" >/dev/null
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$tmp/tong-hop.pdf" docs/screenshots/consolidation-briefing
# Page 3 is the at-risk sheet (page 2 the summary), A4 landscape.
pdftoppm -png -r 100 -f 3 -l 3 -singlefile "$tmp/tong-hop.pdf" docs/screenshots/consolidation-at-risk
ls -l docs/screenshots
# A generated plan template (docs/screenshots/template-*.png).
npx tsx scripts/make-template-screenshots.ts
