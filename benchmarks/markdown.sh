#!/bin/bash
# Issue 19: what rendering entry bodies as Markdown costs (benchmarks/MarkdownRender.java).
# Usage: benchmarks/markdown.sh [SECONDS_PER_CASE]   (default 5; needs adapters-rest built: mvnw -pl adapters-rest -am install)
# MAVEN_REPO defaults to ~/.m2/repository.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh && journal_find_jdk >/dev/null
repo=${MAVEN_REPO:-$HOME/.m2/repository}
version=$(sed -n 's:.*<commonmark.version>\(.*\)</commonmark.version>.*:\1:p' pom.xml)
cp=adapters-rest/target/classes
for artifact in commonmark commonmark-ext-autolink commonmark-ext-gfm-strikethrough; do
    cp=$cp:$repo/org/commonmark/$artifact/$version/$artifact-$version.jar
done
cp=$cp:$(ls "$repo"/org/nibor/autolink/autolink/*/autolink-*.jar | grep -v sources | tail -1)
exec timeout 600 java -cp "$cp" benchmarks/MarkdownRender.java "${1:-5}"
