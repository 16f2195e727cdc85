package app.journal.adapter.persistence;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.JournalEntries;
import app.journal.application.port.out.Users;
import app.journal.application.testing.JournalEntriesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The journal-entries contract on a real, migrated PostgreSQL (one database for the class). */
class JooqJournalEntriesContractTest extends JournalEntriesContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_journal_entries");

    @Override
    protected JournalEntries journalEntries() {
        return new JooqJournalEntries(db.dsl());
    }

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }
}
