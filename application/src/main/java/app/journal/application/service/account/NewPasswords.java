package app.journal.application.service.account;

import app.journal.application.port.out.PasswordHasher;
import app.journal.application.port.out.PasswordPolicy;
import app.journal.domain.InvalidValueException;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import java.util.List;
import org.jspecify.annotations.Nullable;
import app.journal.application.service.AccountSettings;

/**
 * A new password under the registration policy (length in code points after NFC, guessability with
 * the address as the person's own data), hashed. One place, so registration, reset and change judge a
 * password alike. Hashing happens here, before any unit of work opens.
 */
final class NewPasswords {

    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final AccountSettings settings;

    NewPasswords(PasswordPolicy policy, PasswordHasher hasher, AccountSettings settings) {
        this.policy = policy;
        this.hasher = hasher;
        this.settings = settings;
    }

    /** @throws InvalidValueException naming {@code field} when the password breaks the policy */
    PasswordHash accept(@Nullable String raw, EmailAddress owner, String field) {
        String password;
        try {
            password = settings.passwordRules().normalize(raw);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
        var localPart = owner.value().substring(0, owner.value().indexOf('@'));
        policy.weakness(password, List.of(owner.value(), localPart, "journal")).ifPresent(reason -> {
            throw new InvalidValueException(field, reason);
        });
        return hasher.hash(password);
    }
}
