#!/usr/bin/env bash
# Reliability proof for the whole test command (issue #21): N times, a clean clone of HEAD runs the README's
# `dotnet test CrmGraph.sln` (build included), one after another; prints each run's time and summary and the count
# of green runs. The npm packages are copied from conformance/node_modules (what `.ci/run` installs with npm ci), so
# run `cd conformance && npm ci` once first. Logs in artifacts/repeat-command/.
#   tools/repeat-test-command.sh [N]        (default 20; about 4 minutes a run on a 2-core machine)
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
root=$PWD
logs="$root/artifacts/repeat-command"
mkdir -p "$logs"
[ -d conformance/node_modules ] || { echo "run npm ci in conformance/ first"; exit 1; }

green=0
for i in $(seq "$runs"); do
  clone=$(mktemp -d)
  git clone -q "$root" "$clone/repo" && cp -r conformance/node_modules "$clone/repo/conformance/"
  start=$(date +%s)
  # The test servers' logged errors (an INTERNAL_ERROR's exception), as .ci/run keeps them.
  rm -f "$logs/run-$i-server-errors.log"
  (cd "$clone/repo" && CRM_TEST_SERVER_ERRORS="$logs/run-$i-server-errors.log" dotnet test CrmGraph.sln) \
    >"$logs/run-$i.log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - start ))
  summary=$(grep -E '^(Passed|Failed)! ' "$logs/run-$i.log" | sort -u | sed -E 's/, Duration:.*- /: /' | paste -sd ';' -)
  if [ "$status" -eq 0 ]; then
    green=$((green + 1))
    printf 'run %d: green in %d min %02d s (load %s) %s\n' "$i" $((seconds / 60)) $((seconds % 60)) \
      "$(cut -d' ' -f1 /proc/loadavg)" "$summary"
  else
    printf 'run %d: FAILED (exit %d) in %d min %02d s, see %s\n' "$i" "$status" $((seconds / 60)) $((seconds % 60)) \
      "$logs/run-$i.log"
    grep -E '^\s+Failed |^Failed!' "$logs/run-$i.log"
    [ -s "$logs/run-$i-server-errors.log" ] && echo "  server errors: $logs/run-$i-server-errors.log"
  fi
  rm -rf "$clone"
done
echo "$green of $runs runs green"
[ "$green" -eq "$runs" ]
