#!/usr/bin/env bash
# Starts the packaged Journal the one documented way (README "JVM settings",
# docs/decisions/0010-login-cost-and-footprint.md); used by run.sh, the Dockerfile, the e2e tests'
# JournalApp and benchmarks/run-all.sh. Arguments go to the application.
#
#   JOURNAL_JAR        the Spring Boot jar (default bootstrap/target/journal.jar next to this script)
#   JOURNAL_APP_DIR    where it is extracted (default: next to the jar, journal-app/); must be writable
#   JOURNAL_JVM_OPTIONS the JVM options file (default jvm.options at the repository root)
#   JOURNAL_AOT        true (default): use the ahead-of-time cache, recording it first if missing
#   JOURNAL_JAVA_OPTS  extra JVM options, after the file's (so they win)
#
# The jar is extracted (java -Djarmode=tools ... extract) because the JDK's ahead-of-time cache only
# holds classes loaded from plain jars on the class path, not from jars nested in a Spring Boot jar.
# The cache (JDK 25, JEP 483/514/515) is recorded by one training start the first time a build is
# started (-XX:AOTCacheOutput, journal.start.training-run=true: Journal starts, sends itself the first
# requests a node gets, and exits; docs/decisions/0032-start-up.md); it belongs to that jar and that JDK,
# and is never committed.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=${JOURNAL_JAR:-$here/bootstrap/target/journal.jar}
app=${JOURNAL_APP_DIR:-$(dirname "$jar")/journal-app}
options=${JOURNAL_JVM_OPTIONS:-$here/jvm.options}
# One cache per JVM options file content: a cache recorded with other options would be refused.
aot=$app/journal-$(cksum <"$options" | cut -d' ' -f1).aot

if [ ! -f "$app/journal.jar" ] || [ "$jar" -nt "$app/journal.jar" ]; then
  mkdir -p "$app"
  (
    flock 9
    if [ ! -f "$app/journal.jar" ] || [ "$jar" -nt "$app/journal.jar" ]; then
      rm -rf "$app/lib" "$app/journal.jar" "$app"/journal-*.aot
      "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" --force >/dev/null
    fi
  ) 9>"$app.lock"
fi

# Fewer glibc malloc arenas: with the default (8 per core) idle per-thread arenas add RSS, not speed.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

cache=()
if [ "${JOURNAL_AOT:-true}" = true ]; then
  if [ ! -f "$aot" ]; then
    (
      flock 9
      if [ ! -f "$aot" ]; then
        echo "journal-launch: first start of this build; recording the ahead-of-time cache $aot (once)..." >&2
        if ! "$java" @"$options" -XX:AOTCacheOutput="$aot.tmp" -Djournal.start.training-run=true \
            -jar "$app/journal.jar" "$@" >"$app/training.log" 2>&1 || [ ! -f "$aot.tmp" ]; then
          echo "journal-launch: the training start failed (see $app/training.log); starting without the cache" >&2
        else
          mv "$aot.tmp" "$aot"
        fi
      fi
    ) 9>"$aot.lock"
  fi
  [ -f "$aot" ] && cache=(-XX:AOTCache="$aot")
fi
# shellcheck disable=SC2086
exec "$java" @"$options" "${cache[@]}" ${JOURNAL_JAVA_OPTS:-} -jar "$app/journal.jar" "$@"
