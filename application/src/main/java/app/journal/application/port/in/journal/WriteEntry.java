package app.journal.application.port.in.journal;

import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;

public interface WriteEntry {

    JournalEntry write(WriteEntryCommand command);

    record WriteEntryCommand(UserId owner, String title, String body) {}
}
