package app.journal.bootstrap;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One INFO line that says what started, where, against which database, with which switches. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    /** Hosts where browsers accept Secure cookies over plain http. */
    private static final java.util.Set<String> LOOPBACK = java.util.Set.of("localhost", "127.0.0.1");

    private final JournalProperties properties;
    private final DataSource dataSource;
    private final Flyway flyway;

    StartupReport(JournalProperties properties, DataSource dataSource, Flyway flyway) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        String database;
        try (var connection = dataSource.getConnection()) {
            database = connection.getMetaData().getURL() + " as " + connection.getMetaData().getUserName();
        } catch (java.sql.SQLException e) {
            database = "(unavailable: " + e.getMessage() + ")";
        }
        var current = flyway.info().current();
        log.info("Journal started on http://localhost:{}/ with database {} (schema version {}); demo mode {}, "
                        + "user management {}",
                port, database, current == null ? "none" : current.getVersion(),
                properties.demo().enabled() ? "on" : "off", properties.userMgmt().enabled() ? "on" : "off");
        if (!properties.cookies().secure()) {
            log.warn("journal.cookies.secure=false: refresh and CSRF cookies without the __Host- prefix and without "
                    + "Secure (the plain-http development fallback). Never run production like this.");
        } else if (!"https".equalsIgnoreCase(properties.publicBaseUrl().getScheme())
                && !LOOPBACK.contains(String.valueOf(properties.publicBaseUrl().getHost()))) {
            log.warn("journal.public-base-url {} is not https: browsers will refuse the Secure __Host- refresh cookie "
                    + "there (serve Journal over https, or for development only set journal.cookies.secure=false)",
                    properties.publicBaseUrl());
        }
    }
}
