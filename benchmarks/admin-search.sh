#!/usr/bin/env bash
# Issue 17: the administrators' account list at 100 000 accounts. Loopback only, bounded (about 10 minutes on
# a quiet machine, much more on a busy one: deep OFFSET pages take seconds each, see benchmarks/README.md).
#   1. starts Journal (the documented way, lib.sh) on 127.0.0.1:18083 against a throwaway database
#      journal_admin_bench, so Flyway makes the schema; registers bench-admin@admin.example (an administrator
#      through journal.admin.emails, journal.admin.require-second-factor=false);
#   2. fills ACCOUNTS (100 000) realistic accounts by SQL (benchmarks/admin-accounts.sql);
#   3. database time: every list shape through the real adapter, each statement under EXPLAIN (ANALYZE,
#      BUFFERS, TIMING OFF), REPEATS times (AdminSearch.java db; plans in benchmarks/target/admin-plans/);
#   4. HTTP: GET /api/admin/users for every shape through the running Journal (AdminSearch.java http).
#   The list counts up to COUNT_LIMIT (10 000, as journal.admin.count-limit) in the database part; the HTTP part
#   uses Journal's setting.
#   benchmarks/admin-search.sh                      build the jar if missing, then all of it
#   WITHOUT_V12=1 benchmarks/admin-search.sh        the same with V12's indexes dropped (the "before")
#   SHAPES='filter|lastSignIn' REPEATS=5 HTTP=0 benchmarks/admin-search.sh   some shapes, no HTTP part
#   BENCH_DB=journal_admin_bench_x BENCH_PORT=18093 ...   another database and port (two runs side by side)
#   KEEP_DATA=1 ...   reuse the database of the previous run (Flyway applies any new migration; no refill)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
journal_find_jdk
journal_ensure_postgres
admin=bench-admin@admin.example
password="Admin bench passphrase $(date +%s)"
journal_launch() {
  exec scripts/journal-launch.sh "$@" --journal.admin.emails="$admin" --journal.admin.require-second-factor=false \
    --journal.tokens.access-ttl=1h
}
BENCH_DB=${BENCH_DB:-journal_admin_bench}
BENCH_PORT=${BENCH_PORT:-18083}
BENCH_LOG=benchmarks/target/admin-journal.log
. benchmarks/lib.sh
trap bench_stop EXIT
[ -f bootstrap/target/journal.jar ] || ./mvnw -B -q -DskipTests -pl bootstrap -am package
mkdir -p benchmarks/target
: >"$BENCH_LOG"
sql() { psql -h 127.0.0.1 -U postgres -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
json_field() { sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p"; }

echo "== Journal on $BENCH_BASE, database $BENCH_DB (fresh)" >&2
keep=${KEEP_DATA:-0}
if [ "$keep" = 1 ] && [ "$(psql -h 127.0.0.1 -U postgres -d postgres -qAt \
    -c "SELECT count(*) FROM pg_database WHERE datname = '$BENCH_DB'")" = 1 ]; then
  echo "   (reusing its accounts: KEEP_DATA=1)" >&2
else
  keep=0
  bench_drop_db
fi
bench_start
echo "started in $START_MS ms" >&2
if [ "$keep" = 1 ]; then
  # A new passphrase for the administrator the previous run registered.
  sql -c "DELETE FROM users WHERE email = '$admin'"
fi
curl -sf -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"$admin\",\"password\":\"$password\"}" "$BENCH_BASE/api/auth/register"

if [ "$keep" = 0 ]; then
  echo "== ${ACCOUNTS:-100000} accounts by SQL" >&2
  sql -v accounts="${ACCOUNTS:-100000}" -f benchmarks/admin-accounts.sql >&2
fi
if [ "${WITHOUT_V12:-0}" = 1 ]; then
  echo "== dropping V12's indexes (the measurement before them)" >&2
  sql -c "DROP INDEX IF EXISTS users_last_sign_in_desc_idx, users_last_sign_in_desc_email_idx, users_unverified_idx, users_disabled_idx"
fi
# The administrator: verified (the role is granted only to a verified address), then signed in, which grants it.
sql -c "UPDATE users SET email_verified_at = now() WHERE email = '$admin'"
token=$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$admin\",\"password\":\"$password\"}" \
  "$BENCH_BASE/api/auth/login" | json_field accessToken)
[ -n "$token" ] || { echo "the administrator could not sign in; see $BENCH_LOG" >&2; exit 1; }
[ "$(sql -c "SELECT roles @> '[\"admin\"]' FROM users WHERE email = '$admin'")" = t ] \
  || { echo "the administrator did not get the role; see $BENCH_LOG" >&2; exit 1; }

# The visibility map and statistics as a settled table has them (index-only scans), after this run's writes.
for table in users user_totp passkeys user_sessions; do sql -c "VACUUM ANALYZE $table"; done

cp=bootstrap/target/journal-app/lib/'*'
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)," \
  "$(sql -c 'SHOW server_version'), load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "== database time (ms: planning + execution; buf: shared buffers the top node touched)" >&2
"$JAVA_HOME/bin/java" -Xmx256m -cp "$cp" benchmarks/AdminSearch.java db \
  "jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" "${REPEATS:-15}" benchmarks/target/admin-plans 2>benchmarks/target/admin-search-db.err
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ "${HTTP:-1}" = 1 ]; then
  echo "== HTTP: GET /api/admin/users (ms, from the request's first byte to the answer's last)" >&2
  "$JAVA_HOME/bin/java" -Xmx256m -cp "$cp" benchmarks/AdminSearch.java http "$BENCH_BASE" "$token" \
    "${REPEATS:-15}" "jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" 2>benchmarks/target/admin-search-http.err
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
fi
