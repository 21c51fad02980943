#!/usr/bin/env bash
# Side-by-side read benchmark (issue #16, docs/benchmarks.md): CrmGraph published (Release, Production, rate limits
# off), a raw ASP.NET Core + Npgsql endpoint (RawEndpoint/) and PostGraphile 4 on the same PostgreSQL tables, driven
# by autocannon in interleaved rounds. Opt-in: nothing in the test command runs it.
#
#   tests/ReadBenchmark/run.sh                                  # 100,000 customers
#   CRM_READ_BENCHMARK_CUSTOMERS=30000 tests/ReadBenchmark/run.sh
#   knobs: CRM_READ_BENCHMARK_SECONDS=10 (per round) CRM_READ_BENCHMARK_ROUNDS=3 CRM_READ_BENCHMARK_CONNECTIONS=16
#          CRM_READ_BENCHMARK_KEEP=1 (keep the work folder)
#          CRM_READ_BENCHMARK_BASELINE=<git ref> (also publish that commit of CrmGraph, from `git archive` into the work
#          folder, and measure it as a fourth server "CrmGraph (baseline)" in the same interleaved rounds, on the same
#          database and tokens: before/after side by side; the ref must know every migration of the current build, as a
#          build refuses a database migrated by a newer one)
#          CRM_READ_BENCHMARK_PLANS=1 (before the rounds, write the SQL CrmGraph and the raw endpoint send for each
#          scenario with its EXPLAIN (ANALYZE, BUFFERS), from PostgreSQL's log_statement and auto_explain, to
#          $work/plans.log; keep the folder with CRM_READ_BENCHMARK_KEEP=1)
#
# Needs the .NET 10 SDK, Node 20+ and PostgreSQL's server binaries (initdb, pg_ctl; as root they run as `postgres`).
# Everything listens on 127.0.0.1 only; every process it starts is stopped on exit.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
customers=${CRM_READ_BENCHMARK_CUSTOMERS:-100000}
pg_port=${CRM_READ_BENCHMARK_PG_PORT:-55491}
crm_port=5491 raw_port=5492 pgl_port=5493 base_port=5494
baseline=${CRM_READ_BENCHMARK_BASELINE:-}
work=$(mktemp -d /tmp/crm-read-bench.XXXXXX)
log() { echo "[read-benchmark $(date -u +%H:%M:%S)] $*"; }
# shellcheck source=../Benchmarks/postgres.sh
. "$here/../Benchmarks/postgres.sh"

cleanup() {
  stop_benchmark_processes
  if [ "${CRM_READ_BENCHMARK_KEEP:-0}" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

log "work folder $work, $customers customers"
start_postgres "-c shared_buffers=512MB -c max_connections=300 -c shared_preload_libraries=auto_explain"
conn="Host=127.0.0.1;Port=$pg_port;Database=crm;Username=postgres;Maximum Pool Size=100"

log "publishing CrmGraph (Release) and the raw endpoint"
dotnet publish "$repo/src/Api" -c Release -o "$work/crm" --nologo -v q >/dev/null
dotnet publish "$here/RawEndpoint" -c Release -o "$work/raw" --nologo -v q >/dev/null
if [ -n "$baseline" ]; then
  base_commit=$(git -C "$repo" rev-parse --verify "$baseline^{commit}")
  log "publishing the baseline CrmGraph at $baseline ($base_commit)"
  mkdir -p "$work/baseline-src"
  git -C "$repo" archive "$base_commit" | tar -x -C "$work/baseline-src"
  dotnet publish "$work/baseline-src/src/Api" -c Release -o "$work/crm-base" --nologo -v q >/dev/null
fi
[ -f "$here/node_modules/postgraphile/cli.js" ] && [ -f "$here/node_modules/autocannon/package.json" ] \
  || (cd "$here" && npm ci --no-audit --no-fund --silent >/dev/null)

crm_args=(--environment Production --Crm:Database:Provider=Postgres "--Crm:Database:ConnectionString=$conn"
  "--Crm:DataDirectory=$work/data" --Crm:RateLimits:Enabled=false --Crm:Jobs:Enabled=false)
crm() { (cd "$work/crm" && dotnet CrmGraph.Api.dll "$@" "${crm_args[@]}"); }
crm migrate >/dev/null
(cd "$work/crm" && exec dotnet CrmGraph.Api.dll "${crm_args[@]}" --urls "http://127.0.0.1:$crm_port" >"$work/crm.log" 2>&1) &
crm_pid=$!; pids+=("$crm_pid")
wait_for "http://127.0.0.1:$crm_port/health/ready" 120
base_pid=
if [ -n "$baseline" ]; then # same database, data folder (signing key) and settings; migrated by the new build
  (cd "$work/crm-base" && exec dotnet CrmGraph.Api.dll "${crm_args[@]}" --urls "http://127.0.0.1:$base_port" \
    >"$work/crm-base.log" 2>&1) &
  base_pid=$!; pids+=("$base_pid")
  wait_for "http://127.0.0.1:$base_port/health/ready" 120
fi

gql() { # token, query → response body; fails on errors
  local body
  body=$(curl -fs "http://127.0.0.1:$crm_port/graphql" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "$(node -e 'console.log(JSON.stringify({ query: process.argv[1] }))' "$2")")
  case "$body" in *'"errors":['*) echo "$body" >&2; return 1;; esac  # the request's or the payload's errors
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
gql "$sales" "mutation { planFollowUp(input: { customerId: \"$customer\", dueAt: \"2026-12-10T02:00:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY }) { plan { id } errors { __typename } } }" >/dev/null
gql "$sales" "mutation { recordFollowUp(input: { customerId: \"$customer\", happenedAt: \"2026-11-11T02:00:00Z\", channel: PHONE, purpose: NEEDS_DISCOVERY, content: \"需求\" }) { recorded { record { id } } errors { __typename } } }" >/dev/null
gql "$sales" "mutation { openDeal(input: { customerId: \"$customer\", product: \"CRM\", amount: 100000 }) { deal { id } errors { __typename } } }" >/dev/null
started=$(date +%s)
"${psql[@]}" -d crm -v customers="$customers" -f "$here/seed.sql" >/dev/null
"${psql[@]}" -d crm -c "VACUUM ANALYZE"
log "seeded in $(( $(date +%s) - started )) s: $("${psql[@]}" -d crm -At -c "SELECT (SELECT count(*) FROM customers) || ' customers, ' || (SELECT count(*) FROM follow_up_records) || ' records, ' || (SELECT count(*) FROM follow_up_plans) || ' plans, ' || (SELECT count(*) FROM deals) || ' deals'")"

q() { "${psql[@]}" -d crm -At -c "$1"; }
me=$(q "SELECT id FROM users WHERE login = 'rep01'")
team=$(q "SELECT team_id FROM users WHERE login = 'rep01'")
supervisor=$(q "SELECT id FROM users WHERE login = 'sup'")
owner=$(q "SELECT id FROM users WHERE login = 'rep02'")
detail=$(q "SELECT c.id FROM customers c WHERE c.owner_id = '$me' AND c.name <> '模板' AND EXISTS (SELECT 1 FROM deals d WHERE d.customer_id = c.id AND d.status = 'Open') ORDER BY c.id LIMIT 1")

log "starting the raw endpoint and PostGraphile"
# PostGraphile's JWTs (HS256, audience "postgraphile"): the role picks the RLS policy, the claims fill it.
pgl_secret=$(head -c 32 /dev/urandom | base64)
pgl_jwt() { # role, user id → token
  node -e 'const c = require("node:crypto"); const [secret, role, user, team] = process.argv.slice(1);
    const part = o => Buffer.from(JSON.stringify(o)).toString("base64url");
    const body = part({ alg: "HS256", typ: "JWT" }) + "." + part({ aud: "postgraphile", role, user_id: user, team_id: team,
      exp: Math.floor(Date.now() / 1000) + 86400 });
    console.log(body + "." + c.createHmac("sha256", secret).update(body).digest("base64url"));' \
    "$pgl_secret" "$1" "$2" "$team"
}
pgl_sales=$(pgl_jwt bench_sales "$me")
pgl_boss=$(pgl_jwt bench_supervisor "$supervisor")
"${psql[@]}" -d crm -f "$here/postgraphile.sql" >/dev/null
# The raw endpoint prepares its statements as CrmGraph's contexts do (ADR-053): the ceiling of the same stack.
(cd "$work/raw" && exec dotnet CrmGraph.RawEndpoint.dll --urls "http://127.0.0.1:$raw_port" \
  "--ConnectionString=$conn;Max Auto Prepare=64;Auto Prepare Min Usages=2" \
  >"$work/raw.log" 2>&1) &
raw_pid=$!; pids+=("$raw_pid")
(cd "$here" && exec node node_modules/postgraphile/cli.js -c "postgres://postgres@127.0.0.1:$pg_port/crm" \
  --schema public,bench --host 127.0.0.1 --port "$pgl_port" --disable-query-log --disable-default-mutations \
  --max-pool-size 100 --jwt-secret "$pgl_secret" >"$work/postgraphile.log" 2>&1) &
pgl_pid=$!; pids+=("$pgl_pid")
wait_for "http://127.0.0.1:$raw_port/" 60
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$pgl_port/graphql" -H 'Content-Type: application/json' \
    -d '{"query":"{ __typename }"}' && break; sleep 1
done

if [ "${CRM_READ_BENCHMARK_PLANS:-0}" = 1 ]; then
  log "capturing the SQL and plans of each scenario (auto_explain) into $work/plans.log"
  explain() { # on: log every statement with its plan (ANALYZE, BUFFERS); off: back to the defaults
    if [ "$1" = on ]; then
      "${psql[@]}" -d postgres -c "ALTER SYSTEM SET log_statement = 'all'" \
        -c "ALTER SYSTEM SET auto_explain.log_min_duration = 0" -c "ALTER SYSTEM SET auto_explain.log_analyze = on" \
        -c "ALTER SYSTEM SET auto_explain.log_buffers = on" -c "ALTER SYSTEM SET auto_explain.log_timing = on" \
        -c "ALTER SYSTEM SET auto_explain.log_nested_statements = on" -c "SELECT pg_reload_conf()" >/dev/null
    else
      "${psql[@]}" -d postgres -c "ALTER SYSTEM RESET ALL" -c "SELECT pg_reload_conf()" >/dev/null
    fi
    sleep 1
  }
  sales_page='{ customers(first: 50, order: [{ name: ASC }]) { nodes { id name } } }'
  owner_gid=$(node -e 'console.log(Buffer.from("User:" + process.argv[1].replaceAll("-", "")).toString("base64"))' "$owner")
  owner_page="{ customers(first: 50, where: { ownerId: { eq: \"$owner_gid\" } }, order: [{ name: ASC }]) { nodes { id name } } }"
  detail_gid=$(node -e 'console.log(Buffer.from("Customer:" + process.argv[1].replaceAll("-", "")).toString("base64"))' "$detail")
  detail_query="{ node(id: \"$detail_gid\") { ... on Customer { id name stage grade openDeals { id amount } } } }"
  pgl_sales_page='{ allCustomers(first: 50, orderBy: [NAME_ASC, ID_ASC]) { nodes { id name } } }'
  pgl_owner_page="{ allCustomers(first: 50, condition: { ownerId: \"$owner\" }, orderBy: [NAME_ASC, ID_ASC]) { nodes { id name } } }"
  pgl_detail="{ customerById(id: \"$detail\") { id name stage grade dealsByCustomerId(condition: { status: \"Open\" }, orderBy: [OPENED_AT_DESC, ID_DESC]) { nodes { id amount } } } }"
  # Warm once (caches, JIT, the token's user), then capture the second request of each.
  for pass in warm capture; do
    [ "$pass" = capture ] && { explain on; start=$(stat -c %s "$work/pg/log"); }
    for scenario in "salesperson page|$sales|$sales_page|/salesperson-page?me=$me&team=$team&n=50|$pgl_sales|$pgl_sales_page" \
        "supervisor owner page|$boss|$owner_page|/owner-page?me=$supervisor&team=$team&owner=$owner&n=50|$pgl_boss|$pgl_owner_page" \
        "customer detail|$sales|$detail_query|/customer?me=$me&team=$team&id=$detail|$pgl_sales|$pgl_detail"; do
      IFS="|" read -r name tok query raw_path pgl_tok pgl_query <<<"$scenario"
      if [ "$pass" = capture ]; then
        "${psql[@]}" -d crm -c "SELECT 'scenario: $name (CrmGraph)'" >/dev/null
      fi
      gql "$tok" "$query" >/dev/null
      [ "$pass" = capture ] && "${psql[@]}" -d crm -c "SELECT 'scenario: $name (raw endpoint)'" >/dev/null
      curl -fs -o /dev/null "http://127.0.0.1:$raw_port$raw_path"
      [ "$pass" = capture ] && "${psql[@]}" -d crm -c "SELECT 'scenario: $name (PostGraphile, RLS)'" >/dev/null
      curl -fs -o /dev/null "http://127.0.0.1:$pgl_port/graphql" -H "Authorization: Bearer $pgl_tok" \
        -H 'Content-Type: application/json' -d "$(node -e 'console.log(JSON.stringify({ query: process.argv[1] }))' "$pgl_query")"
    done
  done
  explain off
  tail -c +"$((start + 1))" "$work/pg/log" >"$work/plans.log"
  log "$(grep -c 'duration:' "$work/plans.log") plans in $work/plans.log"
fi

log "load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min), $(nproc) CPUs"
BENCH_CONNECTIONS=${CRM_READ_BENCHMARK_CONNECTIONS:-16} BENCH_SECONDS=${CRM_READ_BENCHMARK_SECONDS:-10} \
BENCH_ROUNDS=${CRM_READ_BENCHMARK_ROUNDS:-3} BENCH_OUT="$work/results.json" \
BENCH_ME=$me BENCH_TEAM=$team BENCH_SUPERVISOR=$supervisor BENCH_OWNER=$owner BENCH_CUSTOMER=$detail \
BENCH_SALES_TOKEN=$sales BENCH_SUPERVISOR_TOKEN=$boss BENCH_PG_SALES_TOKEN=$pgl_sales BENCH_PG_SUPERVISOR_TOKEN=$pgl_boss \
BENCH_CRM_URL="http://127.0.0.1:$crm_port/graphql" BENCH_CRM_PID=$crm_pid \
BENCH_RAW_URL="http://127.0.0.1:$raw_port" BENCH_RAW_PID=$raw_pid \
BENCH_PG_URL="http://127.0.0.1:$pgl_port/graphql" BENCH_PG_PID=$pgl_pid \
BENCH_BASE_URL=${base_pid:+"http://127.0.0.1:$base_port/graphql"} BENCH_BASE_PID=$base_pid BENCH_BASE_REF=$baseline \
  node "$here/bench.mjs"
log "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
