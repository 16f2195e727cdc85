package app.journal.application.port.in.journal;

import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;

public interface EditEntry {

    /** @throws EntryNotFoundException when the caller owns no such entry */
    JournalEntry edit(EditEntryCommand command);

    record EditEntryCommand(UserId owner, EntryId id, String title, String body) {}
}
