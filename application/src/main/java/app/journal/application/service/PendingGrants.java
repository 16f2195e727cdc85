package app.journal.application.service;

import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.application.port.out.TrustedBrowsers;
import app.journal.domain.user.UserId;
import java.util.Objects;

/**
 * PLACEHOLDER of the integrator, replaced by the takeover branch's class at merge: every pending grant of
 * an account is voided by a change of credentials.
 */
public final class PendingGrants {

    private final AccountTokens tokens;
    private final PendingSecondSteps secondSteps;
    private final TrustedBrowsers browsers;

    public PendingGrants(AccountTokens tokens, PendingSecondSteps secondSteps, TrustedBrowsers browsers) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.secondSteps = Objects.requireNonNull(secondSteps, "secondSteps");
        this.browsers = Objects.requireNonNull(browsers, "browsers");
    }

    void voidAll(UserId userId) {
        secondSteps.voidAll(userId);
        browsers.voidAll(userId);
    }
}
