package app.journal.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.Users;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/** Shared by the contracts: fresh users, so that tests sharing one database never see each other. */
final class ContractFixtures {

    /** A fixed moment with whole seconds: every store keeps it exactly. */
    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private ContractFixtures() {}

    static EmailAddress uniqueEmail(String name) {
        return new EmailAddress(name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
    }

    static User newUser(String name) {
        return User.register(UserId.random(), uniqueEmail(name), new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), T0);
    }

    /** Registers a fresh user in {@code users} (entries and sessions reference one) and returns its id. */
    static UserId registeredUser(Users users, String name) {
        User user = newUser(name);
        assertThat(users.addIfEmailFree(user)).as("registering a fresh user").isTrue();
        return user.id();
    }
}
