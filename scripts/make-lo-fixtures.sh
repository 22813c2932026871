#!/usr/bin/env bash
# Regenerates the fixtures written by LibreOffice (not by ExcelJS):
#   test/fixtures/libreoffice/src/*.fods   authored by scripts/make-lo-fods.ts
#   test/fixtures/libreoffice/*.xlsx       converted by soffice (Calc MS Excel 2007 XML)
#   test/fixtures/bad/old-binary.xls       converted by soffice (MS Excel 97)
#   test/fixtures/bad/ods-named-xlsx.xlsx  an OpenDocument spreadsheet with an .xlsx name
# The converted files are committed, so tests do not need LibreOffice.
# LibreOffice stamps the conversion time into the files, so they differ on every run.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v soffice >/dev/null || { echo "soffice (LibreOffice) is required" >&2; exit 1; }

npx tsx scripts/make-lo-fods.ts

# A private profile: no interference with a user's running LibreOffice, no first-start dialogs.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
lo() { soffice -env:UserInstallation="file://$profile" --headless --norestore "$@"; }

lo --convert-to xlsx --outdir test/fixtures/libreoffice test/fixtures/libreoffice/src/*.fods

mkdir -p test/fixtures/bad
tmp="$(mktemp -d)"
lo --convert-to xls --outdir "$tmp" test/fixtures/libreoffice/src/ban-dan-toc-dtts-mn-2024.fods
mv "$tmp/ban-dan-toc-dtts-mn-2024.xls" test/fixtures/bad/old-binary.xls
lo --convert-to ods --outdir "$tmp" test/fixtures/libreoffice/src/huyen-bac-tra-my-2024.fods
mv "$tmp/huyen-bac-tra-my-2024.ods" test/fixtures/bad/ods-named-xlsx.xlsx
rm -rf "$tmp"

ls -l test/fixtures/libreoffice/*.xlsx test/fixtures/bad/old-binary.xls test/fixtures/bad/ods-named-xlsx.xlsx
