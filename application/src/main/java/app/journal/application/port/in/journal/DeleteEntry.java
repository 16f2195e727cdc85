package app.journal.application.port.in.journal;

import app.journal.domain.entry.EntryId;
import app.journal.domain.user.UserId;

public interface DeleteEntry {

    /** @throws EntryNotFoundException when the caller owns no such entry */
    void delete(DeleteEntryCommand command);

    record DeleteEntryCommand(UserId owner, EntryId id) {}
}
