package app.journal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.adapter.persistence.testing.TestDatabase;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DatabaseCreatorTest {

    @Test
    void creates_the_configured_database_when_it_is_missing_and_leaves_an_existing_one_alone() throws Exception {
        try (var server = TestDatabase.create("creator")) {
            var name = "journal_creator_" + UUID.randomUUID().toString().replace("-", "");
            var url = server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            try {
                DatabaseCreator.ensureDatabase(url, server.username(), server.password(), true);
                DatabaseCreator.ensureDatabase(url, server.username(), server.password(), true);

                try (var connection = DriverManager.getConnection(url, server.username(), server.password())) {
                    assertThat(connection.isValid(2)).isTrue();
                }
            } finally {
                try (var admin = server.dataSource().getConnection(); var statement = admin.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            }
        }
    }

    @Test
    void an_unreachable_server_gives_one_clear_failure_naming_what_was_tried() {
        var url = "jdbc:postgresql://127.0.0.1:1/journal";

        assertThatThrownBy(() -> DatabaseCreator.ensureDatabase(url, "postgres", "secret", true))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("'postgres'")
                .hasMessageNotContaining("secret");
    }

    @Test
    void the_failure_analysis_says_how_to_configure_the_database() {
        var failure = new DatabaseUnavailableException("jdbc:postgresql://db:5432/journal", "postgres",
                new java.sql.SQLException("Connection refused"));

        var analysis = new DatabaseUnavailableFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).contains("jdbc:postgresql://db:5432/journal").contains("Connection refused");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void a_jdbc_url_maps_to_the_maintenance_database_of_the_same_server() {
        var target = DatabaseCreator.JdbcTarget.parse("jdbc:postgresql://db.internal:6543/journal?sslmode=require");

        assertThat(target.database()).isEqualTo("journal");
        assertThat(target.maintenanceUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/postgres?sslmode=require");
    }
}
