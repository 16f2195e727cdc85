package app.journal.adapter.rest.account;

import app.journal.application.port.in.journal.ImportJournal.ImportedEntry;
import app.journal.application.port.in.journal.ImportRefusedException;
import app.journal.application.port.in.journal.ImportRefusedException.Reason;
import app.journal.domain.InvalidValueException;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryTitle;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an import file as both formats state it (strings), checked like writing an entry:
 * {@code title} and {@code created} are required, {@code updated} defaults to {@code created} and may not be
 * before it, {@code id} is optional. {@code where} names the entry in the refusal ("entry 12", a file name).
 */
final class ImportedEntries {

    private ImportedEntries() {}

    static ImportedEntry of(String where, @Nullable String id, @Nullable String title, @Nullable String body,
            @Nullable String created, @Nullable String updated) {
        if (title == null) {
            throw invalid(where, "has no title.");
        }
        if (created == null) {
            throw invalid(where, "has no creation time.");
        }
        EntryTitle entryTitle;
        EntryBody entryBody;
        try {
            entryTitle = new EntryTitle(title);
            entryBody = new EntryBody(body);
        } catch (InvalidValueException e) {
            throw invalid(where, "is not a valid entry: " + e.getMessage());
        }
        var createdAt = instant(where, "creation", created);
        var updatedAt = updated == null ? createdAt : instant(where, "update", updated);
        if (updatedAt.isBefore(createdAt)) {
            throw invalid(where, "was updated before it was created.");
        }
        return new ImportedEntry(uuid(where, id), entryTitle, entryBody, createdAt, updatedAt);
    }

    private static @Nullable UUID uuid(String where, @Nullable String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            if (id.strip().length() != 36) {
                throw new IllegalArgumentException("not 36 characters");
            }
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(where, "has an id that is not a UUID.");
        }
    }

    private static Instant instant(String where, String which, String value) {
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(where, "has a " + which + " time that is not an ISO-8601 instant (like 2026-01-31T08:15:00Z).");
        }
    }

    static ImportRefusedException invalid(String where, String what) {
        return new ImportRefusedException(Reason.INVALID_ENTRY, capitalised(where) + " " + what);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
