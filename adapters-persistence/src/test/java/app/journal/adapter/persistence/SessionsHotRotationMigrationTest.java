package app.journal.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V7 on a real PostgreSQL: {@code user_sessions} has only the indexes its lookups need, none on a
 * column a rotation or revocation changes, room on its pages for HOT updates, and the triggers that
 * announce every session that ends. The behaviour is proved in {@code RefreshOnPostgresTest} and
 * {@code PgSessionEndingsListenerTest}; this says what the schema is.
 */
class SessionsHotRotationMigrationTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("sessions_v7");

    @Test
    void sessions_are_indexed_by_id_and_by_user_only() {
        List<String> indexes = db.dsl().fetchValues(
                "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'user_sessions'"
                        + " ORDER BY indexname").stream().map(String::valueOf).toList();

        assertThat(indexes).hasSize(2);
        assertThat(indexes).anySatisfy(d -> assertThat(d).startsWith("CREATE UNIQUE INDEX user_sessions_pk")
                .endsWith("(id)"));
        assertThat(indexes).anySatisfy(d -> assertThat(d).startsWith("CREATE INDEX user_sessions_user_idx")
                .endsWith("(user_id)"));
    }

    @Test
    void sessions_leave_room_on_each_page_for_the_next_version_of_a_row() {
        var options = db.dsl().fetchValue("SELECT array_to_string(reloptions, ',') FROM pg_class"
                + " WHERE relname = 'user_sessions' AND relkind = 'r'");

        assertThat(String.valueOf(options)).contains("fillfactor=70");
    }

    @Test
    void a_revocation_and_a_deletion_notify_and_nothing_else_does() {
        List<String> triggers = db.dsl().fetchValues("SELECT tgname || ':' || pg_get_triggerdef(oid) FROM pg_trigger"
                + " WHERE tgrelid = 'user_sessions'::regclass AND NOT tgisinternal ORDER BY tgname")
                .stream().map(String::valueOf).toList();

        assertThat(triggers).hasSize(2);
        assertThat(triggers.get(0)).startsWith("user_sessions_deleted:").contains("AFTER DELETE");
        assertThat(triggers.get(1)).startsWith("user_sessions_revoked:").contains("AFTER UPDATE OF revoked_at")
                .contains("(old.revoked_at IS NULL) AND (new.revoked_at IS NOT NULL)");
    }
}
