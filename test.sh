#!/usr/bin/env bash
# Runs every test (README: "Run the tests"): unit, contract, PostgreSQL, full-HTTP and ArchUnit tests
# (surefire), then the Playwright browser tests against the packaged jar (failsafe), one of them through
# HAProxy in front of two nodes.
# Tests use Testcontainers when a Docker engine answers, otherwise the PostgreSQL server at
# JOURNAL_TEST_DB_URL (default jdbc:postgresql://127.0.0.1:5432/postgres, user postgres); every test
# suite creates its own throwaway database.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/env.sh
journal_find_jdk
if ! (command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1) && [ -z "${JOURNAL_TEST_DB_URL:-}" ]; then
  journal_ensure_postgres
fi
chromium=${JOURNAL_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "The browser tests need Chromium at $chromium (apt-get install -y chromium), or set JOURNAL_CHROMIUM." >&2
  exit 1
fi
haproxy=${JOURNAL_HAPROXY:-/usr/sbin/haproxy}
if [ ! -x "$haproxy" ]; then
  echo "The failover test needs HAProxy at $haproxy (apt-get install -y haproxy), or set JOURNAL_HAPROXY." >&2
  exit 1
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec ./mvnw -B verify "$@"
