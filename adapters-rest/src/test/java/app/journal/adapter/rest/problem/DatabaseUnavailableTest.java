package app.journal.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void the_pools_timeout_wrapped_by_the_layers_above_is_an_outage() {
        var pool = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms");
        var wrapped = new IllegalStateException("Could not open JDBC Connection for transaction", new RuntimeException(pool));

        assertThat(DatabaseUnavailable.isCause(wrapped)).isTrue();
    }

    @Test
    void a_connection_failure_or_a_socket_timeout_reported_by_the_driver_is_an_outage() {
        var io = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new SocketTimeoutException("Read timed out"));

        assertThat(DatabaseUnavailable.isCause(new RuntimeException("SQL [select 1]", io))).isTrue();
        assertThat(DatabaseUnavailable.summary(new RuntimeException("SQL [select 1]", io)))
                .isEqualTo("SocketTimeoutException: Read timed out");
        assertThat(DatabaseUnavailable.isCause(new SQLException("canceling statement due to statement timeout", "57014")))
                .isTrue();
    }

    @Test
    void a_constraint_violation_or_a_plain_bug_is_not_an_outage() {
        assertThat(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new NullPointerException())).isFalse();
    }
}
