package app.journal.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.session.StartDemoSession.DemoModeDisabledException;
import app.journal.application.testing.InMemoryUsers;
import app.journal.domain.user.DemoUser;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StartDemoSessionServiceTest {

    private static final Instant MIGRATED = Instant.parse("2025-01-01T00:00:00Z");
    private static final User DEMO =
            new User(DemoUser.ID, DemoUser.EMAIL, null, MIGRATED, Set.of(Role.USER), null, MIGRATED, MIGRATED);

    private final InMemoryUsers users = new InMemoryUsers();

    @Test
    void disabled_demo_mode_refuses_even_when_the_demo_user_exists() {
        users.addIfEmailFree(DEMO);
        var service = new StartDemoSessionService(users, false);

        assertThatThrownBy(service::start).isInstanceOf(DemoModeDisabledException.class);
    }

    @Test
    void enabled_demo_mode_without_the_demo_user_is_a_broken_installation() {
        var service = new StartDemoSessionService(users, true);

        assertThatThrownBy(service::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DemoUser.ID.toString());
    }

    @Test
    void enabled_demo_mode_signs_in_as_the_demo_user() {
        users.addIfEmailFree(DEMO);
        var service = new StartDemoSessionService(users, true);

        var user = service.start();

        assertThat(user).isEqualTo(DEMO);
        assertThat(user.id()).isEqualTo(DemoUser.ID);
    }

    @Test
    void enabled_demo_mode_never_hands_out_another_user() {
        var someoneElse = User.register(UserId.random(), new EmailAddress("ada@example.org"),
                new PasswordHash("$argon2id$hash"), MIGRATED);
        users.addIfEmailFree(someoneElse);
        var service = new StartDemoSessionService(users, true);

        assertThatThrownBy(service::start).isInstanceOf(IllegalStateException.class);
    }
}
