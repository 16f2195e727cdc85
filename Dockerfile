# Journal as a container. Build: docker build -t journal .   (docker-compose.yml does this for you)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY domain domain
COPY application application
COPY adapters-persistence adapters-persistence
COPY adapters-rest adapters-rest
COPY web-ui web-ui
COPY bootstrap bootstrap
COPY e2e-tests/pom.xml e2e-tests/pom.xml
RUN ./mvnw -B -q -DskipTests -pl bootstrap -am package

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app journal
WORKDIR /app
COPY --from=build /src/bootstrap/target/journal.jar /app/journal.jar
USER journal
EXPOSE 8080
ENV JOURNAL_TOKENS_KEYSDIR=/app/keys
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/journal.jar"]
