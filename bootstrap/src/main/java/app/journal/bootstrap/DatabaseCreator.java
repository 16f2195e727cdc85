package app.journal.bootstrap;

import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before anything else touches the database: make sure the configured PostgreSQL server answers,
 * and create the database if it does not exist yet ({@code journal.db.create-if-missing}, default
 * true). A server that cannot be reached stops the start with one clear message (see
 * {@link DatabaseUnavailableFailureAnalyzer}) instead of pages of pool and Flyway stack traces.
 */
public final class DatabaseCreator implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment env = event.getEnvironment();
        var url = env.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        var user = env.getProperty("spring.datasource.username", "");
        var password = env.getProperty("spring.datasource.password", "");
        // Runs before configuration properties are bound, so it reads its one switch itself.
        boolean create = env.getProperty("journal.db.create-if-missing", Boolean.class, true);
        ensureDatabase(url, user, password, create);
    }

    static void ensureDatabase(String url, String user, String password, boolean create) {
        var target = JdbcTarget.parse(url);
        var props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5");
        try (var connection = DriverManager.getConnection(target.maintenanceUrl(), props)) {
            if (!create) {
                return;
            }
            try (var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, target.database());
                if (exists.executeQuery().next()) {
                    return;
                }
            }
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE \"" + target.database().replace("\"", "\"\"") + "\"");
            } catch (SQLException raced) {
                if (!"42P04".equals(raced.getSQLState())) { // duplicate_database: another node won
                    throw raced;
                }
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(url, user, e);
        }
    }

    /** The database named in a JDBC URL, and a URL for the same server's maintenance database. */
    record JdbcTarget(String maintenanceUrl, String database) {

        static JdbcTarget parse(String jdbcUrl) {
            var uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            var path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            var database = path.isEmpty() ? "postgres" : path;
            var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            var authority = uri.getRawAuthority() == null ? "localhost" : uri.getRawAuthority();
            return new JdbcTarget("jdbc:postgresql://" + authority + "/postgres" + query, database);
        }
    }
}
