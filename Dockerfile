# Journal as a container. Build: docker build -t journal .   (docker-compose.yml does this for you)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl bootstrap -am package

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app journal && mkdir -p /app/keys && chown journal /app/keys
WORKDIR /app
COPY --from=build /src/bootstrap/target/journal.jar /app/journal.jar
USER journal
# 8080: people and load balancers (/livez, /readyz). 9090: the management port (metrics, info,
# health) for Prometheus on the container network; publish it to no public interface
# (docs/decisions/0006-operations-surface.md).
EXPOSE 8080 9090
ENV MANAGEMENT_SERVER_PORT=9090
# Generated token keys live on a volume (docker-compose.yml) so restarts keep everyone signed in.
# Argon2's JIT inlining directive is installed by the application itself at start-up.
ENV JOURNAL_TOKENS_KEYSDIR=/app/keys
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/journal.jar"]
