#!/usr/bin/env bash
# One Argon2id hash and one verification at the default cost in JMH (Argon2HashBenchmark), with
# password4j's hash beside it for comparison. About 2 minutes. Pass --forks N (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
journal_find_jdk
./mvnw -B -q -pl adapters-crypto -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
"$JAVA_HOME/bin/java" -cp "adapters-crypto/target/test-classes:adapters-crypto/target/classes:$(cat adapters-crypto/target/bench.classpath)" \
    app.journal.adapter.crypto.bench.Argon2HashBenchmark "$@" 2>&1 | grep -E "^(Benchmark|Argon2HashBenchmark)"
