package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.SESSION_CONFIRMATIONS;
import static app.journal.adapter.persistence.jooq.Tables.USER_SESSIONS;

import app.journal.application.port.out.SessionConfirmations;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * "Confirm it's you" marks in {@code session_confirmations} (V9), one row per session, kept out of
 * {@code user_sessions} so the refresh's rotation UPDATE stays as V7 laid it out. Marking is one
 * {@code INSERT ... SELECT} from the session row itself, so only a session of that user that is not
 * revoked can be marked, and a mark dies with its session (ON DELETE CASCADE).
 *
 * @see "docs/decisions/0009-one-statement-refresh-and-notified-revocation.md"
 */
public final class JooqSessionConfirmations implements SessionConfirmations {

    private final DSLContext dsl;

    public JooqSessionConfirmations(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public boolean confirm(SessionId sessionId, UserId userId, Instant at) {
        return dsl.insertInto(SESSION_CONFIRMATIONS, SESSION_CONFIRMATIONS.SESSION_ID, SESSION_CONFIRMATIONS.CONFIRMED_AT)
                .select(DSL.select(USER_SESSIONS.ID, DSL.val(toDb(at), SESSION_CONFIRMATIONS.CONFIRMED_AT))
                        .from(USER_SESSIONS)
                        .where(USER_SESSIONS.ID.eq(sessionId.value()), USER_SESSIONS.USER_ID.eq(userId.value()),
                                USER_SESSIONS.REVOKED_AT.isNull()))
                .onConflict(SESSION_CONFIRMATIONS.SESSION_ID)
                .doUpdate()
                .set(SESSION_CONFIRMATIONS.CONFIRMED_AT, DSL.excluded(SESSION_CONFIRMATIONS.CONFIRMED_AT))
                .execute() == 1;
    }

    @Override
    public Optional<Instant> confirmedAt(SessionId sessionId) {
        return dsl.select(SESSION_CONFIRMATIONS.CONFIRMED_AT)
                .from(SESSION_CONFIRMATIONS)
                .where(SESSION_CONFIRMATIONS.SESSION_ID.eq(sessionId.value()))
                .fetchOptional(SESSION_CONFIRMATIONS.CONFIRMED_AT)
                .map(Timestamps::fromDb);
    }
}
