package app.journal.application.service;

import app.journal.application.port.out.AccountMailKind;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.application.port.out.TrustedBrowsers;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The one rule "a change of credentials voids every pending grant of the account": every use case that
 * changes a credential (password reset, password change, "sign out all other devices"; later turning a
 * second factor on or off, removing a passkey, an administrator's action) calls {@link #voidAll} inside
 * its unit of work. A grant is anything that would let its holder into the account or move it without
 * the new credentials: email-change and reset links, and the link mails still waiting in the outbox
 * (their token is minted only at delivery, so they are withdrawn before the tokens are deleted; see
 * {@code AccountMailOutbox.hold}), sign-ins waiting for their second step, and trusted-browser marks.
 *
 * <p>Cancel links are not grants (they only stop a change) and stay usable.
 *
 * @see "docs/decisions/0013-credential-changes-void-pending-grants.md"
 */
public final class PendingGrants {

    private static final Set<Purpose> GRANTING = EnumSet.of(Purpose.PASSWORD_RESET, Purpose.EMAIL_CHANGE);
    private static final Set<AccountMailKind> GRANTING_MAIL =
            EnumSet.of(AccountMailKind.PASSWORD_RESET_LINK, AccountMailKind.EMAIL_CHANGE_LINK);

    private final AccountTokens tokens;
    private final AccountMailer mailer;
    private final PendingSecondSteps secondSteps;
    private final TrustedBrowsers browsers;

    public PendingGrants(AccountTokens tokens, AccountMailer mailer, PendingSecondSteps secondSteps,
            TrustedBrowsers browsers) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.secondSteps = Objects.requireNonNull(secondSteps, "secondSteps");
        this.browsers = Objects.requireNonNull(browsers, "browsers");
    }

    /**
     * Voids every pending grant of the account, inside the caller's unit of work (a rollback keeps
     * them). The link a reset is using is spent before this, so "every other" is "every".
     *
     * @param now when the credentials changed: what was granted up to then is void (the later kinds of
     *            grant, trusted-browser marks, compare against it)
     */
    public void voidAll(UserId userId, Instant now) {
        Objects.requireNonNull(now, "now");
        // Outbox first: a delivery minting a token holds its row, so this waits for it and the DELETE of
        // the tokens below then sees what it minted; or this wins and it mints nothing.
        mailer.withdraw(userId, GRANTING_MAIL);
        tokens.voidAll(userId, GRANTING);
        secondSteps.voidAll(userId);
        browsers.voidAll(userId);
    }

    /** Voids the account's pending change of address only: its link, and its link mail if still waiting. */
    public void voidEmailChange(UserId userId) {
        mailer.withdraw(userId, EnumSet.of(AccountMailKind.EMAIL_CHANGE_LINK));
        tokens.voidAll(userId, EnumSet.of(Purpose.EMAIL_CHANGE));
    }
}
