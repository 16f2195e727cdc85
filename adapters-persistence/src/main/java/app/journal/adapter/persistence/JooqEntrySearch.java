package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.toDb;

import app.journal.application.port.journal.Highlighted;
import app.journal.application.port.journal.SearchCursor;
import app.journal.application.port.journal.SearchHit;
import app.journal.application.port.journal.SearchLanguageSetting;
import app.journal.application.port.journal.SearchResults;
import app.journal.application.port.journal.TimeRange;
import app.journal.application.port.out.EntrySearch;
import app.journal.domain.entry.EntryBody;
import app.journal.domain.entry.EntryId;
import app.journal.domain.entry.EntryTitle;
import app.journal.domain.entry.JournalEntry;
import app.journal.domain.entry.SearchLanguage;
import app.journal.domain.entry.SearchQuery;
import app.journal.domain.user.UserId;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search over the generated {@code journal_entries.search_vector} (V13), always scoped to one owner.
 * Plain SQL with bind values: jOOQ's generated classes do not know the fenced search columns.
 *
 * <p>Snippets come from {@code ts_headline} on the returned page only, with two private-use characters as
 * markers (removed from the text first), turned into plain text plus ranges: nothing here is HTML.
 *
 * @see "docs/decisions/0027-search-and-time.md"
 */
public final class JooqEntrySearch implements EntrySearch {

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final String MARKERS = "StartSel=" + OPEN + ", StopSel=" + CLOSE;
    static final String TITLE_OPTIONS = MARKERS + ", HighlightAll=true";
    static final String BODY_OPTIONS = MARKERS
            + ", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    /**
     * The search statement, written out with only the clauses this search needs (no {@code ? IS NULL OR}), so
     * that the planner sees the constant tsquery and estimates how common its words are. {@code %1$s} is the
     * tsquery expression; {@code %2$s} the range clauses; {@code %3$s} the cursor clause.
     */
    static final String STATEMENT = """
            SELECT h.id, h.owner_id, h.title, h.body, h.created_at, h.updated_at, h.rank,
                   ts_headline(h.cfg, translate(h.title, ?, ''), %1$s, ?) AS title_marked,
                   ts_headline(h.cfg, translate(h.body, ?, ''), %1$s, ?) AS body_marked
              FROM (SELECT e.id, e.owner_id, e.title, e.body, e.created_at, e.updated_at, e.search_config AS cfg,
                           ts_rank_cd(e.search_vector, %1$s) AS rank
                      FROM journal_entries e
                     WHERE e.owner_id = ?
                       AND e.search_vector @@ %1$s%2$s
                    ) h%3$s
             ORDER BY h.rank DESC, h.id
             LIMIT ?
            """;

    private final DSLContext dsl;

    public JooqEntrySearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SearchResults search(UserId owner, SearchQuery query, TimeRange range, @Nullable SearchCursor after,
            int size) {
        String config = config(language(owner).language());
        var parts = queryParts(query);
        String markers = String.valueOf(OPEN) + CLOSE;
        var binds = new ArrayList<Object>();
        binds.add(markers);
        addQuery(binds, config, parts);
        binds.add(TITLE_OPTIONS);
        binds.add(markers);
        addQuery(binds, config, parts);
        binds.add(BODY_OPTIONS);
        addQuery(binds, config, parts);
        binds.add(owner.value());
        addQuery(binds, config, parts);
        var rangeClauses = new StringBuilder();
        if (range.from() != null) {
            rangeClauses.append("\n                       AND e.created_at >= ?::timestamptz");
            binds.add(toDb(range.from()));
        }
        if (range.until() != null) {
            rangeClauses.append("\n                       AND e.created_at < ?::timestamptz");
            binds.add(toDb(range.until()));
        }
        String cursorClause = "";
        if (after != null) {
            cursorClause = "\n             WHERE h.rank < ?::real OR (h.rank = ?::real AND h.id > ?)";
            binds.add(after.rank());
            binds.add(after.rank());
            binds.add(after.id().value());
        }
        binds.add(size + 1);
        String sql = STATEMENT.formatted(queryExpression(parts, query.prefixAfterOr()), rangeClauses, cursorClause);
        var rows = dsl.fetch(sql, binds.toArray());
        var hits = rows.stream().limit(size).map(JooqEntrySearch::toHit).toList();
        if (rows.size() <= size) {
            return new SearchResults(hits, null);
        }
        var last = hits.getLast();
        return new SearchResults(hits, new SearchCursor(last.rank(), last.entry().id()));
    }

    /** The query's parts: the websearch head (may be absent) and the prefix word (may be absent). */
    static List<String[]> queryParts(SearchQuery query) {
        var parts = new ArrayList<String[]>();
        if (!query.head().isEmpty()) {
            parts.add(new String[] {"websearch_to_tsquery(?::regconfig, ?)", query.head()});
        }
        if (query.prefix() != null) {
            parts.add(new String[] {"to_tsquery(?::regconfig, ? || ':*')", query.prefix()});
        }
        return parts;
    }

    /**
     * {@code head && prefix:*} ({@code ||} after a trailing "or"), or either alone; each part binds a config and a
     * text.
     */
    static String queryExpression(List<String[]> parts, boolean orPrefix) {
        return "(" + String.join(orPrefix ? " || " : " && ", parts.stream().map(p -> p[0]).toList()) + ")";
    }

    private static void addQuery(List<Object> binds, String config, List<String[]> parts) {
        for (String[] part : parts) {
            binds.add(config);
            binds.add(part[1]);
        }
    }

    static String config(SearchLanguage language) {
        return "public.journal_" + language.name();
    }

    @Override
    public SearchLanguageSetting language(UserId owner) {
        String name = dsl.fetchOptional("SELECT search_language FROM users WHERE id = ?", owner.value())
                .map(r -> r.get(0, String.class))
                .orElse(null);
        return name == null ? new SearchLanguageSetting(SearchLanguage.SIMPLE, false)
                : new SearchLanguageSetting(new SearchLanguage(name), true);
    }

    /** One statement: the account's setting and every one of its entries' configuration (which re-indexes them). */
    @Override
    public void chooseLanguage(UserId owner, SearchLanguage language) {
        String config = config(language);
        dsl.execute("""
                WITH account AS (UPDATE users SET search_language = ? WHERE id = ? RETURNING id)
                UPDATE journal_entries SET search_config = ?::regconfig
                 WHERE owner_id IN (SELECT id FROM account) AND search_config <> ?::regconfig
                """, language.name(), owner.value(), config, config);
    }

    private static SearchHit toHit(Record row) {
        var entry = new JournalEntry(
                new EntryId(row.get("id", UUID.class)),
                new UserId(row.get("owner_id", UUID.class)),
                new EntryTitle(row.get("title", String.class)),
                new EntryBody(row.get("body", String.class)),
                fromDb(row.get("created_at", OffsetDateTime.class)),
                fromDb(row.get("updated_at", OffsetDateTime.class)));
        return new SearchHit(entry, row.get("rank", Float.class),
                Highlighted.fromMarked(row.get("title_marked", String.class), OPEN, CLOSE),
                Highlighted.fromMarked(row.get("body_marked", String.class), OPEN, CLOSE));
    }
}
