#!/usr/bin/env bash
# Validates manifest.xml offline against the add-in manifest schemas kept
# beside the project in ../shared (they are read from there, never copied).
set -euo pipefail
cd "$(dirname "$0")/.."

schema=../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd

if ! command -v xmllint >/dev/null 2>&1; then
  echo "manifest:check: xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils)" >&2
  exit 2
fi
if [ ! -f "$schema" ]; then
  echo "manifest:check: schema not found at $schema (expected the shared/ folder beside the project)" >&2
  exit 2
fi

xmllint --noout --schema "$schema" manifest.xml

# Every ribbon image the manifest names is in assets/, a PNG as wide as its id says ("….16x16").
status=0
while read -r id file; do
  size=${id##*.}
  size=${size%%x*}
  if [ ! -f "assets/$file" ]; then
    echo "manifest:check: $id names assets/$file, which is missing (npm run icons)" >&2
    status=1
  elif [ "$(od -An -tu4 --endian=big -j16 -N4 "assets/$file" | tr -d ' ')" != "$size" ]; then
    echo "manifest:check: assets/$file is not ${size} px wide, as $id says" >&2
    status=1
  fi
done < <(sed -n 's|.*<bt:Image id="\([^"]*\)" DefaultValue="[^"]*/assets/\([^"]*\)".*|\1 \2|p' manifest.xml)
[ "$status" -eq 0 ] && echo "manifest.xml: every ribbon image is in assets/ at its size"
exit "$status"
