package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.registeredUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.out.JournalEntries;
import app.journal.application.port.out.Users;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JournalEntries} must do. Run against {@link InMemoryJournalEntries} and against
 * the jOOQ adapter on PostgreSQL. Each test works with owners it registers itself, so an
 * implementation may share one database between tests.
 */
public abstract class JournalEntriesContract {

    /** The implementation under test; called once before each test. */
    protected abstract JournalEntries journalEntries();

    /** Where the owners of entries are registered (the real schema has a foreign key to users). */
    protected abstract Users users();

    private JournalEntries entries;
    private Users users;

    @BeforeEach
    void setUpPorts() {
        entries = journalEntries();
        users = users();
    }

    @Test
    void added_entry_is_found_by_its_owner_with_every_field() {
        UserId ada = registeredUser(users, "ada");
        JournalEntry entry = new JournalEntry(EntryId.random(), ada, new EntryTitle("First day"),
                new EntryBody("It rained.\nThen it did not."), T0, T0.plusSeconds(60));

        entries.add(entry);

        assertThat(entries.find(ada, entry.id())).contains(entry);
    }

    @Test
    void unknown_entry_is_not_found() {
        UserId ada = registeredUser(users, "ada");

        assertThat(entries.find(ada, EntryId.random())).isEmpty();
    }

    @Test
    void entries_of_one_owner_are_invisible_to_another() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        JournalEntry adas = entry(ada, "Ada's secret", T0);
        entries.add(adas);

        assertThat(entries.find(bob, adas.id())).as("find").isEmpty();
        JournalEntry bobsEdit = new JournalEntry(adas.id(), bob, new EntryTitle("Bob was here"), new EntryBody(""),
                T0, T0.plusSeconds(5));
        assertThat(entries.update(bobsEdit)).as("update").isFalse();
        assertThat(entries.delete(bob, adas.id())).as("delete").isFalse();
        Page<JournalEntry> bobsPage = entries.page(bob, new PageRequest(0, 10));
        assertThat(bobsPage.items()).as("page").isEmpty();
        assertThat(bobsPage.totalItems()).as("count").isZero();

        assertThat(entries.find(ada, adas.id())).as("Ada's entry, untouched").contains(adas);
    }

    @Test
    void update_replaces_title_body_and_updated_at_but_keeps_created_at() {
        UserId ada = registeredUser(users, "ada");
        JournalEntry original = entry(ada, "Draft", T0);
        entries.add(original);
        Instant later = T0.plus(Duration.ofHours(2));
        JournalEntry edited = new JournalEntry(original.id(), ada, new EntryTitle("Final"),
                new EntryBody("Rewritten."), T0.plus(Duration.ofDays(9)), later);

        assertThat(entries.update(edited)).isTrue();

        assertThat(entries.find(ada, original.id())).contains(new JournalEntry(original.id(), ada,
                new EntryTitle("Final"), new EntryBody("Rewritten."), T0, later));
    }

    @Test
    void update_of_missing_entry_reports_false_and_creates_nothing() {
        UserId ada = registeredUser(users, "ada");
        JournalEntry neverAdded = entry(ada, "Ghost", T0);

        assertThat(entries.update(neverAdded)).isFalse();

        assertThat(entries.find(ada, neverAdded.id())).isEmpty();
        assertThat(entries.page(ada, new PageRequest(0, 10)).totalItems()).isZero();
    }

    @Test
    void delete_removes_the_entry_and_reports_only_the_first_time() {
        UserId ada = registeredUser(users, "ada");
        JournalEntry doomed = entry(ada, "Doomed", T0);
        JournalEntry kept = entry(ada, "Kept", T0.plusSeconds(1));
        entries.add(doomed);
        entries.add(kept);

        assertThat(entries.delete(ada, doomed.id())).isTrue();
        assertThat(entries.delete(ada, doomed.id())).isFalse();

        assertThat(entries.find(ada, doomed.id())).isEmpty();
        assertThat(entries.find(ada, kept.id())).contains(kept);
    }

    @Test
    void page_is_newest_first_and_counts_all() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        JournalEntry first = entry(ada, "1", T0);
        JournalEntry second = entry(ada, "2", T0.plusSeconds(10));
        JournalEntry third = entry(ada, "3", T0.plusSeconds(20));
        JournalEntry fourth = entry(ada, "4", T0.plusSeconds(30));
        JournalEntry fifth = entry(ada, "5", T0.plusSeconds(40));
        // Added out of order, and with someone else's entry in between, so neither can pass for the order.
        entries.add(third);
        entries.add(first);
        entries.add(entry(bob, "Bob's", T0.plusSeconds(25)));
        entries.add(fifth);
        entries.add(second);
        entries.add(fourth);

        Page<JournalEntry> page0 = entries.page(ada, new PageRequest(0, 2));
        Page<JournalEntry> page1 = entries.page(ada, new PageRequest(1, 2));
        Page<JournalEntry> page2 = entries.page(ada, new PageRequest(2, 2));

        assertThat(page0.items()).containsExactly(fifth, fourth);
        assertThat(page1.items()).containsExactly(third, second);
        assertThat(page2.items()).containsExactly(first);
        assertThat(page0.totalItems()).isEqualTo(5);
        assertThat(page1.totalItems()).isEqualTo(5);
        assertThat(page2.totalItems()).isEqualTo(5);
        assertThat(page1.page()).isEqualTo(1);
        assertThat(page1.size()).isEqualTo(2);
    }

    @Test
    void page_past_the_end_is_empty_but_still_counts_all() {
        UserId ada = registeredUser(users, "ada");
        entries.add(entry(ada, "1", T0));
        entries.add(entry(ada, "2", T0.plusSeconds(1)));

        Page<JournalEntry> page = entries.page(ada, new PageRequest(5, 10));

        assertThat(page.items()).isEmpty();
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void entries_created_at_the_same_instant_are_ordered_by_id_descending_as_the_database_orders_uuids() {
        UserId ada = registeredUser(users, "ada");
        // The first hex digit decides; 8..f sort after 0..7 in PostgreSQL although UUID.compareTo says otherwise.
        JournalEntry low = entry(ada, new EntryId(uuidStartingWith(0x0)), "low", T0);
        JournalEntry belowHalf = entry(ada, new EntryId(uuidStartingWith(0x7)), "below half", T0);
        JournalEntry aboveHalf = entry(ada, new EntryId(uuidStartingWith(0x8)), "above half", T0);
        JournalEntry high = entry(ada, new EntryId(uuidStartingWith(0xf)), "high", T0);
        entries.add(belowHalf);
        entries.add(high);
        entries.add(low);
        entries.add(aboveHalf);

        assertThat(entries.page(ada, new PageRequest(0, 10)).items())
                .containsExactly(high, aboveHalf, belowHalf, low);
    }

    @Test
    void timestamps_are_kept_to_the_microsecond() {
        UserId ada = registeredUser(users, "ada");
        JournalEntry precise = entry(ada, "Precise", T0.plusNanos(123_456_789));

        entries.add(precise);

        JournalEntry found = entries.find(ada, precise.id()).orElseThrow();
        assertThat(found.createdAt()).isEqualTo(T0.plusNanos(123_456_000));
        assertThat(found.updatedAt()).isEqualTo(T0.plusNanos(123_456_000));
    }

    @Test
    void adding_an_entry_with_a_taken_id_fails() {
        UserId ada = registeredUser(users, "ada");
        JournalEntry original = entry(ada, "Original", T0);
        entries.add(original);
        JournalEntry impostor = entry(ada, original.id(), "Impostor", T0.plusSeconds(1));

        assertThatThrownBy(() -> entries.add(impostor)).isInstanceOf(RuntimeException.class);

        assertThat(entries.find(ada, original.id())).contains(original);
    }

    @Test
    void for_each_oldest_first_hands_on_every_entry_of_the_owner_only_in_creation_order_across_pages() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        var expected = new java.util.ArrayList<JournalEntry>();
        // More than a page of the jOOQ adapter (200), with ties on the creation time.
        for (int i = 0; i < 450; i++) {
            var entry = entry(ada, "entry " + i, T0.plusSeconds(i / 3));
            entries.add(entry);
            expected.add(entry);
        }
        entries.add(entry(bob, "Bob's", T0.plusSeconds(5)));
        var seen = new java.util.ArrayList<JournalEntry>();

        entries.forEachOldestFirst(ada, seen::add);

        var newestFirst = new java.util.ArrayList<JournalEntry>();
        for (int page = 0; page < 5; page++) {
            newestFirst.addAll(entries.page(ada, new PageRequest(page, 100)).items());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(seen).as("exactly the page order, reversed").containsExactlyElementsOf(newestFirst.reversed());
    }

    @Test
    void add_all_stores_every_entry_with_every_field() {
        UserId ada = registeredUser(users, "ada");
        var batch = new java.util.ArrayList<JournalEntry>();
        for (int i = 0; i < 25; i++) {
            batch.add(new JournalEntry(EntryId.random(), ada, new EntryTitle("Imported " + i),
                    new EntryBody("Body " + i + "\n"), T0.plusSeconds(i), T0.plusSeconds(1000 + i)));
        }

        entries.addAll(batch);

        for (var entry : batch) {
            assertThat(entries.find(ada, entry.id())).contains(entry);
        }
    }

    @Test
    void add_all_with_a_taken_id_fails_and_adds_none() {
        UserId ada = registeredUser(users, "ada");
        JournalEntry original = entry(ada, "Original", T0);
        entries.add(original);
        JournalEntry fresh = entry(ada, "Fresh", T0.plusSeconds(2));
        JournalEntry impostor = entry(ada, original.id(), "Impostor", T0.plusSeconds(1));

        assertThatThrownBy(() -> entries.addAll(java.util.List.of(fresh, impostor)))
                .isInstanceOf(RuntimeException.class);

        assertThat(entries.find(ada, fresh.id())).isEmpty();
        assertThat(entries.find(ada, original.id())).contains(original);
    }

    @Test
    void ids_in_use_tells_own_from_others_and_nothing_more() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        JournalEntry adas = entry(ada, "Ada's", T0);
        JournalEntry bobs = entry(bob, "Bob's", T0);
        entries.add(adas);
        entries.add(bobs);
        EntryId free = EntryId.random();

        var inUse = entries.idsInUse(ada, java.util.List.of(adas.id(), bobs.id(), free));

        assertThat(inUse.own()).containsExactly(adas.id());
        assertThat(inUse.others()).containsExactly(bobs.id());
    }

    @Test
    void titles_at_in_use_are_the_owners_only_and_match_to_the_microsecond() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        Instant at = T0.plusNanos(123_456_000);
        entries.add(entry(ada, "Same title", at));
        entries.add(entry(bob, "Bob's title", at));

        var found = entries.titlesAtInUse(ada, java.util.List.of(
                new JournalEntries.TitleAt("Same title", at),
                new JournalEntries.TitleAt("Same title", at.plusNanos(1000)),
                new JournalEntries.TitleAt("Other title", at),
                new JournalEntries.TitleAt("Bob's title", at)));

        assertThat(found).containsExactly(new JournalEntries.TitleAt("Same title", at));
    }

    private static JournalEntry entry(UserId owner, String title, Instant createdAt) {
        return entry(owner, EntryId.random(), title, createdAt);
    }

    private static JournalEntry entry(UserId owner, EntryId id, String title, Instant createdAt) {
        return JournalEntry.write(id, owner, new EntryTitle(title), new EntryBody("Body of " + title), createdAt);
    }

    private static UUID uuidStartingWith(int firstHexDigit) {
        var random = ThreadLocalRandom.current();
        long high = ((long) firstHexDigit << 60) | (random.nextLong() >>> 4);
        return new UUID(high, random.nextLong());
    }
}
