package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.fromDbOrNull;
import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.Timestamps.toDbOrNull;
import static app.journal.adapter.persistence.jooq.Tables.USERS;
import static app.journal.adapter.persistence.jooq.Tables.USER_SESSIONS;

import app.journal.adapter.persistence.jooq.tables.records.UserSessionsRecord;
import app.journal.adapter.persistence.jooq.tables.records.UsersRecord;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RefreshStep;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

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

    /**
     * One statement: {@code found} reads the session and its owner; {@code taken} writes the step's
     * values as they are, guarded by what makes {@link UserSession#rotate(RefreshStep, SessionPolicy)}
     * answer {@code Rotated} (at {@code from}, not revoked, before both deadlines) and by an owner who is
     * not disabled. The guard's {@code refresh_id = from} is the compare-and-swap: under READ COMMITTED a
     * racing UPDATE waits for the winner and re-checks the guard on the winner's row, so it takes nothing.
     * {@code found} then still shows the row as its snapshot saw it (rotatable), which tells the caller
     * it lost the race. Only columns outside every index change, so the update is HOT.
     */
    @Override
    public Optional<Attempt> rotate(RefreshStep step, SessionPolicy policy) {
        // jOOQ binds timestamps as text in plain SQL: the statement casts them.
        var id = DSL.val(step.session().value(), USER_SESSIONS.ID);
        var from = DSL.val(step.from().value(), USER_SESSIONS.REFRESH_ID);
        var at = DSL.val(toDb(step.at()), USER_SESSIONS.ROTATED_AT);
        return dsl.resultQuery(ROTATE,
                        id,
                        DSL.val(step.to().value(), USER_SESSIONS.REFRESH_ID), from, at, at,
                        id, from, at, DSL.val(toDb(step.at().minus(policy.idleTimeout())), USER_SESSIONS.LAST_USED_AT))
                .fetchOptional()
                .map(JooqUserSessions::toAttempt);
    }

    private static final String OWNER = "owner_";

    /**
     * The rotation's commit does not wait for the WAL flush ({@code synchronous_commit = off} for this
     * statement's own transaction only: {@code set_config(..., true)} is local to it, and PostgreSQL
     * reads the setting when that transaction commits, right after the statement). A crash can lose the
     * last few hundred milliseconds of rotations, never a revocation or a sign-in (those still wait, and
     * each flush takes every earlier commit with it); a token whose rotation was lost is recognised by
     * the domain's {@code RefreshChain} and carries on.
     *
     * @see "docs/decisions/0025-refresh-commits-without-waiting-for-the-flush.md"
     */
    private static final String WITHOUT_WAITING_FOR_THE_FLUSH =
            "set_config('synchronous_commit', 'off', true) AS commit_without_flush";

    private static final String ROTATE = """
            WITH found AS (
                SELECT s.*, %s
                  FROM user_sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.id = ?
            ), taken AS (
                UPDATE user_sessions s
                   SET refresh_id = ?, previous_refresh_id = ?, rotated_at = ?::timestamptz, last_used_at = ?::timestamptz
                  FROM users u
                 WHERE s.id = ? AND s.refresh_id = ? AND s.revoked_at IS NULL
                   AND s.expires_at > ?::timestamptz AND s.last_used_at > ?::timestamptz
                   AND u.id = s.user_id AND u.disabled_at IS NULL
             RETURNING s.refresh_id AS taken_refresh_id, s.previous_refresh_id AS taken_previous_refresh_id,
                       s.rotated_at AS taken_rotated_at, s.last_used_at AS taken_last_used_at
            )
            SELECT found.*, taken.*, %s FROM found LEFT JOIN taken ON true
            """.formatted(Arrays.stream(USERS.fields())
                    .map(f -> "u." + f.getName() + " AS " + OWNER + f.getName())
                    .collect(Collectors.joining(", ")), WITHOUT_WAITING_FOR_THE_FLUSH);

    private static Attempt toAttempt(org.jooq.Record row) {
        UserSession found = toDomain(row.into(USER_SESSIONS));
        UsersRecord owner = new UsersRecord();
        for (Field<?> field : USERS.fields()) {
            copy(row, owner, field);
        }
        UUID taken = row.get("taken_refresh_id", UUID.class);
        UserSession rotated = taken == null ? null : new UserSession(found.id(), found.userId(), new RefreshId(taken),
                new RefreshId(row.get("taken_previous_refresh_id", UUID.class)),
                fromDb(row.get("taken_rotated_at", OffsetDateTime.class)), found.createdAt(),
                fromDb(row.get("taken_last_used_at", OffsetDateTime.class)), found.expiresAt(), null, null,
                found.userAgent(), found.clientIp());
        return new Attempt(found, JooqUsers.toDomain(owner), rotated);
    }

    private static <T> void copy(org.jooq.Record row, UsersRecord owner, Field<T> field) {
        owner.set(field, row.get(OWNER + field.getName(), field.getType()));
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
