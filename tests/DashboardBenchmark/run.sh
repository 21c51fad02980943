#!/usr/bin/env bash
# Dashboard first screen at 100,000 customers (issue #19, docs/benchmarks.md): CrmGraph published (Release,
# Production, SQLite in a temporary folder, rate limits off), seeded through its own `import` verb with the team's
# spreadsheets (sheets.mjs: 100,000 customers, follow-up records of 20,000 of them and plans of 25,000), then
# /dashboard loaded cold in headless Chromium (bench.mjs, playwright-core from conformance/) as a salesperson and as
# the supervisor. Opt-in: nothing in the test command runs it.
#
#   tests/DashboardBenchmark/run.sh
#   knobs: CRM_DASHBOARD_BENCHMARK_CUSTOMERS=100000 CRM_DASHBOARD_BENCHMARK_RUNS=10 (cold loads per role, after a
#          warm-up) CRM_DASHBOARD_BENCHMARK_WARMUP=5 (uncounted loads per role first: a running server is warm)
#          CRM_DASHBOARD_BENCHMARK_KEEP=1 (keep the work folder: database, server log, results.json)
#          CHROMIUM=/usr/bin/chromium
#
# Needs the .NET 10 SDK, Node 20+ and Chromium. The server listens on 127.0.0.1 only and is stopped on exit.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
customers=${CRM_DASHBOARD_BENCHMARK_CUSTOMERS:-100000}
port=${CRM_DASHBOARD_BENCHMARK_PORT:-5494}
work=${CRM_DASHBOARD_BENCHMARK_WORK:-}
if [ -n "$work" ]; then mkdir -p "$work"; export CRM_DASHBOARD_BENCHMARK_KEEP=1; else work=$(mktemp -d /tmp/crm-dashboard-bench.XXXXXX); fi
log() { echo "[dashboard-benchmark $(date -u +%H:%M:%S)] $*"; }

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [ "${CRM_DASHBOARD_BENCHMARK_KEEP:-0}" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

wait_for() { # url, seconds
  for _ in $(seq 1 "$2"); do curl -fs -o /dev/null "$1" && return 0; sleep 1; done
  echo "no answer from $1" >&2; return 1
}

log "work folder $work, $customers customers"
mkdir -p "$work/data" "$work/sheets"
[ -f "$repo/conformance/node_modules/playwright-core/package.json" ] \
  || (cd "$repo/conformance" && npm ci --no-audit --no-fund --silent >/dev/null)

log "publishing CrmGraph (Release)"
rm -rf "$work/crm"
dotnet publish "$repo/src/Api" -c Release -o "$work/crm" --nologo -v q >/dev/null

# From the publish folder: its content root, so appsettings.json (not a clone's Development settings) applies.
crm_args=(--environment Production "--Crm:DataDirectory=$work/data" --Crm:RateLimits:Enabled=false)
crm() { (cd "$work/crm" && dotnet CrmGraph.Api.dll "$@" "${crm_args[@]}"); }
start_server() { # extra arguments
  (cd "$work/crm" && exec dotnet CrmGraph.Api.dll "${crm_args[@]}" "$@" --urls "http://127.0.0.1:$port" \
    >>"$work/crm.log" 2>&1) &
  crm_pid=$!; pids+=("$crm_pid")
  wait_for "http://127.0.0.1:$port/health/ready" 120
}
stop_server() { kill "$crm_pid"; wait "$crm_pid" 2>/dev/null || true; }

gql() { # token, query → response body; fails on errors
  local body
  body=$(curl -fs "http://127.0.0.1:$port/graphql" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "$(node -e 'console.log(JSON.stringify({ query: process.argv[1] }))' "$2")")
  case "$body" in *'"errors":['*) echo "$body" >&2; return 1;; esac  # the request's or the payload's errors
  echo "$body"
}
token() { crm token "$1" | tail -1; }

crm migrate >/dev/null
if [ -f "$work/data/seeded" ]; then
  log "reusing the database seeded $(cat "$work/data/seeded")"
else
# Seeding with the scheduler on, so the follow-up scan stores the overdue plans' reminders as it would in use.
start_server
log "users: a supervisor and 20 salespeople in one team"
admin=$(token admin)
gql "$admin" 'mutation { createUser(input: { login: "sup", displayName: "主管", role: SUPERVISOR }) { user { id } errors { __typename } } }' >/dev/null
for i in $(seq -w 1 20); do
  gql "$admin" "mutation { createUser(input: { login: \"rep$i\", displayName: \"业务员$i\", role: SALESPERSON }) { user { id } errors { __typename } } }" >/dev/null
done

log "sheets: $(node "$here/sheets.mjs" "$work/sheets" "$customers")"
for sheet in customers:customers records:follow-ups plans:plans; do
  started=$(date +%s)
  crm import "${sheet#*:}" "$work/sheets/${sheet%%:*}.csv" --as admin >"$work/import-${sheet%%:*}.txt" 2>&1 \
    || { tail -5 "$work/import-${sheet%%:*}.txt" >&2; exit 1; }
  log "imported ${sheet%%:*}.csv in $(( $(date +%s) - started )) s: $(tail -3 "$work/import-${sheet%%:*}.txt" | tr '\n' ' ')"
done
log "waiting for the follow-up scan to store the overdue plans' reminders (at most 300 s)"
rep=$(token rep01)
for _ in $(seq 1 300); do
  case "$(gql "$rep" '{ reminders(first: 1) { totalCount } }')" in *'"totalCount":0'*) sleep 1;; *) break;; esac
done
stop_server
date -u '+%Y-%m-%d %H:%M UTC' >"$work/data/seeded"
fi

# Measured with the scheduler off, so a scan's tick does not land inside one sample.
start_server --Crm:Jobs:Enabled=false
sales=$(token rep01)
boss=$(token sup)
log "load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min), $(nproc) CPUs"
BENCH_URL="http://127.0.0.1:$port/dashboard" BENCH_WARMUP=${CRM_DASHBOARD_BENCHMARK_WARMUP:-5} BENCH_RUNS=${CRM_DASHBOARD_BENCHMARK_RUNS:-10} \
BENCH_SALES_TOKEN=$sales BENCH_SUPERVISOR_TOKEN=$boss BENCH_OUT="$work/results.json" \
CHROMIUM=${CHROMIUM:-/usr/bin/chromium} \
  node "$here/bench.mjs" || status=$?
log "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "${status:-0}"
