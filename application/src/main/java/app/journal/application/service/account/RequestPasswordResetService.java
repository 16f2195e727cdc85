package app.journal.application.service.account;

import app.journal.application.port.in.account.RequestPasswordReset;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.Users;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.User;
import app.journal.application.service.Throttle;
import app.journal.application.service.AccountSettings;

/**
 * "Forgot your password?" that cannot be used to find out who has an account (OWASP Forgot Password):
 * a known and an unknown address take the same path, one lookup and one outbox row, and get the same
 * answer. The row for an address without a usable account carries no account and is dropped at
 * delivery; nothing is sent while the caller waits. Both limits count every request, known or not.
 *
 * @see "docs/decisions/0007-account-link-tokens.md"
 */
public final class RequestPasswordResetService implements RequestPasswordReset {

    private final Users users;
    private final AccountMailer mailer;
    private final Throttle throttle;
    private final AccountSettings settings;

    public RequestPasswordResetService(Users users, AccountMailer mailer, RateLimiter limiter,
            AccountSettings settings) {
        this.users = users;
        this.mailer = mailer;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
    }

    @Override
    public void request(RequestPasswordResetCommand command) {
        throttle.check("forgot:client:" + command.clientKey(), settings.rateLimits().forgotPerClient());
        var email = new EmailAddress(command.email());
        throttle.check("forgot:account:" + email.value(), settings.rateLimits().forgotPerAccount());
        var account = users.findByEmail(email)
                .filter(user -> user.passwordHash() != null && !user.isDisabled())
                .map(User::id)
                .orElse(null);
        mailer.queue(new AccountMail.PasswordResetLink(account, email));
    }
}
