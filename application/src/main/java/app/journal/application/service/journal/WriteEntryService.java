package app.journal.application.service.journal;

import app.journal.application.port.in.journal.WriteEntry;
import app.journal.application.port.out.JournalEntries;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.entry.JournalEntry;
import java.time.Clock;

public final class WriteEntryService implements WriteEntry {

    private final JournalEntries entries;
    private final Clock clock;

    public WriteEntryService(JournalEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public JournalEntry write(WriteEntryCommand command) {
        var entry = JournalEntry.write(EntryId.random(), command.owner(), new EntryTitle(command.title()),
                new EntryBody(command.body()), clock.instant());
        entries.add(entry);
        return entry;
    }
}
