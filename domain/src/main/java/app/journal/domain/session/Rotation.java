package app.journal.domain.session;

/** What presenting a refresh token to a session means. Adapters map it with an exhaustive switch. */
public sealed interface Rotation {

    /** The presented token was current: here is the session with its next generation. */
    record Rotated(UserSession session) implements Rotation {}

    /**
     * The presented token is the immediate predecessor, within the grace window: a second tab that
     * refreshed at the same moment. Nothing changes; the caller is answered with the current
     * generation, so both tabs end up holding the one live refresh token.
     */
    record AlreadyRotated(UserSession session) implements Rotation {}

    /** A refresh token of this session that was rotated away was presented again: revoke it all. */
    record ReuseDetected(UserSession session) implements Rotation {}

    /** The session is past its idle timeout or its absolute lifetime. */
    record Expired(UserSession session) implements Rotation {}

    /** The session was revoked before (logout, device revocation, reuse). */
    record Revoked(UserSession session) implements Rotation {}
}
