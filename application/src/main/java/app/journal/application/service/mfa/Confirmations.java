package app.journal.application.service.mfa;

import app.journal.application.port.in.mfa.ConfirmationGate;
import app.journal.application.port.in.mfa.ReauthenticationRequiredException;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.SessionConfirmations;
import app.journal.application.port.out.Users;
import app.journal.domain.mfa.ConfirmationCheck;
import app.journal.domain.mfa.ConfirmationPolicy;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for sensitive operations ("sudo mode"): a session that confirmed it is its person within the
 * window may; otherwise an account without two-step verification may still confirm inline with its current
 * password (the {@code currentPassword} field existing clients send); otherwise the answer is
 * {@link ReauthenticationRequiredException}, naming what {@code POST /api/me/confirm} needs.
 *
 * @see "docs/decisions/0016-confirm-its-you.md"
 */
public final class Confirmations implements ConfirmationGate {

    private final SessionConfirmations marks;
    private final FactorChecks factors;
    private final Users users;
    private final Reauthentication reauthentication;
    private final TwoStepSettings settings;
    private final Passkeys passkeys;
    private final Clock clock;

    public Confirmations(SessionConfirmations marks, FactorChecks factors, Users users,
            Reauthentication reauthentication, TwoStepSettings settings, Passkeys passkeys, Clock clock) {
        this.passkeys = Objects.requireNonNull(passkeys, "passkeys");
        this.marks = Objects.requireNonNull(marks, "marks");
        this.factors = Objects.requireNonNull(factors, "factors");
        this.users = Objects.requireNonNull(users, "users");
        this.reauthentication = Objects.requireNonNull(reauthentication, "reauthentication");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void require(UserId userId, SessionId sessionId) {
        if (confirmedUntil(sessionId).isEmpty()) {
            throw new ReauthenticationRequiredException(methodsFor(userId));
        }
    }

    /**
     * For operations that used to take the current password: a confirmed session, or (without two-step
     * verification) the right current password.
     *
     * @return the account
     */
    public User requireOrPassword(UserId userId, SessionId sessionId, @Nullable String currentPassword) {
        if (confirmedUntil(sessionId).isPresent()) {
            return users.findById(userId).filter(u -> !u.isDisabled()).orElseThrow(SessionNotFoundException::new);
        }
        if (currentPassword == null || currentPassword.isEmpty() || factors.enabled(userId)) {
            throw new ReauthenticationRequiredException(methodsFor(userId));
        }
        return reauthentication.confirm(userId, currentPassword);
    }

    /** Until when the session counts as confirmed; empty when it does not now. */
    public Optional<Instant> confirmedUntil(SessionId sessionId) {
        return switch (new ConfirmationPolicy(settings.confirmationWindow())
                .check(marks.confirmedAt(sessionId).orElse(null), clock.instant())) {
            case ConfirmationCheck.Confirmed confirmed -> Optional.of(confirmed.until());
            case ConfirmationCheck.Required _ -> Optional.empty();
        };
    }

    /** What {@code POST /api/me/confirm} needs ({@code password}, {@code totp}), and {@code passkey} when it has one. */
    List<String> methodsFor(UserId userId) {
        var methods = new java.util.ArrayList<>(factors.enabled(userId) ? List.of("password", "totp")
                : List.of("password"));
        if (passkeys.count(userId) > 0) {
            methods.add("passkey");
        }
        return List.copyOf(methods);
    }
}
