package app.journal.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.domain.user.User.LoginEligibility;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final UserId ID = new UserId(UUID.fromString("33333333-3333-4333-8333-333333333333"));
    private static final EmailAddress EMAIL = new EmailAddress("ada@example.org");
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");

    private static User user(PasswordHash hash, Instant verifiedAt, Instant disabledAt) {
        return new User(ID, EMAIL, hash, verifiedAt, Set.of(Role.USER), disabledAt, NOW, NOW);
    }

    @Test
    void a_registered_user_is_an_unverified_plain_user() {
        var user = User.register(ID, EMAIL, HASH, NOW);

        assertThat(user.id()).isEqualTo(ID);
        assertThat(user.email()).isEqualTo(EMAIL);
        assertThat(user.passwordHash()).isEqualTo(HASH);
        assertThat(user.isVerified()).isFalse();
        assertThat(user.emailVerifiedAt()).isNull();
        assertThat(user.roles()).containsExactly(Role.USER);
        assertThat(user.isDisabled()).isFalse();
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(user.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void roles_are_copied_so_the_caller_cannot_change_them_afterwards() {
        var roles = new HashSet<>(Set.of(Role.USER));
        var user = new User(ID, EMAIL, HASH, null, roles, null, NOW, NOW);

        roles.add(Role.ADMIN);

        assertThat(user.roles()).containsExactly(Role.USER);
    }

    @Test
    void a_user_without_password_like_the_demo_user_cannot_log_in_with_one() {
        var demo = new User(DemoUser.ID, DemoUser.EMAIL, null, NOW, Set.of(Role.USER), null, NOW, NOW);

        assertThat(demo.loginEligibility(false)).isEqualTo(LoginEligibility.NO_PASSWORD);
        assertThat(demo.loginEligibility(true)).isEqualTo(LoginEligibility.NO_PASSWORD);
    }

    @Test
    void a_disabled_user_cannot_log_in_even_when_verified() {
        var disabled = user(HASH, NOW, NOW);

        assertThat(disabled.loginEligibility(false)).isEqualTo(LoginEligibility.DISABLED);
        assertThat(disabled.loginEligibility(true)).isEqualTo(LoginEligibility.DISABLED);
    }

    @Test
    void an_unverified_user_cannot_log_in_when_verification_is_required() {
        assertThat(user(HASH, null, null).loginEligibility(true)).isEqualTo(LoginEligibility.UNVERIFIED);
    }

    @Test
    void an_unverified_user_can_log_in_when_verification_is_not_required() {
        assertThat(user(HASH, null, null).loginEligibility(false)).isEqualTo(LoginEligibility.ELIGIBLE);
    }

    @Test
    void a_verified_enabled_user_can_log_in_when_verification_is_required() {
        assertThat(user(HASH, NOW, null).loginEligibility(true)).isEqualTo(LoginEligibility.ELIGIBLE);
    }

    @Test
    void to_string_of_a_user_does_not_reveal_the_password_hash() {
        assertThat(User.register(ID, EMAIL, HASH, NOW).toString()).doesNotContain(HASH.value());
    }
}
