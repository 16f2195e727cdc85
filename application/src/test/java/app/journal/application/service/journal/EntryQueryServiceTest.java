package app.journal.application.service.journal;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.PageRequest;
import app.journal.application.port.in.journal.WriteEntry.WriteEntryCommand;
import app.journal.application.testing.InMemoryJournalEntries;
import app.journal.application.testing.TestClock;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryQueryServiceTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final UserId ADA = new UserId(UUID.fromString("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"));
    private static final UserId BOB = new UserId(UUID.fromString("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"));

    private final InMemoryJournalEntries entries = new InMemoryJournalEntries();
    private final TestClock clock = new TestClock(T0);
    private final WriteEntryService writer = new WriteEntryService(entries, clock);
    private final EntryQueryService service = new EntryQueryService(entries);

    /** Writes entries "title 0" .. "title n-1", an hour apart, and returns them oldest first. */
    private List<JournalEntry> writeHourly(UserId owner, int n) {
        var written = new ArrayList<JournalEntry>();
        for (int i = 0; i < n; i++) {
            written.add(writer.write(new WriteEntryCommand(owner, "title " + i, "body " + i)));
            clock.advance(Duration.ofHours(1));
        }
        return written;
    }

    @Test
    void pages_list_the_owners_entries_newest_first() {
        var e = writeHourly(ADA, 5);

        var first = service.list(ADA, new PageRequest(0, 2));
        var second = service.list(ADA, new PageRequest(1, 2));
        var third = service.list(ADA, new PageRequest(2, 2));

        assertThat(first.items()).containsExactly(e.get(4), e.get(3));
        assertThat(second.items()).containsExactly(e.get(2), e.get(1));
        assertThat(third.items()).containsExactly(e.get(0));
    }

    @Test
    void a_page_tells_where_it_is_and_how_much_there_is() {
        writeHourly(ADA, 5);

        var page = service.list(ADA, new PageRequest(1, 2));

        assertThat(page.page()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(2);
        assertThat(page.totalItems()).isEqualTo(5);
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @Test
    void a_page_past_the_end_is_empty_but_still_counts_everything() {
        writeHourly(ADA, 3);

        var page = service.list(ADA, new PageRequest(5, 2));

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isEqualTo(3);
    }

    @Test
    void other_owners_entries_are_neither_listed_nor_counted() {
        var adas = writeHourly(ADA, 2);
        writeHourly(BOB, 3);

        var page = service.list(ADA, new PageRequest(0, 10));

        assertThat(page.items()).containsExactly(adas.get(1), adas.get(0));
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void a_user_without_entries_gets_an_empty_first_page() {
        writeHourly(BOB, 2);

        var page = service.list(ADA, new PageRequest(0, 10));

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isZero();
        assertThat(page.totalPages()).isZero();
    }

    @Test
    void find_returns_an_own_entry() {
        var entry = writeHourly(ADA, 1).getFirst();

        assertThat(service.find(ADA, entry.id())).contains(entry);
    }

    @Test
    void find_does_not_reveal_another_owners_entry() {
        var adas = writeHourly(ADA, 1).getFirst();

        assertThat(service.find(BOB, adas.id())).isEmpty();
    }
}
