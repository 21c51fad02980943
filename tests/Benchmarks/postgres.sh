# Sourced by the opt-in benchmarks that run on PostgreSQL (tests/ReadBenchmark/run.sh,
# tests/DashboardBenchmark/run-postgres.sh): a throwaway cluster from the machine's binaries in "$work/pg", listening
# on 127.0.0.1:"$pg_port" (as the postgres user when run as root: PostgreSQL refuses root), with a database "crm".
# The caller sets work, pg_port and log() before sourcing, and calls stop_benchmark_processes from its EXIT trap.
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$pgbin" ] || pgbin=$(dirname "$(command -v initdb)")
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql=(psql -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q)
pids=()

# Stops the servers the caller added to pids, then the cluster.
stop_benchmark_processes() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
}

wait_for() { # url, seconds
  for _ in $(seq 1 "$2"); do curl -fs -o /dev/null "$1" && return 0; sleep 1; done
  echo "no answer from $1" >&2; return 1
}

# start_postgres [more postgres options, e.g. "-c shared_buffers=512MB"]: durability off (a benchmark's data is
# thrown away), then CREATE DATABASE crm.
start_postgres() {
  mkdir -p "$work/pg" "$work/data"
  if [ "$(id -u)" = 0 ]; then chown postgres "$work" "$work/pg"; fi
  as_pg "$pgbin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -w start -o "-p $pg_port -k $work/pg \
-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off $*" >/dev/null
  "${psql[@]}" -d postgres -c "CREATE DATABASE crm"
}
