package app.journal.application.service.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.journal.DeleteEntry.DeleteEntryCommand;
import app.journal.application.port.in.journal.EntryNotFoundException;
import app.journal.application.testing.InMemoryJournalEntries;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeleteEntryServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final UserId ADA = new UserId(UUID.fromString("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"));
    private static final UserId BOB = new UserId(UUID.fromString("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"));

    private final InMemoryJournalEntries entries = new InMemoryJournalEntries();
    private final DeleteEntryService service = new DeleteEntryService(entries);

    private JournalEntry stored(UserId owner, String title) {
        var entry = JournalEntry.write(EntryId.random(), owner, new EntryTitle(title), new EntryBody(""), NOW);
        entries.add(entry);
        return entry;
    }

    @Test
    void deleting_an_own_entry_removes_only_that_entry() {
        var doomed = stored(ADA, "Doomed");
        var kept = stored(ADA, "Kept");
        var bobs = stored(BOB, "Bob's");

        service.delete(new DeleteEntryCommand(ADA, doomed.id()));

        assertThat(entries.find(ADA, doomed.id())).isEmpty();
        assertThat(entries.all()).containsExactly(kept, bobs);
    }

    @Test
    void another_owners_entry_is_not_found_and_not_deleted() {
        var adas = stored(ADA, "Private");

        assertThatThrownBy(() -> service.delete(new DeleteEntryCommand(BOB, adas.id())))
                .isInstanceOf(EntryNotFoundException.class);

        assertThat(entries.all()).containsExactly(adas);
    }

    @Test
    void an_unknown_entry_is_not_found() {
        var unknown = new EntryId(UUID.fromString("cccccccc-cccc-4ccc-8ccc-cccccccccccc"));

        assertThatThrownBy(() -> service.delete(new DeleteEntryCommand(ADA, unknown)))
                .isInstanceOf(EntryNotFoundException.class);
    }

    @Test
    void deleting_the_same_entry_twice_reports_not_found_the_second_time() {
        var entry = stored(ADA, "Once");
        service.delete(new DeleteEntryCommand(ADA, entry.id()));

        assertThatThrownBy(() -> service.delete(new DeleteEntryCommand(ADA, entry.id())))
                .isInstanceOf(EntryNotFoundException.class);
    }
}
