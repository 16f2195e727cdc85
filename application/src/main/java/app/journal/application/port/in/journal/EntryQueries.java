package app.journal.application.port.in.journal;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.util.Optional;

public interface EntryQueries {

    Page<JournalEntry> list(UserId owner, PageRequest request);

    Optional<JournalEntry> find(UserId owner, EntryId id);
}
