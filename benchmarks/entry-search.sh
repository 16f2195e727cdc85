#!/usr/bin/env bash
# Issue 19: search and the journal's pages at 1 000 accounts x 1 000 entries (1 million rows). Loopback only,
# database bench_search only (dropped first; KEEP=1 leaves it for a look afterwards, else dropped at the end).
#   1. the schema: Journal's own migrations V1..V13 applied in order with psql (plain SQL; no Flyway needed);
#   2. the data: benchmarks/entry-search-data.sql (about two minutes: most of it is building the tsvectors);
#      one account gets 20 000 entries more so that page 500 of its journal exists;
#   3. database time: benchmarks/entry-search-measure.sql (EXPLAIN (ANALYZE, BUFFERS) of the adapters' statements).
#   benchmarks/entry-search.sh                       all of it (ACCOUNTS=1000 ENTRIES=1000 OWNERS=20)
#   then, on the same data (COMPARE=0 skips it), the search again with a GIN on (owner_id, search_vector)
#   (btree_gin), and with a plain GIN on search_vector: the alternatives to V13, which has no GIN (measured).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=bench_search
psqlc() { timeout "${TIMEOUT:-3600}" psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
mkdir -p benchmarks/target
psqlc -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
[ "${KEEP:-0}" = 1 ] || trap 'psqlc -d postgres -c "DROP DATABASE IF EXISTS '"$DB"'"' EXIT
echo "== machine: $(nproc) cores, $(uname -sr), $(psqlc -d $DB -c 'SHOW server_version'), shared_buffers" \
  "$(psqlc -d $DB -c 'SHOW shared_buffers'), load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for f in $(ls adapters-persistence/src/main/resources/db/migration/V*.sql | sort -V); do
  psqlc -d $DB -f "$f" >/dev/null
done
start=$(date +%s)
echo "== ${ACCOUNTS:-1000} accounts x ${ENTRIES:-1000} entries" >&2
psqlc -d $DB -v accounts="${ACCOUNTS:-1000}" -v entries="${ENTRIES:-1000}" -f benchmarks/entry-search-data.sql
# The big account: 20 000 entries more, older than its others.
psqlc -d $DB -c "INSERT INTO journal_entries (id, owner_id, title, body, created_at, updated_at)
  SELECT md5('search-big-' || e)::uuid, md5('search-account-1')::uuid, title, body,
         created_at - interval '3 years' - e * interval '1 minute', updated_at
    FROM (SELECT row_number() OVER () AS e, title, body, created_at, updated_at FROM journal_entries
           WHERE owner_id <> md5('search-account-1')::uuid LIMIT 20000) AS other"
psqlc -d $DB -c "VACUUM ANALYZE journal_entries"
echo "   data in $(( $(date +%s) - start )) s: $(psqlc -d $DB -c "SELECT count(*) || ' rows, table ' ||
  pg_size_pretty(pg_table_size('journal_entries')) || ', indexes ' || pg_size_pretty(pg_indexes_size('journal_entries')) || ', avg body ' || round(avg(length(body))) || ' chars'
  FROM journal_entries")" >&2
echo "== database time (ms: planning + execution), V13 (no GIN: the owner's btree, then a filter)" >&2
psqlc -d $DB -v owners="${OWNERS:-20}" -F ' | ' -f benchmarks/entry-search-measure.sql
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [ "${COMPARE:-1}" = 1 ]; then
  echo "== the same with a GIN on (owner_id, search_vector) (btree_gin)" >&2
  psqlc -d $DB -c "CREATE EXTENSION IF NOT EXISTS btree_gin" -c "SET maintenance_work_mem = '256MB'" \
    -c "CREATE INDEX bench_owner_vector_gin ON journal_entries USING gin (owner_id, search_vector)" -c "ANALYZE journal_entries"
  psqlc -d $DB -v owners="${OWNERS:-20}" -F ' | ' -f benchmarks/entry-search-measure.sql
  echo "== the same with a plain GIN on (search_vector)" >&2
  psqlc -d $DB -c "DROP INDEX bench_owner_vector_gin" -c "SET maintenance_work_mem = '256MB'" \
    -c "CREATE INDEX bench_vector_gin ON journal_entries USING gin (search_vector)" -c "ANALYZE journal_entries"
  psqlc -d $DB -v owners="${OWNERS:-20}" -F ' | ' -f benchmarks/entry-search-measure.sql
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
fi
