# Helpers of benchmarks/run-all.sh (sourced). Starts Journal the way scripts/journal-launch.sh does
# (the documented JVM settings, jvm.options), on loopback, against a benchmark database.

BENCH_DB=${BENCH_DB:-journal_bench}
BENCH_PORT=${BENCH_PORT:-18080}
BENCH_BASE="http://127.0.0.1:$BENCH_PORT"
BENCH_LOG=${BENCH_LOG:-benchmarks/target/journal.log}
JOURNAL_PID=

# Journal with accounts on, no email verification, rate limits out of the way of the load.
bench_app_args() {
  local rule
  echo "--server.port=$BENCH_PORT --server.address=127.0.0.1"
  echo "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$BENCH_DB"
  echo "--journal.user-mgmt.enabled=true --journal.auth.require-email-verify=false"
  echo "--journal.tokens.keys-dir=benchmarks/target/keys --journal.mail.notices.new-device=false"
  for rule in register-per-client login-per-client login-per-account; do
    echo "--journal.rate-limits.$rule.limit=100000000 --journal.rate-limits.$rule.window=1h"
  done
}

bench_now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts Journal in the background; sets JOURNAL_PID, START_MS (process start to healthy)
# and START_CPU_MS (the CPU it took to get there, less disturbed by a busy machine).
bench_start() {
  local start end
  mkdir -p benchmarks/target
  start=$(bench_now_ms)
  # shellcheck disable=SC2046
  journal_launch $(bench_app_args) >>"$BENCH_LOG" 2>&1 &
  JOURNAL_PID=$!
  until curl -sf -o /dev/null "$BENCH_BASE/actuator/health"; do
    if ! kill -0 "$JOURNAL_PID" 2>/dev/null; then
      echo "Journal exited before it was healthy; see $BENCH_LOG" >&2
      return 1
    fi
    if [ $(( $(bench_now_ms) - start )) -gt 600000 ]; then
      echo "Journal was not healthy within 600 s; see $BENCH_LOG" >&2
      return 1
    fi
    sleep 0.05
  done
  end=$(bench_now_ms)
  START_MS=$(( end - start ))
  START_CPU_MS=$(bench_cpu_ms "$JOURNAL_PID")
}

# utime + stime of a process in ms (clock ticks of 10 ms).
bench_cpu_ms() { awk '{ sub(/.*\) /, ""); print ($12 + $13) * 10 }' "/proc/$1/stat"; }

bench_stop() {
  if [ -n "$JOURNAL_PID" ] && kill -0 "$JOURNAL_PID" 2>/dev/null; then
    kill "$JOURNAL_PID"
    wait "$JOURNAL_PID" 2>/dev/null || true
  fi
  JOURNAL_PID=
}

bench_rss_mib() { awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$1/status"; }

bench_drop_db() {
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $BENCH_DB with (force)" >/dev/null
}

# Runs one scenario of Load.java against the running Journal; prints its key=value line.
bench_load() {
  "$JAVA_HOME/bin/java" -Xmx256m benchmarks/Load.java "$1" "$BENCH_BASE" "$JOURNAL_PID" "$BENCH_DB" "$2" "$3"
}

# The value of key $2 in the key=value line $1.
bench_get() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
