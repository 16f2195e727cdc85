package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.fromDbOrNull;
import static app.journal.adapter.persistence.Timestamps.toDb;

import app.journal.application.port.PageRequest;
import app.journal.application.port.out.AdminDirectory;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The administrators' list of accounts, in SQL as written (a count and one statement a page): a prefix search and the
 * address sort walk {@code users_email_pattern_idx}; "contains" uses the trigram index {@code users_email_trgm_idx};
 * the count stops one past its limit; the row's counts are correlated subqueries on each table's user index, for
 * the page's rows only. Indexes: V11, V12, V14; figures: benchmarks/README.md.
 */
public final class JooqAdminDirectory implements AdminDirectory {

    private static final String COLUMNS = """
            SELECT u.id, u.email, u.created_at, u.last_sign_in_at,
                   u.email_verified_at IS NOT NULL AS verified,
                   EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) AS two_step,
                   (SELECT count(*) FROM passkeys p WHERE p.user_id = u.id) AS passkeys,
                   u.disabled_at IS NOT NULL AS disabled,
                   u.roles @> '["admin"]'::jsonb AS admin,
                   (SELECT count(*) FROM user_sessions s
                     WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > CAST(? AS timestamp with time zone)) AS active_sessions
            """;
    private static final String ROW = COLUMNS + " FROM users u";

    private final DSLContext dsl;

    public JooqAdminDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Listing search(Search search, PageRequest request, int countLimit, Instant now) {
        var where = new StringBuilder(" WHERE TRUE");
        var binds = new ArrayList<Object>();
        if (search.query() != null && !search.query().isBlank()) {
            var escaped = search.query().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.append(" AND u.email LIKE ?");
            binds.add(search.match() == Match.PREFIX ? escaped + "%" : "%" + escaped + "%");
        }
        if (search.filter() != null) {
            where.append(switch (search.filter()) {
                case UNVERIFIED -> " AND u.email_verified_at IS NULL";
                case DISABLED -> " AND u.disabled_at IS NOT NULL";
                case TWO_STEP -> " AND EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL)";
                case NO_TWO_STEP -> " AND NOT EXISTS (SELECT 1 FROM user_totp t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL)";
            });
        }
        var dir = search.descending() ? " DESC" : " ASC";
        var order = switch (search.sort()) {
            // The order of users_email_pattern_idx (byte order), so that its ids are read off the index alone.
            case EMAIL -> " ORDER BY u.email USING " + (search.descending() ? "~>~" : "~<~");
            case CREATED -> " ORDER BY u.created_at" + dir + ", u.id" + dir;
            // Never signed in sorts last either way.
            case LAST_SIGN_IN -> " ORDER BY u.last_sign_in_at" + dir + " NULLS LAST, u.id" + dir;
        };
        // Counted no further than one past the limit: an exact count of 100 000 accounts reads all of them.
        var countBinds = new ArrayList<Object>(binds);
        countBinds.add(countLimit + 1L);
        long counted = ((Number) dsl.fetchValue("SELECT count(*) FROM (SELECT 1 FROM users u" + where + " LIMIT ?) capped",
                countBinds.toArray())).longValue();
        var pageBinds = new ArrayList<Object>();
        pageBinds.add(toDb(now));
        pageBinds.addAll(binds);
        pageBinds.add(request.size());
        pageBinds.add(request.offset());
        // The page's ids first (an index walk with LIMIT), then the columns for those rows only: with the columns'
        // subqueries in one statement PostgreSQL hashed all of user_totp before the LIMIT, and ran the subqueries
        // for every row an OFFSET skips (benchmarks/README.md, "administrators' list").
        var rows = dsl.resultQuery(COLUMNS + " FROM (SELECT u.id FROM users u" + where + order + " LIMIT ? OFFSET ?) page"
                        + " JOIN users u ON u.id = page.id" + order, pageBinds.toArray()).fetch()
                .map(JooqAdminDirectory::toRow);
        return Listing.of(rows, request, counted, countLimit);
    }

    @Override
    public Optional<Row> row(UserId id, Instant now) {
        return dsl.resultQuery(ROW + " WHERE u.id = ?", toDb(now), id.value()).fetchOptional()
                .map(JooqAdminDirectory::toRow);
    }

    @Override
    public int lockAdministrators() {
        return dsl.resultQuery("SELECT id FROM users WHERE roles @> '[\"admin\"]'::jsonb AND disabled_at IS NULL FOR UPDATE").fetch().size();
    }

    private static Row toRow(Record r) {
        return new Row(new UserId(r.get("id", UUID.class)), r.get("email", String.class),
                fromDb(r.get("created_at", OffsetDateTime.class)),
                fromDbOrNull(r.get("last_sign_in_at", OffsetDateTime.class)),
                Boolean.TRUE.equals(r.get("verified", Boolean.class)), Boolean.TRUE.equals(r.get("two_step", Boolean.class)),
                r.get("passkeys", Integer.class), Boolean.TRUE.equals(r.get("disabled", Boolean.class)),
                Boolean.TRUE.equals(r.get("admin", Boolean.class)), r.get("active_sessions", Integer.class));
    }
}
