package app.journal.application.port.in.journal;

import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.util.Optional;
import java.util.function.Consumer;

/** Everything an account wrote, for download; streamed, never the whole journal in memory. */
public interface ExportJournal {

    /** The address the export names as its account; empty when the account is gone. */
    Optional<EmailAddress> accountEmail(UserId owner);

    /** Every entry of the owner, oldest first, handed to {@code sink} one at a time. */
    void forEachEntry(UserId owner, Consumer<JournalEntry> sink);
}
