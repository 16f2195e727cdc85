# Shared by run.sh and test.sh: find a JDK 25+ and make sure PostgreSQL answers.
# Sourced, not executed.

journal_find_jdk() {
  local v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${v%%.*}" -ge 25 ] 2>/dev/null; then return 0; fi
  fi
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/*-2[5-9]* /usr/lib/jvm/java-2[5-9]* \
                   "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -x "$candidate/bin/java" ] || continue
    v=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${v%%.*}" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "Journal needs a JDK 25 or newer and none was found (looked at JAVA_HOME, /usr/lib/jvm, and the java on PATH)." >&2
  echo "Install one (for example Eclipse Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}

journal_pg_ready() {
  local host=${JOURNAL_PG_HOST:-127.0.0.1} port=${JOURNAL_PG_PORT:-5432}
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$host" -p "$port" -t 3
  else
    (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
  fi
}

journal_ensure_postgres() {
  local i
  if journal_pg_ready; then return 0; fi
  if command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(ls /etc/postgresql 2>/dev/null)" ]; then
    echo "PostgreSQL is not answering; starting the local cluster..." >&2
    for version in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
    done
  elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    echo "PostgreSQL is not answering; starting it with Docker Compose (service db)..." >&2
    docker compose up -d db >&2
  else
    echo "PostgreSQL is not answering on ${JOURNAL_PG_HOST:-127.0.0.1}:${JOURNAL_PG_PORT:-5432}, and there is neither a local" >&2
    echo "cluster (pg_ctlcluster) nor a Docker engine to start one. Install PostgreSQL (apt-get install -y postgresql)" >&2
    echo "or Docker, or point Journal at a server with SPRING_DATASOURCE_URL (and JOURNAL_TEST_DB_URL for tests)." >&2
    return 1
  fi
  for i in $(seq 1 30); do
    if journal_pg_ready; then return 0; fi
    sleep 1
  done
  echo "PostgreSQL was started but does not answer after 30 s." >&2
  return 1
}
