# Journal as a container. Build: docker build -t journal .   (docker-compose.yml does this for you)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# Poms first, so dependency downloads are cached while only sources change.
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY domain/pom.xml domain/
COPY application/pom.xml application/
COPY adapters-persistence/pom.xml adapters-persistence/
COPY adapters-rest/pom.xml adapters-rest/
COPY adapters-crypto/pom.xml adapters-crypto/
COPY adapters-mail/pom.xml adapters-mail/
COPY web-ui/pom.xml web-ui/
COPY bootstrap/pom.xml bootstrap/
COPY e2e-tests/pom.xml e2e-tests/
COPY . .
RUN ./mvnw -B -q -DskipTests -pl bootstrap -am package

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app journal && mkdir -p /app/keys && chown journal /app/keys
WORKDIR /app
COPY --from=build /src/bootstrap/target/journal.jar /app/journal.jar
USER journal
EXPOSE 8080
# Generated token keys live on a volume (docker-compose.yml) so restarts keep everyone signed in.
# Argon2's JIT inlining directive is installed by the application itself at start-up.
ENV JOURNAL_TOKENS_KEYSDIR=/app/keys
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/journal.jar"]
