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

    /**
     * The presented token is a later generation of this session than the stored one ({@code lost}
     * generations ahead, see {@link RefreshChain}): the rotations that issued it were answered, but the
     * database lost their commits (a crash or a failover, as a refresh does not wait for the WAL flush).
     * The client is not replaying anything: the store first catches up with {@code catchUp} (from the
     * stored generation to the presented one) and the refresh then goes on from the presented token as
     * usual. After that the presented token is the immediate predecessor, so this happens once per token.
     */
    record StoreBehind(UserSession session, RefreshStep catchUp, int lost) implements Rotation {}

    /** A refresh token of this session that was rotated away was presented again: revoke it all. */
    record ReuseDetected(UserSession session) implements Rotation {}

    /** The session is past its idle timeout or its absolute lifetime. */
    record Expired(UserSession session) implements Rotation {}

    /** The session was revoked before (logout, device revocation, reuse). */
    record Revoked(UserSession session) implements Rotation {}
}
