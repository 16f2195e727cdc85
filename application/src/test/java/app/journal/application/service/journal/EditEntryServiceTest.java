package app.journal.application.service.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.in.journal.EditEntry.EditEntryCommand;
import app.journal.application.port.in.journal.EntryNotFoundException;
import app.journal.application.port.out.JournalEntries;
import app.journal.application.testing.InMemoryJournalEntries;
import app.journal.application.testing.TestClock;
import app.journal.domain.InvalidValueException;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EditEntryServiceTest {

    private static final Instant WRITTEN = Instant.parse("2025-03-01T10:00:00Z");
    private static final UserId ADA = new UserId(UUID.fromString("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"));
    private static final UserId BOB = new UserId(UUID.fromString("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"));

    private final InMemoryJournalEntries entries = new InMemoryJournalEntries();
    private final TestClock clock = new TestClock(WRITTEN);
    private final EditEntryService service = new EditEntryService(entries, clock);
    private final JournalEntry adasEntry = stored(ADA, "Monday", "Rain.");

    private JournalEntry stored(UserId owner, String title, String body) {
        var entry = JournalEntry.write(EntryId.random(), owner, new EntryTitle(title), new EntryBody(body),
                clock.instant());
        entries.add(entry);
        return entry;
    }

    @Test
    void edit_replaces_title_and_body_and_stamps_updated_at_with_the_clock() {
        clock.advance(Duration.ofDays(2));

        var edited = service.edit(new EditEntryCommand(ADA, adasEntry.id(), " Tuesday ", "Sun."));

        assertThat(edited.title()).isEqualTo(new EntryTitle("Tuesday"));
        assertThat(edited.body()).isEqualTo(new EntryBody("Sun."));
        assertThat(edited.updatedAt()).isEqualTo(WRITTEN.plus(Duration.ofDays(2)));
    }

    @Test
    void edit_keeps_id_owner_and_creation_time() {
        clock.advance(Duration.ofDays(2));

        var edited = service.edit(new EditEntryCommand(ADA, adasEntry.id(), "Tuesday", "Sun."));

        assertThat(edited.id()).isEqualTo(adasEntry.id());
        assertThat(edited.ownerId()).isEqualTo(ADA);
        assertThat(edited.createdAt()).isEqualTo(WRITTEN);
    }

    @Test
    void the_edit_is_stored_as_returned() {
        clock.advance(Duration.ofHours(1));

        var edited = service.edit(new EditEntryCommand(ADA, adasEntry.id(), "Tuesday", "Sun."));

        assertThat(entries.find(ADA, adasEntry.id())).contains(edited);
    }

    @Test
    void another_owners_entry_is_not_found_and_stays_as_it_was() {
        assertThatThrownBy(() -> service.edit(new EditEntryCommand(BOB, adasEntry.id(), "Mine now", "Ha.")))
                .isInstanceOf(EntryNotFoundException.class);

        assertThat(entries.all()).containsExactly(adasEntry);
    }

    @Test
    void an_unknown_entry_is_not_found() {
        var unknown = new EntryId(UUID.fromString("cccccccc-cccc-4ccc-8ccc-cccccccccccc"));

        assertThatThrownBy(() -> service.edit(new EditEntryCommand(ADA, unknown, "Title", "Body")))
                .isInstanceOf(EntryNotFoundException.class);

        assertThat(entries.all()).containsExactly(adasEntry);
    }

    @Test
    void an_invalid_title_is_rejected_and_nothing_stored_changes() {
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> service.edit(new EditEntryCommand(ADA, adasEntry.id(), " ", "New body")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));

        assertThat(entries.all()).containsExactly(adasEntry);
    }

    @Test
    void a_title_over_the_limit_is_rejected_and_nothing_stored_changes() {
        var tooLong = "x".repeat(EntryTitle.MAX_CODE_POINTS + 1);

        assertThatThrownBy(() -> service.edit(new EditEntryCommand(ADA, adasEntry.id(), tooLong, "New body")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));

        assertThat(entries.all()).containsExactly(adasEntry);
    }

    @Test
    void a_body_over_the_limit_is_rejected_and_nothing_stored_changes() {
        var tooLong = "x".repeat(EntryBody.MAX_CODE_POINTS + 1);

        assertThatThrownBy(() -> service.edit(new EditEntryCommand(ADA, adasEntry.id(), "Tuesday", tooLong)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("body"));

        assertThat(entries.all()).containsExactly(adasEntry);
    }

    @Test
    void an_entry_deleted_between_reading_and_writing_is_not_found() {
        var deletedAfterRead = new DeletingAfterFind(entries);
        var racingService = new EditEntryService(deletedAfterRead, clock);

        assertThatThrownBy(() -> racingService.edit(new EditEntryCommand(ADA, adasEntry.id(), "Tuesday", "Sun.")))
                .isInstanceOf(EntryNotFoundException.class);

        assertThat(entries.all()).isEmpty();
    }

    /** The fake, except that a concurrent delete lands right after every successful find. */
    private static final class DeletingAfterFind implements JournalEntries {

        private final JournalEntries delegate;

        DeletingAfterFind(JournalEntries delegate) {
            this.delegate = delegate;
        }

        @Override
        public void add(JournalEntry entry) {
            delegate.add(entry);
        }

        @Override
        public Optional<JournalEntry> find(UserId owner, EntryId id) {
            var found = delegate.find(owner, id);
            found.ifPresent(entry -> delegate.delete(owner, id));
            return found;
        }

        @Override
        public boolean update(JournalEntry entry) {
            return delegate.update(entry);
        }

        @Override
        public boolean delete(UserId owner, EntryId id) {
            return delegate.delete(owner, id);
        }

        @Override
        public Page<JournalEntry> page(UserId owner, PageRequest request) {
            return delegate.page(owner, request);
        }

        @Override
        public void forEachOldestFirst(UserId owner, java.util.function.Consumer<JournalEntry> sink) {
            delegate.forEachOldestFirst(owner, sink);
        }

        @Override
        public void addAll(java.util.List<JournalEntry> entries) {
            delegate.addAll(entries);
        }

        @Override
        public void lockImports(UserId owner) {
            delegate.lockImports(owner);
        }

        @Override
        public IdsInUse idsInUse(UserId owner, java.util.Collection<EntryId> ids) {
            return delegate.idsInUse(owner, ids);
        }

        @Override
        public java.util.Set<TitleAt> titlesAtInUse(UserId owner, java.util.Collection<TitleAt> keys) {
            return delegate.titlesAtInUse(owner, keys);
        }
    }
}
