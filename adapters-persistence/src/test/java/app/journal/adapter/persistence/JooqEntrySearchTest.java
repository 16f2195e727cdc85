package app.journal.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.journal.TimeRange;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.entry.SearchLanguage;
import app.journal.domain.entry.SearchQuery;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** V13 and the search adapter on a real, migrated PostgreSQL: the trigger and the language switch. */
class JooqEntrySearchTest {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_entry_search");

    private final JooqEntrySearch search = new JooqEntrySearch(db.dsl());
    private final JooqJournalEntries entries = new JooqJournalEntries(db.dsl());
    private final JooqUsers users = new JooqUsers(db.dsl());

    @Test
    void newEntriesTakeTheOwnersLanguageAndChoosingOneReindexesOnlyThatAccount() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        search.chooseLanguage(ada, new SearchLanguage("english"));
        add(ada, "Running");
        add(bob, "Running");

        assertThat(config(ada)).isEqualTo("journal_english");
        assertThat(config(bob)).isEqualTo("journal_simple");
        assertThat(search.search(bob, new SearchQuery("\"runs\""), TimeRange.ALL, null, 10).hits()).isEmpty();

        search.chooseLanguage(bob, new SearchLanguage("english"));

        assertThat(config(bob)).isEqualTo("journal_english");
        assertThat(search.language(bob).chosen()).isTrue();
        var hits = search.search(bob, new SearchQuery("\"runs\""), TimeRange.ALL, null, 10).hits();
        assertThat(hits).extracting(h -> h.entry().ownerId()).containsExactly(bob);
    }

    private UserId registeredUser(JooqUsers store, String name) {
        var id = UserId.random();
        store.addIfEmailFree(User.register(id, new EmailAddress(name + "-" + id + "@example.org"),
                new PasswordHash("unused"), Instant.now()));
        return id;
    }

    private void add(UserId owner, String title) {
        var now = Instant.now();
        entries.add(new JournalEntry(EntryId.random(), owner, new EntryTitle(title), new EntryBody(""), now, now));
    }

    private String config(UserId owner) {
        return db.dsl().fetchSingle("SELECT DISTINCT search_config::text FROM journal_entries WHERE owner_id = ?",
                owner.value()).get(0, String.class);
    }
}
