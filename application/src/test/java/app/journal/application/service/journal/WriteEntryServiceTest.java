package app.journal.application.service.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.journal.WriteEntry.WriteEntryCommand;
import app.journal.application.testing.InMemoryJournalEntries;
import app.journal.application.testing.TestClock;
import app.journal.domain.InvalidValueException;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WriteEntryServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final UserId ADA = new UserId(UUID.fromString("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"));

    private final InMemoryJournalEntries entries = new InMemoryJournalEntries();
    private final TestClock clock = new TestClock(NOW);
    private final WriteEntryService service = new WriteEntryService(entries, clock);

    @Test
    void writes_an_entry_for_the_owner_stamped_with_the_clock() {
        var entry = service.write(new WriteEntryCommand(ADA, "  Monday  ", "Rain all day."));

        assertThat(entry.ownerId()).isEqualTo(ADA);
        assertThat(entry.title()).isEqualTo(new EntryTitle("Monday"));
        assertThat(entry.body()).isEqualTo(new EntryBody("Rain all day."));
        assertThat(entry.createdAt()).isEqualTo(NOW);
        assertThat(entry.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void the_written_entry_is_stored_as_returned() {
        var entry = service.write(new WriteEntryCommand(ADA, "Monday", "Rain."));

        assertThat(entries.find(ADA, entry.id())).contains(entry);
        assertThat(entries.all()).containsExactly(entry);
    }

    @Test
    void every_entry_gets_its_own_id() {
        var first = service.write(new WriteEntryCommand(ADA, "Same", "Same"));
        var second = service.write(new WriteEntryCommand(ADA, "Same", "Same"));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(entries.all()).hasSize(2);
    }

    @Test
    void a_missing_body_is_stored_as_empty() {
        var entry = service.write(new WriteEntryCommand(ADA, "Title only", null));

        assertThat(entries.find(ADA, entry.id())).get().extracting(e -> e.body().value()).isEqualTo("");
    }

    @Test
    void a_blank_title_is_rejected_and_nothing_is_stored() {
        assertThatThrownBy(() -> service.write(new WriteEntryCommand(ADA, "   ", "Body")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));

        assertThat(entries.all()).isEmpty();
    }

    @Test
    void a_body_over_the_limit_is_rejected_and_nothing_is_stored() {
        var tooLong = "x".repeat(EntryBody.MAX_CODE_POINTS + 1);

        assertThatThrownBy(() -> service.write(new WriteEntryCommand(ADA, "Title", tooLong)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("body"));

        assertThat(entries.all()).isEmpty();
    }
}
