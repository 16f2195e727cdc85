package app.journal.application.port.out;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Accounts as administrators list them: one row each, with counts of factors and active sessions. */
public interface AdminDirectory {

    /**
     * One page of the accounts {@code search} finds, and how many it finds, counted no further than
     * {@code countLimit}: an exact count at 100 000 accounts would read every one of them on every page.
     */
    Listing search(Search search, PageRequest request, int countLimit, Instant now);

    Optional<Row> row(UserId id, Instant now);

    /**
     * How many enabled accounts hold the admin role, locking their rows until the unit of work ends: two administrators
     * revoking each other at once cannot both pass a "not the last one" check. Call inside a unit of work.
     */
    int lockAdministrators();

    record Row(UserId id, String email, Instant createdAt, @Nullable Instant lastSignInAt, boolean verified,
            boolean twoStep, int passkeys, boolean disabled, boolean admin, int activeSessions) {}

    /**
     * A page of accounts; {@code page.totalItems()} is exact unless {@code totalCapped}, when the search finds more
     * accounts than that (the count stopped at its limit).
     */
    record Listing(Page<Row> page, boolean totalCapped) {

        /** The page's rows and {@code counted}, the matches counted up to {@code countLimit + 1}. */
        public static Listing of(List<Row> rows, PageRequest request, long counted, int countLimit) {
            boolean capped = counted > countLimit;
            return new Listing(new Page<>(rows, request.page(), request.size(), capped ? countLimit : counted), capped);
        }
    }

    enum Match { PREFIX, CONTAINS }

    enum Filter { UNVERIFIED, DISABLED, TWO_STEP, NO_TWO_STEP }

    enum Sort { EMAIL, CREATED, LAST_SIGN_IN }

    /** {@code query} is matched against the (normalised, lower-case) address, case-insensitively. */
    record Search(@Nullable String query, Match match, @Nullable Filter filter, Sort sort, boolean descending) {}
}
