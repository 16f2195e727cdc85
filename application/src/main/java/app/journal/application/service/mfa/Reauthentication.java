package app.journal.application.service.mfa;

import app.journal.application.port.in.CurrentPasswordIncorrectException;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.Users;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.text.Normalizer;
import org.jspecify.annotations.Nullable;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.Throttle;

/**
 * "Type your current password" before a signed-in change (password, address, deletion), in one place:
 * every attempt counts against the account's {@code reauth-per-account} budget (so a stolen access token
 * cannot guess the password fast), then the password is verified with the bounded hasher. Callers do
 * this before their unit of work opens: no transaction is held while Argon2 runs. One instance is shared by
 * {@link Confirmations} (the inline current password) and {@link ConfirmIdentityService} ("confirm it's
 * you"); only this package calls it.
 */
public final class Reauthentication {

    private final Users users;
    private final PasswordHasher hasher;
    private final Throttle throttle;
    private final AccountSettings settings;

    public Reauthentication(Users users, PasswordHasher hasher, RateLimiter limiter, AccountSettings settings) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
    }

    /**
     * @return the account, its current password confirmed
     * @throws SessionNotFoundException when the account is gone or cannot sign in with a password
     */
    User confirm(UserId userId, @Nullable String currentPassword) {
        throttle.check("reauth:account:" + userId.value(), settings.rateLimits().reauthPerAccount());
        var user = users.findById(userId).orElseThrow(SessionNotFoundException::new);
        if (user.passwordHash() == null || user.isDisabled()) {
            throw new SessionNotFoundException();
        }
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new CurrentPasswordIncorrectException();
        }
        // As sign-in does: an over-long input can never match, and NFC makes spellings of one password one.
        var password = currentPassword.length() > 8 * settings.passwordRules().maxCodePoints()
                ? currentPassword.substring(0, 8 * settings.passwordRules().maxCodePoints()) : currentPassword;
        if (!hasher.verify(Normalizer.normalize(password, Normalizer.Form.NFC), user.passwordHash())) {
            throw new CurrentPasswordIncorrectException();
        }
        return user;
    }
}
