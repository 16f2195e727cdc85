package app.journal.application.service.journal;

import app.journal.application.port.in.journal.EditEntry;
import app.journal.application.port.in.journal.EntryNotFoundException;
import app.journal.application.port.out.JournalEntries;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.entry.JournalEntry;
import java.time.Clock;

public final class EditEntryService implements EditEntry {

    private final JournalEntries entries;
    private final Clock clock;

    public EditEntryService(JournalEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public JournalEntry edit(EditEntryCommand command) {
        // Validate before touching storage, so bad input never costs a query.
        var title = new EntryTitle(command.title());
        var body = new EntryBody(command.body());
        var edited = entries.find(command.owner(), command.id())
                .map(entry -> entry.edit(title, body, clock.instant()))
                .orElseThrow(() -> new EntryNotFoundException(command.id()));
        if (!entries.update(edited)) {
            throw new EntryNotFoundException(command.id()); // deleted in between
        }
        return edited;
    }
}
