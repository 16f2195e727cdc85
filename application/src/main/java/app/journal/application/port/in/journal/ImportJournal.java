package app.journal.application.port.in.journal;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.RateLimitedException;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Brings a journal in: the entries of an export file (Journal's own JSON or Markdown zip) are added to
 * the caller's journal in one unit of work, or, refused, none are. Entries already there (same id in this
 * account, or same title and creation time) are skipped; an id another account holds is replaced by a new
 * one. A dry run answers the same counts and writes nothing.
 *
 * @see "docs/decisions/0029-import.md"
 */
public interface ImportJournal {

    /**
     * @throws ImportRefusedException when the file is malformed, has too many entries or an invalid one:
     *     then nothing was written
     * @throws RateLimitedException after too many imports (previews count too) of this account
     */
    ImportSummary importEntries(ImportCommand command);

    /** @param dryRun count only: nothing is written and no activity is recorded */
    record ImportCommand(UserId owner, SessionId session, ImportSource source, boolean dryRun, ClientInfo client) {

        public ImportCommand {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(client, "client");
        }
    }

    /**
     * @param entries how many entries the file holds
     * @param added how many are (or, in a dry run, would be) added
     * @param duplicates how many are skipped as already in the journal (or earlier in the same file)
     * @param newIds how many of the added ones got a new id (their id was taken by another account)
     */
    record ImportSummary(int entries, int added, int duplicates, int newIds, boolean dryRun) {}

    /**
     * The entries of a file, read one at a time (the file is never whole in memory). Implementations
     * throw {@link ImportRefusedException} as soon as the file turns out malformed.
     */
    @FunctionalInterface
    interface ImportSource {

        void forEach(Consumer<ImportedEntry> sink);
    }

    /**
     * One entry as the file states it, already valid as an entry (title and body within the limits of
     * writing one). {@code id} is null when the file gives none.
     */
    record ImportedEntry(@Nullable UUID id, EntryTitle title, EntryBody body, Instant createdAt, Instant updatedAt) {

        public ImportedEntry {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }
}
