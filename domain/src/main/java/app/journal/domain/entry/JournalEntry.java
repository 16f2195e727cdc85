package app.journal.domain.entry;

import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** One entry of a person's journal. It belongs to exactly one user, forever. */
public record JournalEntry(
        EntryId id, UserId ownerId, EntryTitle title, EntryBody body, Instant createdAt, Instant updatedAt) {

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static JournalEntry write(EntryId id, UserId ownerId, EntryTitle title, EntryBody body, Instant now) {
        return new JournalEntry(id, ownerId, title, body, now, now);
    }

    public JournalEntry edit(EntryTitle newTitle, EntryBody newBody, Instant now) {
        return new JournalEntry(id, ownerId, newTitle, newBody, createdAt, now);
    }

    public boolean isOwnedBy(UserId userId) {
        return ownerId.equals(userId);
    }
}
