#!/usr/bin/env bash
# Runs Journal at http://localhost:8080 (README: "Run Journal").
# Finds a JDK 25, makes sure PostgreSQL answers (starts the local cluster, or Docker Compose's db),
# builds the jar without running the tests, and starts it. Extra arguments go to the application,
# e.g. ./run.sh --journal.user-mgmt.enabled=true
set -euo pipefail
cd "$(dirname "$0")"
. scripts/env.sh
journal_find_jdk
if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then journal_ensure_postgres; fi
echo "Building Journal (the first build downloads dependencies and takes a few minutes)..."
./mvnw -B -q -DskipTests -pl bootstrap -am package
echo "Starting Journal at http://localhost:${PORT:-8080} ..."
# The documented JVM settings (jvm.options) and the ahead-of-time cache, recorded by one short
# training start the first time a build runs (README "JVM settings").
exec scripts/journal-launch.sh "$@"
