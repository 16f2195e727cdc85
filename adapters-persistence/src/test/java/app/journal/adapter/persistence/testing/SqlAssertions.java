package app.journal.adapter.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.postgresql.util.PSQLException;

/** What the database says when it refuses a row. */
public final class SqlAssertions {

    private SqlAssertions() {}

    /** The statement failed with this SQLState, on this named constraint. */
    public static void assertViolation(Throwable thrown, String sqlState, String constraint) {
        assertThat(thrown).isInstanceOf(PSQLException.class);
        var e = (PSQLException) thrown;
        assertThat(e.getSQLState()).as("SQLState of: %s", e.getMessage()).isEqualTo(sqlState);
        assertThat(e.getServerErrorMessage()).isNotNull();
        assertThat(e.getServerErrorMessage().getConstraint()).isEqualTo(constraint);
    }
}
