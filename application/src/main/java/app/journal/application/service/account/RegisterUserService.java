package app.journal.application.service.account;

import app.journal.application.port.in.account.RegisterUser;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.PasswordPolicy;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.Users;
import app.journal.domain.InvalidValueException;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import app.journal.application.service.Throttle;
import app.journal.application.service.AccountSettings;

/**
 * Registration that cannot be used to find out who has an account: a new and a taken address take
 * the same path (validate, hash, one insert attempt, queue a mail in the outbox) and give the same
 * answer. Nothing is sent while the caller waits: the mail (without its link, whose token is minted at
 * delivery) is queued with the account, and a background worker delivers it.
 */
public final class RegisterUserService implements RegisterUser {

    private final Users users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AccountMailer mailer;
    private final Throttle throttle;
    private final AccountSettings settings;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public RegisterUserService(Users users, PasswordHasher hasher, PasswordPolicy policy, AccountMailer mailer,
            RateLimiter limiter, AccountSettings settings, Clock clock, UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.mailer = mailer;
        this.throttle = new Throttle(limiter);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void register(RegisterUserCommand command) {
        // First, before the rate-limit upsert: under overload a refused registration costs no database work.
        try (var admitted = hasher.admit()) {
            admitted(command);
        }
    }

    private void admitted(RegisterUserCommand command) {
        throttle.check("register:client:" + command.clientKey(), settings.rateLimits().registerPerClient());
        var email = new EmailAddress(command.email());
        var password = settings.passwordRules().normalize(command.password());
        var localPart = email.value().substring(0, email.value().indexOf('@'));
        policy.weakness(password, List.of(email.value(), localPart, "journal")).ifPresent(reason -> {
            throw new InvalidValueException("password", reason);
        });
        var hash = hasher.hash(password);
        var user = User.register(UserId.random(), email, hash, clock.instant());
        // The account and its verification mail are stored together or not at all (hashing stays outside).
        boolean added = unitOfWork.inTransaction(() -> {
            if (!users.addIfEmailFree(user)) {
                return false;
            }
            mailer.queue(new AccountMail.Verification(user.id(), email));
            return true;
        });
        if (added) {
            return;
        }
        // Taken. Help the owner if they never verified (and are not disabled), within the same
        // per-address budget as "resend", silently, so that registering again and again from many
        // clients cannot flood the address; otherwise send nothing. Either way the caller gets
        // exactly the same answer as for a new address.
        users.findByEmail(email)
                .filter(existing -> !existing.isVerified() && existing.passwordHash() != null
                        && !existing.isDisabled())
                .filter(existing -> throttle.allows(ResendVerificationService.accountKey(existing.email()),
                        settings.rateLimits().resendPerAccount()))
                .ifPresent(existing -> mailer.queue(new AccountMail.Verification(existing.id(), existing.email())));
    }
}
