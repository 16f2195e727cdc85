package app.journal.domain.entry;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static final Instant WRITTEN = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant EDITED = WRITTEN.plus(Duration.ofDays(2));
    private static final EntryId ID = new EntryId(UUID.fromString("44444444-4444-4444-8444-444444444444"));
    private static final UserId OWNER = new UserId(UUID.fromString("55555555-5555-4555-8555-555555555555"));
    private static final UserId SOMEONE_ELSE = new UserId(UUID.fromString("66666666-6666-4666-8666-666666666666"));

    private static JournalEntry written() {
        return JournalEntry.write(ID, OWNER, new EntryTitle("Monday"), new EntryBody("Rain."), WRITTEN);
    }

    @Test
    void a_new_entry_was_created_and_updated_at_the_same_instant() {
        var entry = written();

        assertThat(entry.createdAt()).isEqualTo(WRITTEN);
        assertThat(entry.updatedAt()).isEqualTo(WRITTEN);
        assertThat(entry.ownerId()).isEqualTo(OWNER);
    }

    @Test
    void edit_replaces_title_body_and_updated_at() {
        var edited = written().edit(new EntryTitle("Tuesday"), new EntryBody("Sun."), EDITED);

        assertThat(edited.title()).isEqualTo(new EntryTitle("Tuesday"));
        assertThat(edited.body()).isEqualTo(new EntryBody("Sun."));
        assertThat(edited.updatedAt()).isEqualTo(EDITED);
    }

    @Test
    void edit_keeps_id_owner_and_created_at() {
        var edited = written().edit(new EntryTitle("Tuesday"), new EntryBody("Sun."), EDITED);

        assertThat(edited.id()).isEqualTo(ID);
        assertThat(edited.ownerId()).isEqualTo(OWNER);
        assertThat(edited.createdAt()).isEqualTo(WRITTEN);
    }

    @Test
    void an_entry_is_owned_by_its_writer_only() {
        assertThat(written().isOwnedBy(OWNER)).isTrue();
        assertThat(written().isOwnedBy(SOMEONE_ELSE)).isFalse();
    }
}
