package app.journal.application.testing;

import app.journal.application.port.out.JournalEntries;
import app.journal.application.port.out.Users;

class InMemoryJournalEntriesContractTest extends JournalEntriesContract {

    @Override
    protected JournalEntries journalEntries() {
        return new InMemoryJournalEntries();
    }

    @Override
    protected Users users() {
        return new InMemoryUsers();
    }
}
