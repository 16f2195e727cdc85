package app.journal.application.service.journal;

import app.journal.application.port.in.journal.DeleteEntry;
import app.journal.application.port.in.journal.EntryNotFoundException;
import app.journal.application.port.out.JournalEntries;

public final class DeleteEntryService implements DeleteEntry {

    private final JournalEntries entries;

    public DeleteEntryService(JournalEntries entries) {
        this.entries = entries;
    }

    @Override
    public void delete(DeleteEntryCommand command) {
        if (!entries.delete(command.owner(), command.id())) {
            throw new EntryNotFoundException(command.id());
        }
    }
}
