package app.journal.application.service.session;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.session.RefreshSession;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RefreshChain;
import app.journal.domain.session.RefreshStep;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.Rotation;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.ActivitySettings;

/**
 * Refresh-token rotation. The domain decides ({@link UserSession#rotate(RefreshStep, SessionPolicy)});
 * the store proposes the step and takes it in the same statement that reads the session and its owner
 * ({@link UserSessions#rotate}), so a successful refresh is one statement and one commit. When the step
 * was not taken, the rule decides on what was read: the grace case, a replay, an expired or revoked
 * session, a disabled owner. When what was read was still rotatable, a concurrent refresh won the
 * compare-and-swap between the read and the write; the session is read again and the rule decides
 * again: the loser of two simultaneous refreshes with one token finds its token to be the immediate
 * predecessor within the grace window and is answered with the winner's generation. So two tabs never
 * lose the session, and there are never two live successors.
 *
 * <p>The success path is one statement outside any transaction, whose commit does not wait for the
 * WAL flush: a database crash can lose the last rotations after their tokens were handed out. Each new
 * generation is therefore the {@link RefreshChain} successor of the presented one, and a token of a
 * later generation than the stored one is recognised ({@link Rotation.StoreBehind}): the store catches
 * up with it and the refresh goes on, where a token of an earlier one is still a replay. Reuse
 * detection is one unit of work: the revocation, its activity row and the "refresh token replayed"
 * notice are stored together or not at all.
 *
 * @see "docs/decisions/0004-units-of-work.md"
 * @see "docs/decisions/0009-one-statement-refresh-and-notified-revocation.md"
 * @see "docs/decisions/0025-refresh-commits-without-waiting-for-the-flush.md"
 */
public final class RefreshSessionService implements RefreshSession {

    private static final int MAX_ATTEMPTS = 3;

    private final UserSessions sessions;
    private final AuthEvents events;
    private final AccountSettings settings;
    private final Clock clock;
    private final AccountEvents accountEvents;
    private final UnitOfWork unitOfWork;
    private final ActivitySettings activitySettings;
    private final RefreshChain chain;

    public RefreshSessionService(UserSessions sessions, AuthEvents events, AccountSettings settings,
            Clock clock, AccountEvents accountEvents, UnitOfWork unitOfWork, ActivitySettings activitySettings,
            RefreshChain chain) {
        this.sessions = sessions;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.accountEvents = accountEvents;
        this.unitOfWork = unitOfWork;
        this.activitySettings = activitySettings;
        this.chain = chain;
    }

    @Override
    public Outcome refresh(RefreshSessionCommand command) {
        var policy = settings.sessionPolicy();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var now = clock.instant();
            var step = new RefreshStep(command.sessionId(), command.presented(),
                    chain.next(command.sessionId(), command.presented()), now);
            var found = sessions.rotate(step, policy).orElse(null);
            if (found == null) {
                return new Outcome.Rejected(Reason.UNKNOWN_SESSION);
            }
            if (found.rotated() != null) {
                events.refreshRotated();
                return new Outcome.Refreshed(found.owner(), found.rotated());
            }
            var owner = found.owner();
            switch (found.session().rotate(step, policy, chain)) {
                case Rotation.Rotated rotated -> {
                    // Not taken although rotatable: a disabled owner (rotating for a disabled account
                    // would strand the client on a refresh id it was never given, and its retry would
                    // then be taken for a replay), or a lost race: decide again on what is stored now.
                    if (owner.isDisabled()) {
                        return new Outcome.Rejected(Reason.ACCOUNT_DISABLED);
                    }
                }
                case Rotation.AlreadyRotated current -> {
                    return owner.isDisabled()
                            ? new Outcome.Rejected(Reason.ACCOUNT_DISABLED)
                            : new Outcome.Refreshed(owner, current.session());
                }
                case Rotation.StoreBehind behind -> {
                    // The database lost the rotations that issued this token: catch up with it (taken or
                    // beaten by a twin of this request, either way), then rotate from it as usual.
                    if (owner.isDisabled()) {
                        return new Outcome.Rejected(Reason.ACCOUNT_DISABLED);
                    }
                    sessions.rotate(behind.catchUp(), policy);
                }
                case Rotation.ReuseDetected reuse -> {
                    events.refreshReuseDetected();
                    accountEvents.sessionsEnded(revokeReplayed(reuse.session(), owner, now) ? 1 : 0,
                            RevokeReason.REUSE_DETECTED);
                    return new Outcome.Rejected(Reason.REUSE_DETECTED);
                }
                case Rotation.Expired expired -> {
                    return new Outcome.Rejected(Reason.EXPIRED);
                }
                case Rotation.Revoked revoked -> {
                    // Disabling ends every session first: the person learns why, not just that it ended.
                    if (owner.isDisabled()) {
                        return new Outcome.Rejected(Reason.ACCOUNT_DISABLED);
                    }
                    var reason = revoked.session().revokeReason();
                    return new Outcome.Rejected(reason != null && reason.byHolderElsewhere()
                            ? Reason.REVOKED_ELSEWHERE
                            : Reason.REVOKED);
                }
            }
        }
        // Three lost races in a row means the token is being hammered; refuse without revoking.
        return new Outcome.Rejected(Reason.CONTENDED);
    }

    /**
     * Revokes the session whose old token was replayed, records it and queues the notice, in one unit
     * of work. The row and the mail name the session's own device (the one that was signed out).
     */
    private boolean revokeReplayed(UserSession session, User owner, Instant now) {
        var seen = new ClientInfo(session.userAgent(), session.clientIp());
        var device = accountEvents.device(seen);
        return unitOfWork.inTransaction(() -> {
            if (!sessions.revoke(session.id(), now, RevokeReason.REUSE_DETECTED)) {
                return false;
            }
            accountEvents.happened(session.userId(), ActivityKind.REFRESH_TOKEN_REPLAYED, now, seen, session.id(),
                    activitySettings.notices().refreshReplayed()
                            ? new AccountMail.RefreshTokenReplayed(owner.id(), owner.email(), now, device,
                                    session.clientIp(), session.id())
                            : null);
            return true;
        });
    }
}
