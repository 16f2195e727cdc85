package app.journal.application.port.journal;

import app.journal.domain.entry.JournalEntry;

/** One search result: the entry, its rank, its title and a short snippet of its body with the matches marked. */
public record SearchHit(JournalEntry entry, float rank, Highlighted title, Highlighted snippet) {}
