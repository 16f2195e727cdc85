package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.JOURNAL_ENTRIES;

import app.journal.adapter.persistence.jooq.tables.records.JournalEntriesRecord;
import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.application.port.out.JournalEntries;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Journal entries in {@code journal_entries}. Every statement is scoped to the owner. */
public final class JooqJournalEntries implements JournalEntries {

    private final DSLContext dsl;

    public JooqJournalEntries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(JournalEntry entry) {
        dsl.insertInto(JOURNAL_ENTRIES)
                .set(JOURNAL_ENTRIES.ID, entry.id().value())
                .set(JOURNAL_ENTRIES.OWNER_ID, entry.ownerId().value())
                .set(JOURNAL_ENTRIES.TITLE, entry.title().value())
                .set(JOURNAL_ENTRIES.BODY, entry.body().value())
                .set(JOURNAL_ENTRIES.CREATED_AT, toDb(entry.createdAt()))
                .set(JOURNAL_ENTRIES.UPDATED_AT, toDb(entry.updatedAt()))
                .execute();
    }

    @Override
    public Optional<JournalEntry> find(UserId owner, EntryId id) {
        return dsl.selectFrom(JOURNAL_ENTRIES)
                .where(ownedBy(owner), JOURNAL_ENTRIES.ID.eq(id.value()))
                .fetchOptional()
                .map(JooqJournalEntries::toDomain);
    }

    @Override
    public boolean update(JournalEntry entry) {
        return dsl.update(JOURNAL_ENTRIES)
                .set(JOURNAL_ENTRIES.TITLE, entry.title().value())
                .set(JOURNAL_ENTRIES.BODY, entry.body().value())
                .set(JOURNAL_ENTRIES.UPDATED_AT, toDb(entry.updatedAt()))
                .where(ownedBy(entry.ownerId()), JOURNAL_ENTRIES.ID.eq(entry.id().value()))
                .execute() == 1;
    }

    @Override
    public boolean delete(UserId owner, EntryId id) {
        return dsl.deleteFrom(JOURNAL_ENTRIES)
                .where(ownedBy(owner), JOURNAL_ENTRIES.ID.eq(id.value()))
                .execute() == 1;
    }

    @Override
    public Page<JournalEntry> page(UserId owner, PageRequest request) {
        // Two statements, not one: a page past the end has no rows to carry a window count on.
        var items = dsl.selectFrom(JOURNAL_ENTRIES)
                .where(ownedBy(owner))
                .orderBy(JOURNAL_ENTRIES.CREATED_AT.desc(), JOURNAL_ENTRIES.ID.desc())
                .limit(request.size())
                .offset(request.offset())
                .fetch(JooqJournalEntries::toDomain);
        long total = dsl.fetchCount(JOURNAL_ENTRIES, ownedBy(owner));
        return new Page<>(items, request.page(), request.size(), total);
    }

    /**
     * Keyset pages of {@value #EXPORT_PAGE} rows, oldest first: each page is one short statement, so no
     * connection or transaction is held while the caller writes a page out (to a slow client, say), and
     * memory stays bounded by one page however large the journal.
     */
    @Override
    public void forEachOldestFirst(UserId owner, java.util.function.Consumer<JournalEntry> sink) {
        JournalEntriesRecord last = null;
        while (true) {
            var query = dsl.selectFrom(JOURNAL_ENTRIES).where(ownedBy(owner));
            var page = (last == null ? query : query.and(org.jooq.impl.DSL.row(JOURNAL_ENTRIES.CREATED_AT,
                            JOURNAL_ENTRIES.ID).gt(last.getCreatedAt(), last.getId())))
                    .orderBy(JOURNAL_ENTRIES.CREATED_AT.asc(), JOURNAL_ENTRIES.ID.asc())
                    .limit(EXPORT_PAGE)
                    .fetch();
            page.forEach(row -> sink.accept(toDomain(row)));
            if (page.size() < EXPORT_PAGE) {
                return;
            }
            last = page.get(page.size() - 1);
        }
    }

    /** One multi-row INSERT: a round trip per batch, not per entry (see docs/decisions/0029-import.md). */
    @Override
    public void addAll(java.util.List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(JOURNAL_ENTRIES, JOURNAL_ENTRIES.ID, JOURNAL_ENTRIES.OWNER_ID,
                JOURNAL_ENTRIES.TITLE, JOURNAL_ENTRIES.BODY, JOURNAL_ENTRIES.CREATED_AT, JOURNAL_ENTRIES.UPDATED_AT);
        for (var entry : entries) {
            insert = insert.values(entry.id().value(), entry.ownerId().value(), entry.title().value(),
                    entry.body().value(), toDb(entry.createdAt()), toDb(entry.updatedAt()));
        }
        insert.execute();
    }

    /** A transaction-scoped advisory lock keyed by the owner: released by the commit or rollback. */
    @Override
    public void lockImports(UserId owner) {
        dsl.resultQuery("SELECT pg_advisory_xact_lock(hashtextextended('journal-import:' || ?, 0))",
                owner.value().toString()).fetch();
    }

    /** By primary key; only whether the owner is the caller leaves this method, never who it is. */
    @Override
    public IdsInUse idsInUse(UserId owner, java.util.Collection<EntryId> ids) {
        var own = new java.util.HashSet<EntryId>();
        var others = new java.util.HashSet<EntryId>();
        if (ids.isEmpty()) {
            return new IdsInUse(own, others);
        }
        dsl.select(JOURNAL_ENTRIES.ID, JOURNAL_ENTRIES.OWNER_ID.eq(owner.value()))
                .from(JOURNAL_ENTRIES)
                .where(JOURNAL_ENTRIES.ID.eq(org.jooq.impl.DSL.any(
                        ids.stream().map(EntryId::value).distinct().toArray(java.util.UUID[]::new))))
                .forEach(row -> (Boolean.TRUE.equals(row.value2()) ? own : others).add(new EntryId(row.value1())));
        return new IdsInUse(own, others);
    }

    /** Served by the (owner, created) index: the owner's rows at those times, their titles compared here. */
    @Override
    public java.util.Set<TitleAt> titlesAtInUse(UserId owner, java.util.Collection<TitleAt> keys) {
        var found = new java.util.HashSet<TitleAt>();
        if (keys.isEmpty()) {
            return found;
        }
        var wanted = new java.util.HashSet<TitleAt>();
        keys.forEach(key -> wanted.add(new TitleAt(key.title(), fromDb(toDb(key.createdAt())))));
        dsl.select(JOURNAL_ENTRIES.TITLE, JOURNAL_ENTRIES.CREATED_AT)
                .from(JOURNAL_ENTRIES)
                // One array parameter (= ANY), an index condition on (owner_id, created_at): an IN list of a
                // thousand parameters was planned as a filter over every row of the owner, seconds a batch.
                .where(ownedBy(owner), JOURNAL_ENTRIES.CREATED_AT.eq(org.jooq.impl.DSL.any(
                        wanted.stream().map(key -> toDb(key.createdAt())).distinct()
                                .toArray(java.time.OffsetDateTime[]::new))))
                .forEach(row -> {
                    var key = new TitleAt(row.value1(), fromDb(row.value2()));
                    if (wanted.contains(key)) {
                        found.add(key);
                    }
                });
        return found;
    }

    static final int EXPORT_PAGE = 200;

    private static Condition ownedBy(UserId owner) {
        return JOURNAL_ENTRIES.OWNER_ID.eq(owner.value());
    }

    /** A stored entry as the domain's; the timeline ({@link JooqEntryTimeline}) maps its rows with it too. */
    static JournalEntry toDomain(JournalEntriesRecord row) {
        return new JournalEntry(
                new EntryId(row.getId()),
                new UserId(row.getOwnerId()),
                new EntryTitle(row.getTitle()),
                new EntryBody(row.getBody()),
                fromDb(row.getCreatedAt()),
                fromDb(row.getUpdatedAt()));
    }
}
