package app.journal.application.port.in.journal;

import app.journal.domain.entry.EntryId;

/** No entry with this id belongs to the caller (whether it exists for someone else is not said). */
public final class EntryNotFoundException extends RuntimeException {

    public EntryNotFoundException(EntryId id) {
        super("No entry " + id);
    }
}
