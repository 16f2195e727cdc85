package app.journal.application.service.session;

import app.journal.application.port.in.session.SignInResult.SecondStepRequired;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.AuthEvents.SecondStepEvent;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.application.port.out.PendingSecondSteps.PendingSecondStep;
import app.journal.application.port.out.TrustedBrowsers;
import app.journal.application.port.out.TwoStepFactors;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import app.journal.application.service.LinkTokens;
import app.journal.application.service.mfa.TwoStepSettings;
import app.journal.application.service.AccountEvents;

/**
 * Whether a sign-in whose password was right needs a second step, and opening one: an account with
 * two-step verification on needs it unless the browser shows a trust mark of that same account.
 */
public final class SecondSteps {

    static final List<String> METHODS = List.of("totp", "recovery_code");

    private final TwoStepFactors factors;
    private final PendingSecondSteps pending;
    private final TrustedBrowsers trusted;
    private final TwoStepSettings settings;
    private final AuthEvents events;
    private final Clock clock;

    public SecondSteps(TwoStepFactors factors, PendingSecondSteps pending, TrustedBrowsers trusted,
            TwoStepSettings settings, AuthEvents events, Clock clock) {
        this.factors = Objects.requireNonNull(factors, "factors");
        this.pending = Objects.requireNonNull(pending, "pending");
        this.trusted = Objects.requireNonNull(trusted, "trusted");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    boolean required(User user, @Nullable String trustToken, Instant now) {
        if (!factors.find(user.id()).map(TwoStepFactors.Factor::enabled).orElse(false)) {
            return false;
        }
        var mark = trustToken == null ? null : LinkTokens.hashOf(trustToken)
                .flatMap(hash -> trusted.find(hash, now)).orElse(null);
        return mark == null || !mark.userId().equals(user.id());
    }

    SecondStepRequired open(User user, SessionPersistence persistence, @Nullable String userAgent,
            @Nullable String clientIp) {
        var now = clock.instant();
        var token = OpaqueTokens.mint();
        var expiresAt = now.plus(settings.secondStepTtl());
        pending.add(new PendingSecondStep(LinkTokens.hash(token), user.id(), persistence,
                AccountEvents.truncate(userAgent, 512), AccountEvents.truncate(clientIp, 64), now, expiresAt, 0));
        events.secondStep(SecondStepEvent.CHALLENGED);
        return new SecondStepRequired(token, expiresAt, METHODS);
    }
}
