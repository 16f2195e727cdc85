package app.journal.application.port.out;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.util.Optional;

/** Every journal entry, always seen through its owner: no method reaches another user's entry. */
public interface JournalEntries {

    void add(JournalEntry entry);

    Optional<JournalEntry> find(UserId owner, EntryId id);

    /** Replaces title, body and updatedAt of the entry with this id and owner; false when none. */
    boolean update(JournalEntry entry);

    boolean delete(UserId owner, EntryId id);

    /** Newest first (created, then id, both descending), so pages are stable. */
    Page<JournalEntry> page(UserId owner, PageRequest request);

    /**
     * Hands every entry of the owner to {@code sink}, oldest first (created, then id, ascending),
     * without holding the whole journal in memory: implementations read it in bounded pages.
     */
    void forEachOldestFirst(UserId owner, java.util.function.Consumer<JournalEntry> sink);

    /**
     * Adds every entry in one statement (or a few): for imports. A taken id fails like {@link #add}, and
     * then none of them is added.
     */
    void addAll(java.util.List<JournalEntry> entries);

    /**
     * Which of {@code ids} are in use: by the owner ({@link IdsInUse#own}) or by any other account
     * ({@link IdsInUse#others}); says nothing else about another account's entries.
     */
    IdsInUse idsInUse(UserId owner, java.util.Collection<EntryId> ids);

    /** Which of the (title, creation time) pairs the owner already has an entry for. */
    java.util.Set<TitleAt> titlesAtInUse(UserId owner, java.util.Collection<TitleAt> keys);

    /**
     * Holds, until the surrounding transaction ends, the owner's import lock: a second import into the same
     * account waits for the first to commit and then sees its entries as duplicates, instead of colliding on
     * an id. Reading and writing single entries do not take it.
     */
    void lockImports(UserId owner);

    record IdsInUse(java.util.Set<EntryId> own, java.util.Set<EntryId> others) {}

    /** An entry's title and creation time (to the microsecond, as stored): what makes it the same entry. */
    record TitleAt(String title, java.time.Instant createdAt) {}
}
