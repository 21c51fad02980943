#!/usr/bin/env bash
# Reliability and time proof of the README's test command (issue #21): runs `dotnet test CrmGraph.sln` N times back
# to back in this checkout (the first run builds), one line per run with its time, counts and the load average,
# and stops at the first failed run.
#   tools/repeat-test-command.sh [N]        (default 20; logs in artifacts/repeat-command/)
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
out=artifacts/repeat-command
mkdir -p "$out"
passed=0
for i in $(seq "$runs"); do
  start=$SECONDS
  dotnet test CrmGraph.sln >"$out/run-$i.log" 2>&1
  status=$?
  seconds=$((SECONDS - start))
  counts=$(grep -E '^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+' "$out/run-$i.log" \
    | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\1 \2/' \
    | awk '{f += $1; p += $2} END {print p + 0 " passed, " f + 0 " failed"}')
  line=$(printf 'run %d: %s, %d min %02d s, %s, load %s' "$i" "$([ "$status" -eq 0 ] && echo green || echo FAILED)" \
    $((seconds / 60)) $((seconds % 60)) "$counts" "$(cut -d' ' -f1 /proc/loadavg)")
  echo "$line" | tee -a "$out/summary.txt"
  if [ "$status" -ne 0 ]; then
    grep -E '^\s+Failed |^Failed!' "$out/run-$i.log"
    break
  fi
  passed=$((passed + 1))
done
echo "$passed of $runs runs green" | tee -a "$out/summary.txt"
[ "$passed" -eq "$runs" ]
