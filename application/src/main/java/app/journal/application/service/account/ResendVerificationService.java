package app.journal.application.service.account;

import app.journal.application.port.in.account.ResendVerification;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.Users;
import app.journal.domain.InvalidValueException;
import app.journal.domain.user.EmailAddress;
import app.journal.application.service.Throttle;
import app.journal.application.service.AccountSettings;

/** Queues a fresh verification mail for an unverified account; answers the same for every address. */
public final class ResendVerificationService implements ResendVerification {

    private final Users users;
    private final AccountMailer mailer;
    private final Throttle throttle;
    private final AccountSettings settings;

    public ResendVerificationService(Users users, AccountMailer mailer, RateLimiter limiter,
            AccountSettings settings) {
        this.users = users;
        this.mailer = mailer;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
    }

    @Override
    public void resend(ResendVerificationCommand command) {
        throttle.check("resend:client:" + command.clientKey(), settings.rateLimits().resendPerClient());
        EmailAddress email;
        try {
            email = new EmailAddress(command.email());
        } catch (InvalidValueException malformed) {
            return; // same generic answer as for an unknown address
        }
        throttle.check(accountKey(email), settings.rateLimits().resendPerAccount());
        users.findByEmail(email)
                .filter(user -> !user.isVerified() && user.passwordHash() != null && !user.isDisabled())
                .ifPresent(user -> mailer.queue(new AccountMail.Verification(user.id(), user.email())));
    }

    /** The budget of verification mails to one address, shared with {@link RegisterUserService}. */
    static String accountKey(EmailAddress email) {
        return "resend:account:" + email.value();
    }
}
