#!/usr/bin/env bash
# Journal beside Keycloak in one run, on this machine (benchmarks/README.md "Beside Keycloak"): both
# servers started as documented, each warmed until its refresh rate is steady, then the refresh (c16)
# and login (c8) scenarios against one server at a time, interleaved (Journal, Keycloak, Journal,
# Keycloak, ...) so that the machine's drift cancels in the ratios; then a login storm against Journal.
# Prints the table of issue 18 with ratios. Loopback only; about 15-25 minutes.
#
#   KC_SCRIPTS   the Keycloak scripts (start.sh, setup.sh, stop.sh); default ../shared/bench/keycloak
#                relative to the repository root. Keycloak itself is fetched by them, never kept here.
#   BENCH_PORT / BENCH_DB   Journal's port and throwaway database (default 18084, journal_bench_kc)
#   KC_PORT / KC_DB / KC_WORK   Keycloak's (default 8180, keycloak_bench; see the scripts' README)
#   SECONDS_PER_SCENARIO (20), ROUNDS (2), WARMUP_WINDOW (15 s), WARMUP_MAX_WINDOWS_JOURNAL (10) / _KEYCLOAK (30),
#   WARMUP_MIN_WINDOWS_JOURNAL (4) / _KEYCLOAK (12): no server is called steady before its minimum (Keycloak
#   looked steady at 199/s after 4 windows in one run and then served 274-345/s in the rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
KC_SCRIPTS=$(cd "${KC_SCRIPTS:-$root/../shared/bench/keycloak}" && pwd)
export BENCH_PORT=${BENCH_PORT:-18084} BENCH_DB=${BENCH_DB:-journal_bench_kc}
export KC_PORT=${KC_PORT:-8180} KC_DB=${KC_DB:-keycloak_bench}
export KC_WORK=${KC_WORK:-${TMPDIR:-/tmp}/journal-bench-keycloak}
export BENCH_LOG=${BENCH_LOG:-benchmarks/target/journal-vs-keycloak.log}
. scripts/env.sh
journal_find_jdk                       # Keycloak's kc.sh uses the same JAVA_HOME (it needs 21+)
journal_ensure_postgres
journal_launch() { exec scripts/journal-launch.sh "$@"; }
. benchmarks/lib.sh
seconds=${SECONDS_PER_SCENARIO:-20}
rounds=${ROUNDS:-2}
window=${WARMUP_WINDOW:-15}
KC_BASE="http://127.0.0.1:$KC_PORT"
KC_PID=
mkdir -p benchmarks/target/load-classes
: >"$BENCH_LOG"
"$JAVA_HOME/bin/javac" -d benchmarks/target/load-classes benchmarks/Load.java

kc_java_pid() { ps -eo pid=,pgid=,comm= | awk -v g="$(cat "$KC_WORK/kc.pid")" '$2 == g && $3 == "java" { print $1; exit }'; }
# Starts Keycloak through its start.sh; KC_START_MS is process start to answering, polled every 50 ms.
kc_start() {
  local start starter
  start=$(bench_now_ms)
  "$KC_SCRIPTS/start.sh" >&2 &
  starter=$!
  until curl -sf -o /dev/null "$KC_BASE/realms/master"; do kill -0 "$starter" 2>/dev/null || break; sleep 0.05; done
  KC_START_MS=$(( $(bench_now_ms) - start ))
  wait "$starter"
  KC_PID=$(kc_java_pid)
}
kc_stop() { "$KC_SCRIPTS/stop.sh" >&2 || true; KC_PID=; }
trap 'bench_stop; kc_stop' EXIT

# load SERVER SCENARIO CLIENTS SECONDS: one Load.java window against journal or keycloak.
load() {
  local base=$BENCH_BASE pid=$JOURNAL_PID db=$BENCH_DB
  if [ "$1" = keycloak ]; then base=$KC_BASE pid=$KC_PID db=$KC_DB; fi
  "$JAVA_HOME/bin/java" -Xmx256m -cp benchmarks/target/load-classes Load "$2" "$base" "$pid" "$db" "$3" "$4"
}
# warm SERVER SCENARIO MAX MIN: refresh windows until two in a row agree within 5 %, at least MIN, at most MAX.
warm() {
  local prev=0 rate i
  for ((i = 1; i <= $3; i++)); do
    rate=$(bench_get "$(load "$1" "$2" 16 "$window")" ok_per_s)
    echo "warm-up $1 window $i: $rate refreshes/s" >&2
    if [ "$i" -ge "$4" ] && awk -v a="$prev" -v b="$rate" 'BEGIN { exit !(a > 0 && (a - b) ^ 2 <= (0.05 * b) ^ 2) }'; then
      WARM_NOTE="$WARM_NOTE $1: steady after $i windows ($prev, $rate/s);"; return
    fi
    prev=$rate
  done
  WARM_NOTE="$WARM_NOTE $1: NOT steady after $3 windows (last $prev/s);"
}
WARM_NOTE=
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
LOADAVGS="start $(loadavg)"

echo "== Journal: start (fresh database), restart, idle RSS" >&2
bench_drop_db
if [ ! -f "bootstrap/target/journal-app/journal-$(cksum <jvm.options | cut -d' ' -f1).aot" ] \
    || [ bootstrap/target/journal.jar -nt bootstrap/target/journal-app/journal.jar ]; then
  bench_start; bench_stop                    # records the ahead-of-time cache (not measured)
  bench_drop_db
fi
bench_start; bench_stop
bench_start; j_restart=$START_MS; j_restart_cpu=$START_CPU_MS
sleep 10; j_idle=$(bench_rss_mib "$JOURNAL_PID")
echo "Journal restart ${j_restart} ms (CPU ${j_restart_cpu} ms), idle RSS ${j_idle} MiB" >&2

echo "== Keycloak: start, realm, restart, idle RSS" >&2
kc_start
KC_PORT=$KC_PORT "$KC_SCRIPTS/setup.sh" 16 >&2
kc_stop
kc_start; k_restart=$KC_START_MS; k_restart_cpu=$(bench_cpu_ms "$KC_PID")
sleep 10; k_idle=$(bench_rss_mib "$KC_PID")
echo "Keycloak restart ${k_restart} ms (CPU ${k_restart_cpu} ms), idle RSS ${k_idle} MiB" >&2
LOADAVGS="$LOADAVGS; after starts $(loadavg)"

echo "== warm-up until steady (${window} s windows), then one login window each" >&2
warm journal refresh "${WARMUP_MAX_WINDOWS_JOURNAL:-10}" "${WARMUP_MIN_WINDOWS_JOURNAL:-4}"
warm keycloak kc-refresh "${WARMUP_MAX_WINDOWS_KEYCLOAK:-30}" "${WARMUP_MIN_WINDOWS_KEYCLOAK:-12}"
load journal login 8 "$window" >/dev/null
load keycloak kc-login 8 "$window" >/dev/null
LOADAVGS="$LOADAVGS; after warm-up $(loadavg)"

declare -a jr kr jl kl
for ((r = 0; r < rounds; r++)); do
  echo "== round $((r + 1)) of $rounds" >&2
  jr[r]=$(load journal refresh 16 "$seconds"); echo "journal  ${jr[r]}" >&2
  kr[r]=$(load keycloak kc-refresh 16 "$seconds"); echo "keycloak ${kr[r]}" >&2
  jl[r]=$(load journal login 8 "$seconds"); echo "journal  ${jl[r]}" >&2
  kl[r]=$(load keycloak kc-login 8 "$seconds"); echo "keycloak ${kl[r]}" >&2
  LOADAVGS="$LOADAVGS; round $((r + 1)) $(loadavg)"
done
echo "== Journal: login storm (c64, a 503 retried at once), then idle" >&2
storm=$(load journal login-storm 64 "$seconds"); echo "journal  $storm" >&2
sleep 10; j_idle_after=$(bench_rss_mib "$JOURNAL_PID")

# vals KEY LINE...: the key's values over the rounds; span: "min–max" (or one value); mean; ratio.
vals() { local key=$1 line; shift; for line in "$@"; do bench_get "$line" "$key"; done; }
span() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { if (lo == hi) print lo; else print lo "–" hi }'; }
mean() { awk '{ s += $1; n++ } END { if (n) printf "%.4f", s / n }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
row() { # LABEL KEY UNIT: Journal's span, Keycloak's span, ratio of the means (refresh or login lines)
  local j k
  if [ "$4" = refresh ]; then j=$(vals "$2" "${jr[@]}" | span); k=$(vals "$2" "${kr[@]}" | span)
    echo "| $1 | $j$3 | $k$3 | $(ratio "$(vals "$2" "${jr[@]}" | mean)" "$(vals "$2" "${kr[@]}" | mean)") |"
  else j=$(vals "$2" "${jl[@]}" | span); k=$(vals "$2" "${kl[@]}" | span)
    echo "| $1 | $j$3 | $k$3 | $(ratio "$(vals "$2" "${jl[@]}" | mean)" "$(vals "$2" "${kl[@]}" | mean)") |"
  fi
}
j_rss_load=$(vals server_rss_max_mib "${jr[@]}" | span); k_rss_load=$(vals server_rss_max_mib "${kr[@]}" | span)
j_login_rate=$(vals ok_per_s "${jl[@]}" | mean)
cat <<TABLE

Load average (1/5/15 min): $LOADAVGS
Warm-up:$WARM_NOTE

| figure | Journal | Keycloak | ratio |
|---|---|---|---|
$(row "refresh c16, ok/s" ok_per_s "" refresh)
$(row "refresh errors" other_errors "" refresh)
$(row "server CPU per refresh" server_cpu_ms_per_ok " ms" refresh)
$(row "PostgreSQL CPU per refresh" pg_cpu_ms_per_ok " ms" refresh)
$(row "WAL flushes per refresh (pg_stat_wal wal_sync, cluster-wide)" wal_syncs_per_ok "" refresh)
$(row "commits per refresh" commits_per_ok "" refresh)
$(row "load tool CPU per refresh" tool_cpu_ms_per_ok " ms" refresh)
$(row "password login c8, ok/s" ok_per_s "" login)
$(row "server CPU per password login (c8)" server_cpu_ms_per_ok " ms" login)
$(row "PostgreSQL CPU per login" pg_cpu_ms_per_ok " ms" login)
| RSS under refresh load / idle after restart | $j_rss_load / $j_idle MiB | $k_rss_load / $k_idle MiB | $(ratio "$(vals server_rss_max_mib "${jr[@]}" | mean)" "$(vals server_rss_max_mib "${kr[@]}" | mean)") / $(ratio "$j_idle" "$k_idle") |
| restart to healthy (CPU) | $j_restart ms ($j_restart_cpu ms) | $k_restart ms ($k_restart_cpu ms) | $(ratio "$j_restart" "$k_restart") |

Journal login storm (c64, 503 retried at once): $(bench_get "$storm" ok_per_s) good logins/s = \
$(awk -v a="$(bench_get "$storm" ok_per_s)" -v b="$j_login_rate" 'BEGIN { printf "%.0f%%", 100 * a / b }') of the c8 rate \
($(bench_get "$storm" busy503) answers 503, p99 $(bench_get "$storm" busy_p99_ms) ms; server CPU per good login \
$(bench_get "$storm" server_cpu_ms_per_ok) ms); Journal idle RSS 10 s after it: $j_idle_after MiB.
TABLE
