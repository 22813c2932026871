#!/usr/bin/env bash
# Installs what the tests need from Debian when it is missing: Chromium (task
# pane in a real browser), LibreOffice (workbooks written by another program,
# formula recalculation), xmllint (manifest schema check, when ../shared has the
# schemas), nginx (the HTTPS hosting of docs/trien-khai.md, test/deploy). Runs before `npm test`.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || need+=(nginx-light)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "ensure-test-deps: installing ${need[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "ensure-test-deps: ${need[*]} missing and no root to install them (apt-get install ${need[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${need[@]}" fonts-dejavu-core
