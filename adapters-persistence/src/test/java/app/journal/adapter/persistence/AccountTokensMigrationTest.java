package app.journal.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.adapter.persistence.testing.TestDatabase;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * V6 (account_tokens; outbox rows without an account), checked with plain SQL on a real PostgreSQL,
 * migrated step by step from V5 with a queued mail in place.
 */
class AccountTokensMigrationTest {

    private static final String ADA = "00000000-0000-4000-8000-000000000001";

    @Test
    void version_6_adds_the_token_table_one_token_per_account_and_purpose_going_with_its_user() throws SQLException {
        try (var db = TestDatabase.create("account_tokens_stepwise")) {
            db.flyway("5").migrate();
            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("INSERT INTO users (id, email, created_at, updated_at) VALUES ('" + ADA
                        + "', 'ada@example.org', now(), now())");
                s.execute("INSERT INTO account_mail_outbox (id, kind, user_id, recipient, queued_at, attempts, "
                        + "next_attempt_at) VALUES (gen_random_uuid(), 'verification', '" + ADA
                        + "', 'ada@example.org', now(), 0, now())");
            }
            Set<String> before = strings(db, "SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
            db.flyway("6").migrate();
            Set<String> added = strings(db, "SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
            added.removeAll(before);
            assertThat(added).containsExactly("account_tokens");

            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                assertThat(count(s, "SELECT count(*) FROM account_mail_outbox")).as("queued mail kept").isEqualTo(1);
                insertToken(s, "password_reset", "a".repeat(64));
                assertThatThrownBy(() -> insertToken(s, "password_reset", "b".repeat(64)))
                        .as("one per account and purpose").isInstanceOf(SQLException.class);
                insertToken(s, "email_change", "c".repeat(64));
                s.execute("INSERT INTO account_mail_outbox (id, kind, user_id, recipient, queued_at, attempts, "
                        + "next_attempt_at) VALUES (gen_random_uuid(), 'account_deleted', NULL, 'ada@example.org', "
                        + "now(), 0, now())");
                s.execute("DELETE FROM users WHERE id = '" + ADA + "'");
                assertThat(count(s, "SELECT count(*) FROM account_tokens")).as("tokens go with the user").isZero();
                assertThat(count(s, "SELECT count(*) FROM account_mail_outbox")).as("only the mail without an account")
                        .isEqualTo(1);
            }
        }
    }

    private static void insertToken(Statement s, String purpose, String hash) throws SQLException {
        s.execute("INSERT INTO account_tokens (user_id, purpose, token_hash, email, expires_at, created_at) VALUES ('"
                + ADA + "', '" + purpose + "', '" + hash + "', 'ada@example.org', now() + interval '30 minutes', now())");
    }

    private static int count(Statement s, String query) throws SQLException {
        try (var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Set<String> strings(TestDatabase db, String query) throws SQLException {
        Set<String> values = new HashSet<>();
        try (var c = db.dataSource().getConnection(); var s = c.createStatement(); var rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
