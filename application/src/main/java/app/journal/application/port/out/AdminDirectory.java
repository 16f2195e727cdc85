package app.journal.application.port.out;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Accounts as administrators list them: one row each, with counts of factors and active sessions. */
public interface AdminDirectory {

    Page<Row> search(Search search, PageRequest request, Instant now);

    Optional<Row> row(UserId id, Instant now);

    /**
     * How many enabled accounts hold the admin role, locking their rows until the unit of work ends: two administrators
     * revoking each other at once cannot both pass a "not the last one" check. Call inside a unit of work.
     */
    int lockAdministrators();

    record Row(UserId id, String email, Instant createdAt, @Nullable Instant lastSignInAt, boolean verified,
            boolean twoStep, int passkeys, boolean disabled, boolean admin, int activeSessions) {}

    enum Match { PREFIX, CONTAINS }

    enum Filter { UNVERIFIED, DISABLED, TWO_STEP, NO_TWO_STEP }

    enum Sort { EMAIL, CREATED, LAST_SIGN_IN }

    /** {@code query} is matched against the (normalised, lower-case) address, case-insensitively. */
    record Search(@Nullable String query, Match match, @Nullable Filter filter, Sort sort, boolean descending) {}
}
