package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.fromDb;
import static app.journal.adapter.persistence.Timestamps.fromDbOrNull;
import static app.journal.adapter.persistence.Timestamps.toDb;

import app.journal.adapter.persistence.jooq.tables.records.UsersRecord;
import app.journal.application.port.out.UserSessions.Attempt;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RefreshStep;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/**
 * The one statement of a refresh, as a constant SQL string run through JDBC: jOOQ rendered it afresh on
 * every call (an eighth of a refresh's server CPU), and its columns were then looked up by name. The
 * text never changes, so the driver prepares it once per connection (PgJDBC keeps server-side prepared
 * statements per connection after {@code prepareThreshold} uses) and every value stays a bind
 * parameter. The connection is the one jOOQ would have used, so the statement runs inside the caller's
 * transaction, if any, like every other statement of {@link JooqUserSessions}.
 *
 * <p>{@code found} reads the session and its owner; {@code taken} writes the step's values as they are,
 * guarded by what makes {@link UserSession#rotate(RefreshStep, SessionPolicy)} answer {@code Rotated} (at
 * {@code from}, not revoked, before both deadlines) and by an owner who is not disabled. The guard's
 * {@code refresh_id = from} is the compare-and-swap: under READ COMMITTED a racing UPDATE waits for the
 * winner and re-checks the guard on the winner's row, so it takes nothing. {@code found} then still shows
 * the row as its snapshot saw it (rotatable), which tells the caller it lost the race. Only columns
 * outside every index change, so the update is HOT.
 *
 * <p>The rotation's commit does not wait for the WAL flush ({@code synchronous_commit = off} for this
 * statement's own transaction only: {@code set_config(..., true)} is local to it, and PostgreSQL reads the
 * setting when that transaction commits, right after the statement). A crash can lose the last few hundred
 * milliseconds of rotations, never a revocation or a sign-in (those still wait, and each flush takes every
 * earlier commit with it); a token whose rotation was lost is recognised by the domain's {@code RefreshChain}
 * and carries on. The setting is the last column, so the positions read below do not move.
 *
 * @see "docs/decisions/0009-one-statement-refresh-and-notified-revocation.md"
 * @see "docs/decisions/0024-a-lean-hot-path.md"
 * @see "docs/decisions/0025-refresh-commits-without-waiting-for-the-flush.md"
 */
final class RotateStatement {

    /** Column positions below follow this list; the {@code UserSessionsContract} tests on PostgreSQL would see a slip. */
    static final String SQL = """
            WITH found AS (
                SELECT s.id, s.user_id, s.refresh_id, s.previous_refresh_id, s.rotated_at, s.created_at,
                       s.last_used_at, s.expires_at, s.revoked_at, s.revoke_reason, s.user_agent, s.client_ip,
                       u.email, u.password_hash, u.email_verified_at, u.roles::text AS roles, u.disabled_at,
                       u.created_at AS owner_created_at, u.updated_at AS owner_updated_at
                  FROM user_sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.id = ?
            ), taken AS (
                UPDATE user_sessions s
                   SET refresh_id = ?, previous_refresh_id = ?, rotated_at = ?, last_used_at = ?
                  FROM users u
                 WHERE s.id = ? AND s.refresh_id = ? AND s.revoked_at IS NULL
                   AND s.expires_at > ? AND s.last_used_at > ?
                   AND u.id = s.user_id AND u.disabled_at IS NULL
             RETURNING s.refresh_id, s.previous_refresh_id, s.rotated_at, s.last_used_at
            )
            SELECT found.*, taken.*, set_config('synchronous_commit', 'off', true) AS commit_without_flush
              FROM found LEFT JOIN taken ON true
            """;

    private RotateStatement() {}

    static Optional<Attempt> run(DSLContext dsl, RefreshStep step, SessionPolicy policy) {
        return dsl.connectionResult(connection -> run(connection, step, policy));
    }

    private static Optional<Attempt> run(Connection connection, RefreshStep step, SessionPolicy policy)
            throws SQLException {
        UUID id = step.session().value();
        UUID from = step.from().value();
        OffsetDateTime at = toDb(step.at());
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setObject(1, id);
            statement.setObject(2, step.to().value());
            statement.setObject(3, from);
            statement.setObject(4, at);
            statement.setObject(5, at);
            statement.setObject(6, id);
            statement.setObject(7, from);
            statement.setObject(8, at);
            statement.setObject(9, toDb(step.at().minus(policy.idleTimeout())));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(attempt(row)) : Optional.empty();
            }
        }
    }

    private static Attempt attempt(ResultSet row) throws SQLException {
        String reason = row.getString(10);
        UUID previous = row.getObject(4, UUID.class);
        UserSession found = new UserSession(
                new SessionId(row.getObject(1, UUID.class)),
                new UserId(row.getObject(2, UUID.class)),
                new RefreshId(row.getObject(3, UUID.class)),
                previous == null ? null : new RefreshId(previous),
                fromDbOrNull(row.getObject(5, OffsetDateTime.class)),
                fromDb(row.getObject(6, OffsetDateTime.class)),
                fromDb(row.getObject(7, OffsetDateTime.class)),
                fromDb(row.getObject(8, OffsetDateTime.class)),
                fromDbOrNull(row.getObject(9, OffsetDateTime.class)),
                reason == null ? null : RevokeReason.fromCode(reason),
                row.getString(11),
                row.getString(12));
        var owner = new UsersRecord();
        owner.setId(found.userId().value());
        owner.setEmail(row.getString(13));
        owner.setPasswordHash(row.getString(14));
        owner.setEmailVerifiedAt(row.getObject(15, OffsetDateTime.class));
        owner.setRoles(JSONB.valueOf(row.getString(16)));
        owner.setDisabledAt(row.getObject(17, OffsetDateTime.class));
        owner.setCreatedAt(row.getObject(18, OffsetDateTime.class));
        owner.setUpdatedAt(row.getObject(19, OffsetDateTime.class));
        UUID taken = row.getObject(20, UUID.class);
        UserSession rotated = taken == null ? null : new UserSession(found.id(), found.userId(), new RefreshId(taken),
                new RefreshId(row.getObject(21, UUID.class)), fromDb(row.getObject(22, OffsetDateTime.class)),
                found.createdAt(), fromDb(row.getObject(23, OffsetDateTime.class)), found.expiresAt(), null, null,
                found.userAgent(), found.clientIp());
        return new Attempt(found, JooqUsers.toDomain(owner), rotated);
    }
}
