package app.journal.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the application stored, straight from its database: the one place a black-box test can
 * see sessions rotate and end.
 */
final class JournalTables {

    private static final String SESSION_COLUMNS = "s.id, s.user_id, s.refresh_id, s.created_at, s.expires_at, s.revoked_at, s.revoke_reason, s.user_agent";

    private final DataSource dataSource;

    JournalTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record SessionRow(UUID id, UUID userId, UUID refreshId, Instant createdAt, Instant expiresAt,
            @Nullable Instant revokedAt, @Nullable String revokeReason, @Nullable String userAgent) {}

    /** Every session of the account {@code email}, revoked ones included, newest first. */
    List<SessionRow> allSessions(String email) {
        return sessions("SELECT " + SESSION_COLUMNS + " FROM user_sessions s JOIN users u ON u.id = s.user_id"
                + " WHERE u.email = ? ORDER BY s.created_at DESC", email);
    }

    /** The sessions of the account {@code email} that are not revoked, newest first. */
    List<SessionRow> activeSessions(String email) {
        return sessions("SELECT " + SESSION_COLUMNS + " FROM user_sessions s JOIN users u ON u.id = s.user_id"
                + " WHERE u.email = ? AND s.revoked_at IS NULL ORDER BY s.created_at DESC", email);
    }

    /** The only session of {@code email} that is not revoked; fails if there is none or more than one. */
    SessionRow onlyActiveSession(String email) {
        List<SessionRow> active = activeSessions(email);
        if (active.size() != 1) {
            throw new AssertionError("Expected exactly one active session of " + email + ", found " + active);
        }
        return active.getFirst();
    }

    SessionRow session(UUID id) {
        List<SessionRow> rows = sessions("SELECT " + SESSION_COLUMNS + " FROM user_sessions s WHERE s.id = ?", id);
        if (rows.isEmpty()) {
            throw new AssertionError("No session " + id);
        }
        return rows.getFirst();
    }

    /**
     * Lets the session {@code id} run out now ({@code expires_at} a second ago), as the clock would: the
     * one write of this class, for the case no black-box step can bring about quickly.
     */
    void expireSession(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE user_sessions SET expires_at = now() - interval '1 second' WHERE id = ?")) {
            update.setObject(1, id);
            if (update.executeUpdate() != 1) {
                throw new AssertionError("No session " + id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not expire session " + id + ": " + e.getMessage(), e);
        }
    }

    /** How many sessions were ended because an old refresh token came back ({@code reuse_detected}). */
    int sessionsRevokedForReuse() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM user_sessions WHERE lower(revoke_reason) = 'reuse_detected'")) {
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count reuse detections: " + e.getMessage(), e);
        }
    }

    /** How many journal entries with exactly this title exist (whoever owns them). */
    int entriesTitled(String title) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM journal_entries WHERE title = ?")) {
            query.setString(1, title);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count entries: " + e.getMessage(), e);
        }
    }

    /** One row of the account's security activity ({@code account_activity}, issue 8). */
    record ActivityRow(String kind, String device, @Nullable UUID sessionId, boolean newDevice) {}

    /** The security activity of the account {@code email}, newest first (as {@code GET /api/me/activity} orders it). */
    List<ActivityRow> activity(String email) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT a.kind, a.device, a.session_id, a.new_device FROM account_activity a"
                                + " JOIN users u ON u.id = a.user_id WHERE u.email = ? ORDER BY a.at DESC, a.id DESC")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                List<ActivityRow> activity = new ArrayList<>();
                while (rows.next()) {
                    activity.add(new ActivityRow(rows.getString("kind"), rows.getString("device"),
                            rows.getObject("session_id", UUID.class), rows.getBoolean("new_device")));
                }
                return activity;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read account_activity: " + e.getMessage(), e);
        }
    }

    /** How many mails to the account {@code email} still wait in the outbox ({@code account_mail_outbox}). */
    int queuedMail(String email) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM account_mail_outbox o JOIN users u ON u.id = o.user_id WHERE u.email = ?")) {
            query.setString(1, email);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read account_mail_outbox: " + e.getMessage(), e);
        }
    }

    private List<SessionRow> sessions(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                List<SessionRow> sessions = new ArrayList<>();
                while (rows.next()) {
                    sessions.add(new SessionRow(
                            rows.getObject("id", UUID.class),
                            rows.getObject("user_id", UUID.class),
                            rows.getObject("refresh_id", UUID.class),
                            rows.getTimestamp("created_at").toInstant(),
                            rows.getTimestamp("expires_at").toInstant(),
                            instant(rows.getTimestamp("revoked_at")),
                            rows.getString("revoke_reason"),
                            rows.getString("user_agent")));
                }
                return sessions;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read user_sessions: " + e.getMessage(), e);
        }
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
