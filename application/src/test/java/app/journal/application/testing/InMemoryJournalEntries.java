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

    @Override
    public synchronized void addAll(List<JournalEntry> batch) {
        var ids = new java.util.HashSet<EntryId>();
        for (var entry : batch) {
            if (entries.containsKey(entry.id()) || !ids.add(entry.id())) {
                throw new IllegalStateException("duplicate key: a journal entry with id " + entry.id() + " exists");
            }
        }
        batch.forEach(this::add);
    }

    /** Nothing to hold: the unit tests run one import at a time (the lock is proved on PostgreSQL). */
    @Override
    public void lockImports(UserId owner) {
    }

    @Override
    public synchronized IdsInUse idsInUse(UserId owner, java.util.Collection<EntryId> ids) {
        var own = new java.util.HashSet<EntryId>();
        var others = new java.util.HashSet<EntryId>();
        for (var id : ids) {
            var stored = entries.get(id);
            if (stored != null) {
                (stored.isOwnedBy(owner) ? own : others).add(id);
            }
        }
        return new IdsInUse(own, others);
    }

    @Override
    public synchronized java.util.Set<TitleAt> titlesAtInUse(UserId owner, java.util.Collection<TitleAt> keys) {
        var wanted = new java.util.HashSet<TitleAt>();
        keys.forEach(key -> wanted.add(new TitleAt(key.title(), micros(key.createdAt()))));
        var found = new java.util.HashSet<TitleAt>();
        entries.values().stream().filter(entry -> entry.isOwnedBy(owner))
                .map(entry -> new TitleAt(entry.title().value(), entry.createdAt()))
                .filter(wanted::contains).forEach(found::add);
        return found;
    }

    /** Every stored entry of every owner, in insertion order: for assertions in tests. */
    public synchronized List<JournalEntry> all() {
        return List.copyOf(entries.values());
    }
}
