package app.journal.application.port.journal;

import app.journal.domain.entry.EntryId;
import java.time.Instant;
import java.util.Objects;

/** Where a newest-first page ended: the last entry's creation time and id (the keyset). */
public record EntryCursor(Instant createdAt, EntryId id) {

    public EntryCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
