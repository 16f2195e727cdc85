package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.fromDbOrNull;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.Timestamps.toDbOrNull;
import static app.journal.adapter.persistence.jooq.Tables.USER_SESSIONS;

import app.journal.adapter.persistence.jooq.tables.records.UserSessionsRecord;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RefreshStep;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Sessions in {@code user_sessions}. Rotation and revocation are single guarded UPDATEs, so two
 * requests racing on one session cannot both win, whatever the transaction isolation. The table is laid
 * out so that both are HOT updates (V7).
 *
 * @see "docs/decisions/0009-one-statement-refresh-and-notified-revocation.md"
 */
public final class JooqUserSessions implements UserSessions {

    private final DSLContext dsl;

    public JooqUserSessions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(UserSession session) {
        dsl.insertInto(USER_SESSIONS)
                .set(USER_SESSIONS.ID, session.id().value())
                .set(USER_SESSIONS.USER_ID, session.userId().value())
                .set(USER_SESSIONS.REFRESH_ID, session.refreshId().value())
                .set(USER_SESSIONS.PREVIOUS_REFRESH_ID,
                        session.previousRefreshId() == null ? null : session.previousRefreshId().value())
                .set(USER_SESSIONS.ROTATED_AT, toDbOrNull(session.rotatedAt()))
                .set(USER_SESSIONS.CREATED_AT, toDb(session.createdAt()))
                .set(USER_SESSIONS.LAST_USED_AT, toDb(session.lastUsedAt()))
                .set(USER_SESSIONS.EXPIRES_AT, toDb(session.expiresAt()))
                .set(USER_SESSIONS.REVOKED_AT, toDbOrNull(session.revokedAt()))
                .set(USER_SESSIONS.REVOKE_REASON,
                        session.revokeReason() == null ? null : session.revokeReason().code())
                .set(USER_SESSIONS.USER_AGENT, session.userAgent())
                .set(USER_SESSIONS.CLIENT_IP, session.clientIp())
                .execute();
    }

    @Override
    public Optional<UserSession> find(SessionId id) {
        return dsl.selectFrom(USER_SESSIONS)
                .where(USER_SESSIONS.ID.eq(id.value()))
                .fetchOptional()
                .map(JooqUserSessions::toDomain);
    }

    /** One guarded statement; see {@link RotateStatement}. */
    @Override
    public Optional<Attempt> rotate(RefreshStep step, SessionPolicy policy) {
        return RotateStatement.run(dsl, step, policy);
    }

    @Override
    public boolean revoke(SessionId id, Instant now, RevokeReason reason) {
        return dsl.update(USER_SESSIONS)
                .set(USER_SESSIONS.REVOKED_AT, toDb(now))
                .set(USER_SESSIONS.REVOKE_REASON, reason.code())
                .where(USER_SESSIONS.ID.eq(id.value()), USER_SESSIONS.REVOKED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public int revokeAllExcept(UserId userId, SessionId keep, Instant now, RevokeReason reason) {
        return dsl.update(USER_SESSIONS)
                .set(USER_SESSIONS.REVOKED_AT, toDb(now))
                .set(USER_SESSIONS.REVOKE_REASON, reason.code())
                .where(USER_SESSIONS.USER_ID.eq(userId.value()),
                        USER_SESSIONS.ID.ne(keep.value()),
                        USER_SESSIONS.REVOKED_AT.isNull(),
                        USER_SESSIONS.EXPIRES_AT.gt(toDb(now)))
                .execute();
    }

    @Override
    public int revokeAll(UserId userId, Instant now, RevokeReason reason) {
        return dsl.update(USER_SESSIONS)
                .set(USER_SESSIONS.REVOKED_AT, toDb(now))
                .set(USER_SESSIONS.REVOKE_REASON, reason.code())
                .where(USER_SESSIONS.USER_ID.eq(userId.value()),
                        USER_SESSIONS.REVOKED_AT.isNull(),
                        USER_SESSIONS.EXPIRES_AT.gt(toDb(now)))
                .execute();
    }

    @Override
    public List<UserSession> unrevokedOf(UserId userId, Instant now) {
        return dsl.selectFrom(USER_SESSIONS)
                .where(USER_SESSIONS.USER_ID.eq(userId.value()),
                        USER_SESSIONS.REVOKED_AT.isNull(),
                        USER_SESSIONS.EXPIRES_AT.gt(toDb(now)))
                .orderBy(USER_SESSIONS.LAST_USED_AT.desc(), USER_SESSIONS.ID.desc())
                .fetch(JooqUserSessions::toDomain);
    }

    private static UserSession toDomain(UserSessionsRecord row) {
        UUID previous = row.getPreviousRefreshId();
        String reason = row.getRevokeReason();
        return new UserSession(
                new SessionId(row.getId()),
                new UserId(row.getUserId()),
                new RefreshId(row.getRefreshId()),
                previous == null ? null : new RefreshId(previous),
                fromDbOrNull(row.getRotatedAt()),
                fromDb(row.getCreatedAt()),
                fromDb(row.getLastUsedAt()),
                fromDb(row.getExpiresAt()),
                fromDbOrNull(row.getRevokedAt()),
                reason == null ? null : RevokeReason.fromCode(reason),
                row.getUserAgent(),
                row.getClientIp());
    }
}
