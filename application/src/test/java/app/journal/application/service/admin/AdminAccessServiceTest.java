package app.journal.application.service.admin;

import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.UNLIMITED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.admin.AdminNeedsSecondFactorException;
import app.journal.application.port.in.admin.AdminOnlyException;
import app.journal.application.service.mfa.FactorChecks;
import app.journal.application.testing.FakeCodeDigests;
import app.journal.application.testing.InMemoryPasskeys;
import app.journal.application.testing.InMemorySecretSealer;
import app.journal.application.testing.InMemoryTwoStepFactors;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.PasskeysContract;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 17: who is an administrator is read from the account on every check, never from the token. */
class AdminAccessServiceTest {

    private static final ClientInfo CLIENT = new ClientInfo("Firefox on Linux", "198.51.100.7");

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryTwoStepFactors twoStep = new InMemoryTwoStepFactors();
    private final InMemoryPasskeys passkeys = new InMemoryPasskeys();
    private final FactorChecks factors = new FactorChecks(twoStep, new InMemorySecretSealer(), new FakeCodeDigests());
    private final AdminAccessService requiringSecondFactor =
            new AdminAccessService(users, factors, passkeys, new AdminSettings(true, UNLIMITED));
    private final AdminAccessService notRequiring =
            new AdminAccessService(users, factors, passkeys, new AdminSettings(false, UNLIMITED));

    private User account(String name, Role... roles) {
        var user = new User(UserId.random(), new EmailAddress(name + "@example.org"), new PasswordHash("$argon2id$x"),
                NOW, roles.length == 0 ? Set.of(Role.USER) : Set.of(roles), null, NOW, NOW);
        assertThat(users.addIfEmailFree(user)).isTrue();
        return user;
    }

    @Test
    void anAdministratorIsHandedOverWithTheAddressTheDatabaseHoldsNow() {
        var admin = account("boss", Role.USER, Role.ADMIN);
        var session = SessionId.random();

        var caller = notRequiring.check(admin.id(), session, CLIENT);

        assertThat(caller.userId()).isEqualTo(admin.id());
        assertThat(caller.email()).isEqualTo(new EmailAddress("boss@example.org"));
        assertThat(caller.sessionId()).isEqualTo(session);
        assertThat(caller.client()).isEqualTo(CLIENT);
    }

    @Test
    void anyoneElseIsRefusedAsNotAnAdministrator() {
        var person = account("person");
        var disabledAdmin = account("disabled", Role.USER, Role.ADMIN);
        users.disable(disabledAdmin.id(), NOW);

        assertThatThrownBy(() -> notRequiring.check(person.id(), SessionId.random(), CLIENT))
                .isInstanceOf(AdminOnlyException.class);
        assertThatThrownBy(() -> notRequiring.check(disabledAdmin.id(), SessionId.random(), CLIENT))
                .isInstanceOf(AdminOnlyException.class);
        assertThatThrownBy(() -> notRequiring.check(UserId.random(), SessionId.random(), CLIENT))
                .as("no such account").isInstanceOf(AdminOnlyException.class);
    }

    @Test
    void aRoleTakenAwayStopsTheNextCheck() {
        var admin = account("boss", Role.USER, Role.ADMIN);
        assertThat(notRequiring.check(admin.id(), SessionId.random(), CLIENT).userId()).isEqualTo(admin.id());

        assertThat(users.changeRoles(admin.id(), Set.of(Role.USER), NOW)).isTrue();

        assertThatThrownBy(() -> notRequiring.check(admin.id(), SessionId.random(), CLIENT))
                .isInstanceOf(AdminOnlyException.class);
    }

    @Test
    void whenRequiredAnAdministratorNeedsTwoStepOrAPasskey() {
        var admin = account("boss", Role.USER, Role.ADMIN);
        assertThatThrownBy(() -> requiringSecondFactor.check(admin.id(), SessionId.random(), CLIENT))
                .isInstanceOf(AdminNeedsSecondFactorException.class);
        // Enrolment begun but not confirmed is not two-step verification yet.
        assertThat(twoStep.beginEnrolment(admin.id(), new byte[] {1, 2}, NOW)).isTrue();
        assertThatThrownBy(() -> requiringSecondFactor.check(admin.id(), SessionId.random(), CLIENT))
                .isInstanceOf(AdminNeedsSecondFactorException.class);
        assertThat(twoStep.confirm(admin.id(), 1, NOW)).isTrue();
        assertThat(requiringSecondFactor.check(admin.id(), SessionId.random(), CLIENT).userId()).isEqualTo(admin.id());

        var withPasskey = account("keyholder", Role.USER, Role.ADMIN);
        passkeys.add(PasskeysContract.passkey(PasskeysContract.randomCredentialId(), withPasskey.id(), "Key", 0, NOW));
        assertThat(requiringSecondFactor.check(withPasskey.id(), SessionId.random(), CLIENT).userId())
                .isEqualTo(withPasskey.id());
    }

    @Test
    void theSecondFactorIsCheckedOnlyForAdministrators() {
        var person = account("person");
        assertThatThrownBy(() -> requiringSecondFactor.check(person.id(), SessionId.random(), CLIENT))
                .as("not an administrator comes first").isInstanceOf(AdminOnlyException.class);
    }
}
