#!/usr/bin/env bash
# Dashboard first screen at 100,000 customers on PostgreSQL (issue #19, docs/benchmarks.md), seeded in about a minute:
# the users and one template customer with a plan, a record and a deal through GraphQL, then the read benchmark's
# tests/ReadBenchmark/seed.sql clones them in SQL (20 salespeople owning 1/20 each, 7 records and 3 plans per
# customer, plans due from the template's time back over months, so most are overdue). Then /dashboard is loaded cold
# in headless Chromium (bench.mjs) as rep01 and as the supervisor. Opt-in: nothing in the test command runs it.
#
#   tests/DashboardBenchmark/run-postgres.sh
#   knobs: CRM_DASHBOARD_BENCHMARK_CUSTOMERS=100000 CRM_DASHBOARD_BENCHMARK_RUNS=5 CRM_DASHBOARD_BENCHMARK_KEEP=1
#          CRM_DASHBOARD_BENCHMARK_WARMUP=5 (uncounted loads per role first: a running server is warm)
#
# Needs the .NET 10 SDK, Node 20+, Chromium and PostgreSQL's server binaries (as root they run as `postgres`).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
customers=${CRM_DASHBOARD_BENCHMARK_CUSTOMERS:-100000}
port=${CRM_DASHBOARD_BENCHMARK_PORT:-5495}
pg_port=${CRM_DASHBOARD_BENCHMARK_PG_PORT:-55495}
work=$(mktemp -d /tmp/crm-dashboard-bench-pg.XXXXXX)
log() { echo "[dashboard-benchmark-pg $(date -u +%H:%M:%S)] $*"; }
# shellcheck source=../Benchmarks/postgres.sh
. "$here/../Benchmarks/postgres.sh"

cleanup() {
  stop_benchmark_processes
  if [ "${CRM_DASHBOARD_BENCHMARK_KEEP:-0}" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

log "work folder $work, $customers customers"
start_postgres "-c shared_buffers=256MB"
conn="Host=127.0.0.1;Port=$pg_port;Database=crm;Username=postgres"
[ -f "$repo/conformance/node_modules/playwright-core/package.json" ] \
  || (cd "$repo/conformance" && npm ci --no-audit --no-fund --silent >/dev/null)

log "publishing CrmGraph (Release)"
dotnet publish "$repo/src/Api" -c Release -o "$work/crm" --nologo -v q >/dev/null
crm_args=(--environment Production --Crm:Database:Provider=Postgres "--Crm:Database:ConnectionString=$conn"
  "--Crm:DataDirectory=$work/data" --Crm:RateLimits:Enabled=false --Crm:Jobs:Enabled=false)
crm() { (cd "$work/crm" && dotnet CrmGraph.Api.dll "$@" "${crm_args[@]}"); }
crm migrate >/dev/null
(cd "$work/crm" && exec dotnet CrmGraph.Api.dll "${crm_args[@]}" --urls "http://127.0.0.1:$port" >"$work/crm.log" 2>&1) &
pids+=("$!")
wait_for "http://127.0.0.1:$port/health/ready" 120

gql() { # token, query → response body; fails on errors
  local body
  body=$(curl -fs "http://127.0.0.1:$port/graphql" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "$(node -e 'console.log(JSON.stringify({ query: process.argv[1] }))' "$2")")
  case "$body" in *'"errors":['*) echo "$body" >&2; return 1;; esac
  echo "$body"
}
token() { crm token "$1" | tail -1; }

log "users: a supervisor and 20 salespeople in one team"
admin=$(token admin)
gql "$admin" 'mutation { createUser(input: { login: "sup", displayName: "主管", role: SUPERVISOR }) { user { id } errors { __typename } } }' >/dev/null
for i in $(seq -w 1 20); do
  gql "$admin" "mutation { createUser(input: { login: \"rep$i\", displayName: \"业务员$i\", role: SALESPERSON }) { user { id } errors { __typename } } }" >/dev/null
done
sales=$(token rep01)
boss=$(token sup)

log "template rows through GraphQL, then $customers customers and their records cloned in SQL"
customer=$(gql "$sales" 'mutation { createCustomer(input: { name: "模板", kind: ORGANIZATION }) { customer { id } errors { __typename } } }' \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data.createCustomer.customer.id))')
due=$(date -u -d '+2 hours' +%Y-%m-%dT%H:00:00Z)
gql "$sales" "mutation { planFollowUp(input: { customerId: \"$customer\", dueAt: \"$due\", channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id } errors { __typename } } }" >/dev/null
gql "$sales" "mutation { recordFollowUp(input: { customerId: \"$customer\", happenedAt: \"2026-11-11T02:00:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"需求\" }) { recorded { record { id } } errors { __typename } } }" >/dev/null
gql "$sales" "mutation { openDeal(input: { customerId: \"$customer\", product: \"CRM\", amount: 100000 }) { deal { id } errors { __typename } } }" >/dev/null
started=$(date +%s)
"${psql[@]}" -d crm -v customers="$customers" -f "$repo/tests/ReadBenchmark/seed.sql" >/dev/null
"${psql[@]}" -d crm -c "VACUUM ANALYZE"
log "seeded in $(( $(date +%s) - started )) s: $("${psql[@]}" -d crm -At -c "SELECT (SELECT count(*) FROM customers) || ' customers, ' || (SELECT count(*) FROM follow_up_records) || ' records, ' || (SELECT count(*) FROM follow_up_plans) || ' plans, ' || (SELECT count(*) FROM follow_up_plans WHERE due_at < now()) || ' overdue'")"

log "load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min), $(nproc) CPUs"
BENCH_URL="http://127.0.0.1:$port/dashboard" BENCH_WARMUP=${CRM_DASHBOARD_BENCHMARK_WARMUP:-5} BENCH_RUNS=${CRM_DASHBOARD_BENCHMARK_RUNS:-5} \
BENCH_SALES_TOKEN=$sales BENCH_SUPERVISOR_TOKEN=$boss BENCH_OUT="$work/results.json" \
CHROMIUM=${CHROMIUM:-/usr/bin/chromium} \
  node "$here/bench.mjs" || status=$?
log "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "${status:-0}"
