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
