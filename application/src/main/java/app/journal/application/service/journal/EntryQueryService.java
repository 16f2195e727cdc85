package app.journal.application.service.journal;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.in.journal.EntryQueries;
import app.journal.application.port.out.JournalEntries;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.util.Optional;

public final class EntryQueryService implements EntryQueries {

    private final JournalEntries entries;

    public EntryQueryService(JournalEntries entries) {
        this.entries = entries;
    }

    @Override
    public Page<JournalEntry> list(UserId owner, PageRequest request) {
        return entries.page(owner, request);
    }

    @Override
    public Optional<JournalEntry> find(UserId owner, EntryId id) {
        return entries.find(owner, id);
    }
}
