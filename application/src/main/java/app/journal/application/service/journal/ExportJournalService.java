package app.journal.application.service.journal;

import app.journal.application.port.in.journal.ExportJournal;
import app.journal.application.port.out.JournalEntries;
import app.journal.application.port.out.Users;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.util.Optional;
import java.util.function.Consumer;

/** The export reads the journal through its owner, page by page, and hands each entry on. */
public final class ExportJournalService implements ExportJournal {

    private final Users users;
    private final JournalEntries entries;

    public ExportJournalService(Users users, JournalEntries entries) {
        this.users = users;
        this.entries = entries;
    }

    @Override
    public Optional<EmailAddress> accountEmail(UserId owner) {
        return users.findById(owner).map(User::email);
    }

    @Override
    public void forEachEntry(UserId owner, Consumer<JournalEntry> sink) {
        entries.forEachOldestFirst(owner, sink);
    }
}
