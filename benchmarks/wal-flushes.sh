#!/usr/bin/env bash
# WAL flushes and CPU per refresh, three ways a refresh's commit can reach disk (decision 0025), on
# a PostgreSQL cluster of its own (so that pg_stat_wal counts Journal's work only, and commit_delay,
# which only a superuser may set, can be tried): loopback only, bounded, the cluster deleted after.
#   durable        every refresh waits for its WAL flush (how Journal committed before decision 0025)
#   grouped        the same, with commit_delay = 200 us, commit_siblings = 5 (an operator's setting)
#   without-flush  Journal as it is: the refresh's own transaction does not wait for the flush
# "durable" and "grouped" undo Journal's per-statement setting with a public.set_config that the
# benchmark database finds first on its search_path: one warm Journal measures all three, interleaved.
#   SECONDS_PER_SCENARIO=15 benchmarks/wal-flushes.sh     (WARMUP_SECONDS=30 unmeasured first, ROUNDS="1 2")
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
journal_find_jdk
journal_launch() { exec scripts/journal-launch.sh "$@"; }
BENCH_DB=${BENCH_DB:-journal_bench_wal}
BENCH_PORT=${BENCH_PORT:-18082}
BENCH_LOG=${BENCH_LOG:-benchmarks/target/journal-wal.log}
. benchmarks/lib.sh
seconds=${SECONDS_PER_SCENARIO:-20}
warm=${WARMUP_SECONDS:-30}
pg_bin=${JOURNAL_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
[ -f bootstrap/target/journal.jar ] || ./mvnw -B -q -DskipTests -pl bootstrap -am package
mkdir -p benchmarks/target
: >"$BENCH_LOG"

# The cluster: initdb refuses root, so it is the postgres user's when this runs as root.
cluster=$(mktemp -d /tmp/journal-wal-bench-XXXXXX)
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres: "$cluster"
PGPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export PGPORT  # psql here and in Load.java
cleanup() {
  bench_stop
  as_owner "$pg_bin/pg_ctl" stop -m fast -w -D "$cluster/data" >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap cleanup EXIT
as_owner "$pg_bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
cat >>"$cluster/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PGPORT
unix_socket_directories = '$cluster'
max_connections = 60
CONF
as_owner "$pg_bin/pg_ctl" start -w -D "$cluster/data" -l "$cluster/postgres.log" >/dev/null
sql() { psql -h 127.0.0.1 -U postgres -d "${2:-postgres}" -Atqc "$1"; }
sql "create database $BENCH_DB"

# Journal on that cluster (lib.sh's arguments, another datasource URL).
bench_app_args() {
  local rule
  echo "--server.port=$BENCH_PORT --server.address=127.0.0.1"
  echo "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PGPORT/$BENCH_DB"
  echo "--journal.user-mgmt.enabled=true --journal.auth.require-email-verify=false"
  echo "--journal.tokens.keys-dir=benchmarks/target/keys --journal.mail.notices.new-device=false"
  for rule in register-per-client login-per-client login-per-account; do
    echo "--journal.rate-limits.$rule.limit=100000000 --journal.rate-limits.$rule.window=1h"
  done
}

wal() { sql "select wal_records || ' ' || wal_bytes || ' ' || wal_write || ' ' || wal_sync from pg_stat_wal"; }
# The WAL counters' growth from $1 to $2 ("records bytes writes syncs").
wal_delta() { awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " "); print y[1] - x[1], y[2] - x[2], y[3] - x[3], y[4] - x[4] }'; }

# One measured refresh window (c16) in mode $1; prints the mode's table row. Load.java signs its 16
# clients in first (durable commits of their own): a run with a window of 0 s measures that set-up,
# and its WAL is taken off the real run's.
measure() {
  local before middle after line ok
  before=$(wal)
  bench_load refresh 16 0 >/dev/null
  middle=$(wal)
  line=$(bench_load refresh 16 "$seconds")
  after=$(wal)
  echo "$1: $line" >&2
  ok=$(bench_get "$line" ok)
  # shellcheck disable=SC2046
  set -- "$1" $(wal_delta "$before" "$middle") $(wal_delta "$middle" "$after")
  awk -v mode="$1" -v ok="$ok" -v okps="$(bench_get "$line" ok_per_s)" \
      -v cpu="$(bench_get "$line" server_cpu_ms_per_ok)" -v pg="$(bench_get "$line" pg_cpu_ms_per_ok)" \
      -v b0="$3" -v w0="$4" -v s0="$5" -v b1="$7" -v w1="$8" -v s1="$9" 'BEGIN {
    printf "| %s | %s | %.3f | %.3f | %.0f | %s | %s |\n", mode, okps, (w1 - w0) / ok, (s1 - s0) / ok, (b1 - b0) / ok, cpu, pg }'
}

# The benchmark database finds public.set_config before pg_catalog's: it does what Journal asks
# ("without-flush") or nothing (the commit then waits for its flush, as before decision 0025), as the
# row of bench_commit_mode says. All modes pay for the same detour, on one warm Journal.
bench_start; bench_stop   # migrates the database first (Flyway wants public as it left it)
sql "create table bench_commit_mode (without_flush boolean not null); insert into bench_commit_mode values (true);
create function public.set_config(text, text, boolean) returns text language plpgsql as \$\$ begin
  if (select without_flush from bench_commit_mode) then return pg_catalog.set_config(\$1, \$2, \$3); end if;
  return \$2; end \$\$;
alter database $BENCH_DB set search_path = public, pg_catalog" "$BENCH_DB"
mode() {
  sql "update bench_commit_mode set without_flush = $([ "$1" = without-flush ] && echo true || echo false)" "$BENCH_DB"
  sql "alter system set commit_delay = '$([ "$1" = grouped ] && echo 200 || echo 0)'"
  sql "alter system set commit_siblings = 5"; sql "select pg_reload_conf()" >/dev/null
}

rows=()
bench_start
echo "== warm-up, $warm s (not measured)" >&2
[ "$warm" -gt 0 ] && bench_load refresh 8 "$warm" >/dev/null
for round in ${ROUNDS:-1 2}; do
  for m in without-flush durable grouped; do
    echo "== round $round: $m" >&2
    mode "$m"
    rows+=("$(measure "$m")")
  done
done
bench_stop

cat <<TABLE

| refresh commit (c16, ${seconds} s) | ok/s | WAL writes per refresh | WAL flushes (wal_sync) per refresh | WAL bytes per refresh | server CPU ms per refresh | PostgreSQL CPU ms per refresh |
|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")
TABLE
