package app.journal.adapter.rest.entries;

import app.journal.domain.entry.JournalEntry;
import java.time.Instant;
import java.util.UUID;

public record EntryResponse(UUID id, String title, String body, Instant createdAt, Instant updatedAt) {

    static EntryResponse from(JournalEntry entry) {
        return new EntryResponse(entry.id().value(), entry.title().value(), entry.body().value(), entry.createdAt(),
                entry.updatedAt());
    }
}
