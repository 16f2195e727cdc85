#!/usr/bin/env bash
# Login storm and memory, interleaved between variants (benchmarks/README.md, "Login storm and memory";
# docs/decisions/0031-login-storm-and-memory.md). Each variant is one line "name|jar|jvm-options|app args"
# in the file given; ROUNDS (2) times, for each variant in turn: start Journal the documented way
# (scripts/journal-launch.sh) with native memory tracking, RSS 10 s later, warm refresh and login 8 s each
# (c8), login c8 and the login storm (c64, a 503 retried at once) W (12) s each, RSS and threads 10 s
# later, refresh c16 W s; an NMT summary (benchmarks/target/storm/<variant>-r<round>-{idle,storm,refresh}.nmt)
# at each of the three points. Prints one line per measurement; database journal_storm, port 18231.
#   benchmarks/storm-memory.sh variants.txt
set -uo pipefail
variants=$(realpath "$1")
cd "$(dirname "$0")/.."
. scripts/env.sh
journal_find_jdk >/dev/null
journal_ensure_postgres
export BENCH_DB=${BENCH_DB:-journal_storm} BENCH_PORT=${BENCH_PORT:-18231}
out=${OUT:-benchmarks/target/storm}
mkdir -p "$out"
export BENCH_LOG=$out/journal.log
journal_launch() { exec scripts/journal-launch.sh "$@" $EXTRA; }
. benchmarks/lib.sh
trap bench_stop EXIT
W=${W:-12}
nmt() { "$JAVA_HOME/bin/jcmd" "$JOURNAL_PID" VM.native_memory summary >"$out/$1.nmt" 2>&1; }
threads() { ls "/proc/$JOURNAL_PID/task" | wc -l; }
load() { cut -d' ' -f1 /proc/loadavg; }
for r in $(seq 1 "${ROUNDS:-2}"); do
  while IFS='|' read -r name jar opts extra; do
    [ -z "$name" ] && continue
    export JOURNAL_JAR=$jar JOURNAL_JVM_OPTIONS=$opts EXTRA=$extra
    export JOURNAL_JAVA_OPTS="-XX:NativeMemoryTracking=summary"
    tag="$name-r$r"
    echo "=== $tag start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
    bench_start || continue
    sleep 10
    echo "$tag start_ms=$START_MS start_cpu_ms=$START_CPU_MS idle_rss=$(bench_rss_mib "$JOURNAL_PID") threads=$(threads)"
    nmt "$tag-idle"
    bench_load refresh 8 8 >/dev/null; bench_load login 8 8 >/dev/null
    echo "$tag c8 load=$(load) $(bench_load login 8 "$W")"
    echo "$tag storm load=$(load) $(bench_load login-storm 64 "$W")"
    sleep 10
    echo "$tag after_storm_rss=$(bench_rss_mib "$JOURNAL_PID") threads=$(threads)"
    nmt "$tag-storm"
    echo "$tag refresh load=$(load) $(bench_load refresh 16 "$W")"
    nmt "$tag-refresh"
    echo "$tag after_refresh_rss=$(bench_rss_mib "$JOURNAL_PID") threads=$(threads)"
    bench_stop
  done <"$variants"
done
