#!/usr/bin/env bash
# Reliability proof (issue #21): runs the reminder, cluster, transport and benchmark-harness test classes N times back
# to back while a `dotnet build` of the solution loops beside them, and stops at the first failed run.
#   tools/repeat-tests.sh [N]        (default 20; logs in artifacts/repeat/; REPEAT_FILTER overrides the classes;
#                                     REPEAT_BUILD_LOOP=0 leaves the build loop out when the machine is loaded already)
# The benchmark harness runs at a small scale: ReconnectBenchmark (no reminder lost or repeated while sockets are
# killed) with 50 subscribers and 500 reminders. The timing benchmarks stay out: their targets are wall-clock.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
mkdir -p artifacts/repeat
filter="FullyQualifiedName~CrmGraph.Api.Tests.Reminders|FullyQualifiedName~CrmGraph.Api.Tests.Transport"
filter=${REPEAT_FILTER:-"$filter|FullyQualifiedName~CrmGraph.Api.Tests.Benchmarks.ReconnectBenchmark"}

dotnet build tests/CrmGraph.Api.Tests >artifacts/repeat/build.log 2>&1 || { echo "build failed"; exit 1; }

# The load beside the runs: a full build of the solution, again and again, in a copy of the sources (so it never
# rewrites the binaries under test).
if [ "${REPEAT_BUILD_LOOP:-1}" != 0 ]; then
  copy=$(mktemp -d)
  tar --exclude='./artifacts' --exclude='*/bin' --exclude='*/obj' --exclude='*/node_modules' --exclude='./.git' -cf - . \
    | tar -C "$copy" -xf -
  setsid bash -c "cd '$copy' && while true; do rm -rf ./*/*/bin ./*/*/obj; dotnet build CrmGraph.sln -nr:false >>build-loop.log 2>&1; echo \"build \$?\" >>builds.txt; done" &
  load=$!
  trap 'kill -- -$load 2>/dev/null; sleep 1; echo "builds beside the runs: $(wc -l <"$copy/builds.txt" 2>/dev/null || echo 0)"; rm -rf "$copy"' EXIT
fi

export CRM_SOCKET_BENCHMARK=1 CRM_SOCKET_BENCHMARK_RECONNECT_SUBSCRIBERS=50 CRM_SOCKET_BENCHMARK_REMINDERS=500
passed=0
for i in $(seq "$runs"); do
  start=$(date +%s)
  if dotnet test tests/CrmGraph.Api.Tests --no-build --filter "$filter" >"artifacts/repeat/run-$i.log" 2>&1; then
    passed=$((passed + 1))
    echo "run $i: green ($(grep -E '^Passed!' "artifacts/repeat/run-$i.log" | sed -E 's/ - CrmGraph.*//'), $(( $(date +%s) - start )) s)"
  else
    echo "run $i: FAILED, see artifacts/repeat/run-$i.log"
    grep -E '^\s+Failed |^Failed!' "artifacts/repeat/run-$i.log"
    break
  fi
done
echo "$passed of $runs runs green"
[ "$passed" -eq "$runs" ]
