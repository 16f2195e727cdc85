#!/usr/bin/env bash
# Every benchmark of benchmarks/README.md in one go, printed as its table. Loopback only; each
# scenario is bounded (SECONDS each, default 20); about 6 minutes in all, more on a busy machine.
# Starts Journal the documented way (scripts/journal-launch.sh: jvm.options, the ahead-of-time
# cache) against a throwaway database journal_bench, on 127.0.0.1:18080.
#   benchmarks/run-all.sh            build the jar if missing, then run everything
#   SECONDS_PER_SCENARIO=10 benchmarks/run-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
journal_find_jdk
journal_ensure_postgres
journal_launch() { exec scripts/journal-launch.sh "$@"; }
. benchmarks/lib.sh
seconds=${SECONDS_PER_SCENARIO:-20}
trap bench_stop EXIT
[ -f bootstrap/target/journal.jar ] || ./mvnw -B -q -DskipTests -pl bootstrap -am package
mkdir -p benchmarks/target
: >"$BENCH_LOG"

echo "== start-up (fresh database, then restart)" >&2
bench_drop_db
if [ ! -f "bootstrap/target/journal-app/journal-$(cksum <jvm.options | cut -d' ' -f1).aot" ] \
    || [ bootstrap/target/journal.jar -nt bootstrap/target/journal-app/journal.jar ]; then
  bench_start; bench_stop                    # records the ahead-of-time cache (not measured)
fi
bench_drop_db
bench_start; fresh_ms=$START_MS; fresh_cpu=$START_CPU_MS; bench_stop
bench_start; restart_ms=$START_MS; restart_cpu=$START_CPU_MS
sleep 10
idle_rss=$(bench_rss_mib "$JOURNAL_PID")
echo "start fresh ${fresh_ms} ms (CPU ${fresh_cpu} ms), restart ${restart_ms} ms (CPU ${restart_cpu} ms), idle RSS ${idle_rss} MiB" >&2

# The JIT needs tens of seconds of each path before it has compiled it: measured cold, a refresh
# costs about twice the CPU it costs warm. Each scenario runs once unmeasured first.
warm=${WARMUP_SECONDS:-10}
if [ "$warm" -gt 0 ]; then
  echo "== warm-up, ${warm} s per scenario (not measured)" >&2
  for scenario in refresh entries-account entries-demo login; do bench_load "$scenario" 8 "$warm" >/dev/null; done
fi

echo "== refresh chains, c16" >&2
refresh=$(bench_load refresh 16 "$seconds"); echo "$refresh" >&2
echo "== GET /api/entries, c8, account token / demo token" >&2
account=$(bench_load entries-account 8 "$seconds"); echo "$account" >&2
demo=$(bench_load entries-demo 8 "$seconds"); echo "$demo" >&2
echo "== logins, c8 and c64 (8x overload)" >&2
login8=$(bench_load login 8 "$seconds"); echo "$login8" >&2
login64=$(bench_load login 64 "$seconds"); echo "$login64" >&2
rss_load=$(for line in "$refresh" "$account" "$demo" "$login8" "$login64"; do bench_get "$line" server_rss_max_mib; done | sort -n | tail -1)
bench_stop

hash_ms=${ARGON2_HASH_MS:-"(run benchmarks/argon2-jmh.sh)"}
g() { bench_get "$1" "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "n/a" }'; }
cat <<TABLE

| figure | measured |
|---|---|
| refresh c16 ok/s | $(g "$refresh" ok_per_s) (errors $(g "$refresh" other_errors)) |
| server CPU per refresh | $(g "$refresh" server_cpu_ms_per_ok) ms |
| PostgreSQL CPU per refresh | $(g "$refresh" pg_cpu_ms_per_ok) ms |
| statements / commits per refresh | $(g "$refresh" statements_per_ok) / $(g "$refresh" commits_per_ok) |
| load tool CPU per refresh | $(g "$refresh" tool_cpu_ms_per_ok) ms |
| GET entries c8 ok/s, account / demo | $(g "$account" ok_per_s) / $(g "$demo" ok_per_s) |
| server CPU per GET entries, account / demo | $(g "$account" server_cpu_ms_per_ok) / $(g "$demo" server_cpu_ms_per_ok) ms |
| server CPU per login (c8) | $(g "$login8" server_cpu_ms_per_ok) ms (one hash in JMH: $hash_ms ms) |
| PostgreSQL / load tool CPU per login | $(g "$login8" pg_cpu_ms_per_ok) / $(g "$login8" tool_cpu_ms_per_ok) ms |
| logins/s c8 / c64 | $(g "$login8" ok_per_s) / $(g "$login64" ok_per_s) ($(ratio "$(g "$login64" ok_per_s)" "$(g "$login8" ok_per_s)") of c8) |
| login p99 c8 / c64 | $(g "$login8" ok_p99_ms) / $(g "$login64" ok_p99_ms) ms |
| 503s at c64, p50 / p99 | $(g "$login64" busy503) answers, $(g "$login64" busy_p50_ms) / $(g "$login64" busy_p99_ms) ms |
| RSS under load (max over the scenarios) | $rss_load MiB |
| start to healthy, restart / fresh database | $restart_ms / $fresh_ms ms (CPU $restart_cpu / $fresh_cpu ms) |
| idle RSS after start (10 s) | $idle_rss MiB |
TABLE
