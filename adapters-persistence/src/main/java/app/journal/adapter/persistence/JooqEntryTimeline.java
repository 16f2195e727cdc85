package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.JOURNAL_ENTRIES;

import app.journal.application.port.journal.EntryCursor;
import app.journal.application.port.journal.EntrySlice;
import app.journal.application.port.journal.TimeRange;
import app.journal.application.port.out.EntryTimeline;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * An owner's entries along time, read off the index {@code (owner_id, created_at DESC, id DESC)}: a keyset page is
 * one index range scan wherever it starts (benchmarks/README.md, "Search and time").
 *
 * @see "docs/decisions/0027-search-and-time.md"
 */
public final class JooqEntryTimeline implements EntryTimeline {

    /** "On this day" looks this many years back: one short index range per year. */
    static final int YEARS_BACK = 100;

    private final DSLContext dsl;

    public JooqEntryTimeline(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public EntrySlice slice(UserId owner, TimeRange range, @Nullable EntryCursor after, int size) {
        Condition inRange = JOURNAL_ENTRIES.OWNER_ID.eq(owner.value()).and(within(range));
        Condition page = after == null ? inRange : inRange.and(DSL.row(JOURNAL_ENTRIES.CREATED_AT, JOURNAL_ENTRIES.ID)
                .lt(toDb(after.createdAt()), after.id().value()));
        var rows = dsl.selectFrom(JOURNAL_ENTRIES)
                .where(page)
                .orderBy(JOURNAL_ENTRIES.CREATED_AT.desc(), JOURNAL_ENTRIES.ID.desc())
                .limit(size + 1)
                .fetch(JooqJournalEntries::toDomain);
        long total = dsl.fetchCount(JOURNAL_ENTRIES, inRange);
        if (rows.size() <= size) {
            return new EntrySlice(rows, null, total);
        }
        var items = rows.subList(0, size);
        var last = items.getLast();
        return new EntrySlice(items, new EntryCursor(last.createdAt(), last.id()), total);
    }

    /**
     * The day in each of the {@value #YEARS_BACK} years before {@code before}, as instants computed here in the
     * person's zone (PostgreSQL's zone names and Java's need not agree), then one index range scan per day.
     */
    @Override
    public List<JournalEntry> onThisDay(UserId owner, MonthDay day, ZoneId zone, Instant before, int limit) {
        int lastYear = before.atZone(zone).getYear();
        var starts = new ArrayList<OffsetDateTime>();
        var ends = new ArrayList<OffsetDateTime>();
        for (int year = lastYear; year > lastYear - YEARS_BACK; year--) {
            if (!day.isValidYear(year)) {
                continue; // 29 February only in leap years
            }
            LocalDate date = day.atYear(year);
            Instant start = date.atStartOfDay(zone).toInstant();
            if (!start.isBefore(before)) {
                continue;
            }
            starts.add(toDb(start));
            ends.add(toDb(date.plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (starts.isEmpty()) {
            return List.of();
        }
        var days = DSL.table("unnest({0}::timestamptz[], {1}::timestamptz[])",
                DSL.val(starts.toArray(OffsetDateTime[]::new)), DSL.val(ends.toArray(OffsetDateTime[]::new)))
                .as("d", "day_start", "day_end");
        return dsl.select(JOURNAL_ENTRIES.fields())
                .from(days)
                .join(JOURNAL_ENTRIES)
                .on(JOURNAL_ENTRIES.OWNER_ID.eq(owner.value()),
                        JOURNAL_ENTRIES.CREATED_AT.ge(DSL.field(DSL.name("d", "day_start"), OffsetDateTime.class)),
                        JOURNAL_ENTRIES.CREATED_AT.lt(DSL.field(DSL.name("d", "day_end"), OffsetDateTime.class)))
                .orderBy(JOURNAL_ENTRIES.CREATED_AT.desc(), JOURNAL_ENTRIES.ID.desc())
                .limit(limit)
                .fetch(r -> JooqJournalEntries.toDomain(r.into(JOURNAL_ENTRIES)));
    }

    static Condition within(TimeRange range) {
        Condition c = DSL.noCondition();
        if (range.from() != null) {
            c = c.and(JOURNAL_ENTRIES.CREATED_AT.ge(toDb(range.from())));
        }
        if (range.until() != null) {
            c = c.and(JOURNAL_ENTRIES.CREATED_AT.lt(toDb(range.until())));
        }
        return c;
    }

}
