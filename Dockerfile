# Journal as a container. Build: docker build -t journal .   (docker-compose.yml does this for you)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl bootstrap -am package

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app journal && mkdir -p /app/keys /app/journal-app && chown journal /app/keys /app/journal-app
WORKDIR /app
COPY --from=build /src/bootstrap/target/journal.jar /app/journal.jar
# Started the one documented way: the JVM settings of jvm.options, the jar extracted (here, once) and
# the ahead-of-time cache, recorded by a short training start at the container's first start
# (README "JVM settings", docs/decisions/0010-login-cost-and-footprint.md).
COPY --from=build /src/jvm.options /app/jvm.options
COPY --from=build /src/scripts/journal-launch.sh /app/scripts/journal-launch.sh
RUN java -Djarmode=tools -jar /app/journal.jar extract --destination /app/journal-app --force >/dev/null \
    && chown -R journal /app/journal-app
ENV JOURNAL_JAR=/app/journal.jar JOURNAL_APP_DIR=/app/journal-app JOURNAL_JVM_OPTIONS=/app/jvm.options
USER journal
# 8080: people and load balancers (/livez, /readyz). 9090: the management port (metrics, info,
# health) for Prometheus on the container network; publish it to no public interface
# (docs/decisions/0006-operations-surface.md).
EXPOSE 8080 9090
ENV MANAGEMENT_SERVER_PORT=9090
# Generated token keys live on a volume (docker-compose.yml) so restarts keep everyone signed in.
ENV JOURNAL_TOKENS_KEYSDIR=/app/keys
# Extra JVM options: JOURNAL_JAVA_OPTS (JAVA_OPTS, the older name, still works).
ENTRYPOINT ["sh", "-c", "JOURNAL_JAVA_OPTS=\"${JOURNAL_JAVA_OPTS:-${JAVA_OPTS:-}}\" exec /app/scripts/journal-launch.sh"]
