#!/usr/bin/env bash
# The README's main command: the whole job on the bundled samples, as of
# 31/5/2024 (the samples' reporting date), with every output in demo-output/:
#   1. validate each unit's workbook, with a highlighted copy of it;
#   2. consolidate them for DPI against the expected units, the Treasury's
#      export and last month's submissions, into one workbook with a briefing;
#   3. make a plan template from the sample allocation list.
# Exit 1 from validate/consolidate means "ran, found errors", which the
# samples are made to have; only a failure to run (exit 2) fails the demo.
set -u
cd "$(dirname "$0")/.."
out=demo-output
mkdir -p "$out"
status=0
run() {
  node bin/ntp-disburse.js "$@"
  local rc=$?
  [ "$rc" -le 1 ] || status=$rc
  echo
}
for f in examples/*.xlsx; do
  run validate "$f" --as-of 2024-05-31 --out "$out/$(basename "$f" .xlsx) - to-mau.xlsx" "$@"
done
run consolidate examples/*.xlsx --as-of 2024-05-31 \
  --expected examples/consolidate/don-vi.csv --treasury examples/consolidate/kho-bac-2024-05.xlsx \
  --previous examples/consolidate/thang-04 --place "Quảng Nam" --out "$out/tong-hop-2024-05.xlsx" "$@"
run template examples/allocation/phan-bo-von-2024.csv --granularity month+quarter \
  --out "$out/ke-hoach-giai-ngan-2024.xlsx" "$@"
echo "==> $out/: $(ls "$out" | wc -l) tệp: bản tô màu của từng sổ (* - to-mau.xlsx), sổ tổng hợp (tong-hop-2024-05.xlsx), mẫu kế hoạch (ke-hoach-giai-ngan-2024.xlsx)"
exit "$status"
