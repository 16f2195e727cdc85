package app.journal.bootstrap;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "the database is not there" into one clear description and what to do about it. */
final class DatabaseUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
        var reason = cause.getCause() == null ? "" : cause.getCause().getMessage();
        return new FailureAnalysis(
                "Journal cannot reach PostgreSQL at " + cause.url() + " as user '" + cause.user() + "': " + reason,
                "Start PostgreSQL (./run.sh starts a local cluster or Docker Compose for you), or point Journal at "
                        + "yours with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD (defaults: jdbc:postgresql://localhost:5432/journal, postgres/postgres).",
                cause);
    }
}
