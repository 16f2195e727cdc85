package app.journal.application.testing;

import static app.journal.application.testing.StorageTime.micros;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.out.JournalEntries;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link JournalEntries} in a map, behaving like the jOOQ adapter (see {@code JournalEntriesContract}):
 * owner-scoped, newest first with PostgreSQL's uuid order as tie-break, microsecond timestamps, and a
 * taken id refused like a primary key would refuse it.
 */
public final class InMemoryJournalEntries implements JournalEntries {

    private static final Comparator<JournalEntry> NEWEST_FIRST = Comparator
            .comparing(JournalEntry::createdAt)
            .thenComparing(entry -> entry.id().value(), StorageTime.UUID_ORDER)
            .reversed();

    private final Map<EntryId, JournalEntry> entries = new LinkedHashMap<>();

    public InMemoryJournalEntries() {}

    @Override
    public synchronized void add(JournalEntry entry) {
        if (entries.containsKey(entry.id())) {
            throw new IllegalStateException("duplicate key: a journal entry with id " + entry.id() + " exists");
        }
        entries.put(entry.id(), new JournalEntry(entry.id(), entry.ownerId(), entry.title(), entry.body(),
                micros(entry.createdAt()), micros(entry.updatedAt())));
    }

    @Override
    public synchronized Optional<JournalEntry> find(UserId owner, EntryId id) {
        return Optional.ofNullable(entries.get(id)).filter(entry -> entry.isOwnedBy(owner));
    }

    @Override
    public synchronized boolean update(JournalEntry entry) {
        JournalEntry stored = entries.get(entry.id());
        if (stored == null || !stored.isOwnedBy(entry.ownerId())) {
            return false;
        }
        // Like the UPDATE: title, body and updated_at only; the creation time is not the caller's to change.
        entries.put(stored.id(), new JournalEntry(stored.id(), stored.ownerId(), entry.title(), entry.body(),
                stored.createdAt(), micros(entry.updatedAt())));
        return true;
    }

    @Override
    public synchronized boolean delete(UserId owner, EntryId id) {
        JournalEntry stored = entries.get(id);
        if (stored == null || !stored.isOwnedBy(owner)) {
            return false;
        }
        entries.remove(id);
        return true;
    }

    @Override
    public synchronized Page<JournalEntry> page(UserId owner, PageRequest request) {
        List<JournalEntry> mine = entries.values().stream()
                .filter(entry -> entry.isOwnedBy(owner))
                .sorted(NEWEST_FIRST)
                .toList();
        List<JournalEntry> items = mine.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(items, request.page(), request.size(), mine.size());
    }

    @Override
    public void forEachOldestFirst(UserId owner, java.util.function.Consumer<JournalEntry> sink) {
        List<JournalEntry> mine;
        synchronized (this) {
            mine = entries.values().stream().filter(entry -> entry.isOwnedBy(owner)).sorted(NEWEST_FIRST.reversed())
                    .toList();
        }
        mine.forEach(sink);
    }

    /** Every stored entry of every owner, in insertion order: for assertions in tests. */
    public synchronized List<JournalEntry> all() {
        return List.copyOf(entries.values());
    }
}
