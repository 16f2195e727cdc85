package app.journal.adapter.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void database_names_are_unique_lower_case_and_fit_postgresql_identifiers() {
        String first = TestDatabase.databaseName("My Suite: Users & Sessions, with a very long name indeed");
        String second = TestDatabase.databaseName("My Suite: Users & Sessions, with a very long name indeed");

        assertThat(first).isNotEqualTo(second).matches("journal_test_my_suite_users_sessions_with_a_[0-9a-f]{12}");
        assertThat(first.length()).isLessThanOrEqualTo(63);
        assertThat(TestDatabase.databaseName("***")).matches("journal_test_suite_[0-9a-f]{12}");
    }

    @Test
    void the_database_is_swapped_in_the_url_and_parameters_are_kept() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "x"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://localhost:49153/test?loggerLevel=OFF", "x"))
                .isEqualTo("jdbc:postgresql://localhost:49153/x?loggerLevel=OFF");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://h1:5432,h2:5433?sslmode=disable", "x"))
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/x?sslmode=disable");
        assertThat(TestDatabase.withDatabase("jdbc:postgresql:postgres", "x")).isEqualTo("jdbc:postgresql:x");
    }

    @Test
    void create_gives_an_empty_database_and_close_drops_it() throws SQLException {
        String name;
        TestDatabase database = TestDatabase.create("lifecycle");
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement("""
                        SELECT current_database(),
                               (SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public')""");
                ResultSet row = select.executeQuery()) {
            row.next();
            name = row.getString(1);
            assertThat(name).startsWith("journal_test_lifecycle_");
            assertThat(row.getLong(2)).as("tables in a new database").isZero();
            assertThat(database.jdbcUrl()).contains("/" + name);

            database.close(); // with this connection still open: FORCE ends it
        }
        database.close(); // twice is harmless

        try (var other = TestDatabase.create("lifecycle_witness");
                Connection c = other.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertThat(row.getLong(1)).as("databases named " + name).isZero();
            }
        }
    }
}
