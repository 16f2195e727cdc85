package app.journal.adapter.persistence;

import app.journal.adapter.persistence.testing.TestDatabase;
import app.journal.application.port.out.JournalEntries;
import app.journal.application.port.out.Users;
import app.journal.application.testing.JournalEntriesContract;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The journal-entries contract on a real, migrated PostgreSQL (one database for the class). */
class JooqJournalEntriesContractTest extends JournalEntriesContract {

    private static TestDatabase database;
    private static DSLContext dsl;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create("jooq_journal_entries");
        database.migrate();
        dsl = DSL.using(database.dataSource(), SQLDialect.POSTGRES);
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected JournalEntries journalEntries() {
        return new JooqJournalEntries(dsl);
    }

    @Override
    protected Users users() {
        return new JooqUsers(dsl);
    }
}
