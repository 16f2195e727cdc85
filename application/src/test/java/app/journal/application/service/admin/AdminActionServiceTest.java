package app.journal.application.service.admin;

import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.admin.AdminFixture.ACTIONS_PER_WINDOW;
import static app.journal.application.service.admin.AdminFixture.CLIENT;
import static app.journal.application.service.admin.AdminFixture.WINDOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.RateLimitedException;
import app.journal.application.port.in.admin.AdminActions;
import app.journal.application.port.in.admin.AdminCaller;
import app.journal.application.port.in.admin.AdminTargetNotFoundException;
import app.journal.application.port.in.admin.LastAdminException;
import app.journal.application.port.in.mfa.ReauthenticationRequiredException;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMail.AdminTopic;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.AdminAudit;
import app.journal.application.port.out.TrustedBrowsers.TrustedBrowser;
import app.journal.application.service.LinkTokens;
import app.journal.application.testing.PasskeysContract;
import app.journal.domain.InvalidValueException;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Issue 17: administrators' actions on the in-memory stores (each with its audit row, in one unit of work). */
class AdminActionServiceTest {

    private final AdminFixture f = new AdminFixture();
    private final AdminActionService actions = f.actions;

    /** Every action, called the way that succeeds on an ordinary, verified account. */
    private static Map<String, BiConsumer<AdminActions, Call>> everyAction() {
        return Map.of(
                AdminActions.SIGNED_OUT, (a, c) -> a.signOut(c.caller(), c.target().id(), null, "lost phone"),
                AdminActions.DISABLED, (a, c) -> a.disable(c.caller(), c.target().id(), "abuse report 17"),
                AdminActions.ENABLED, (a, c) -> a.enable(c.caller(), c.target().id()),
                AdminActions.SECOND_FACTOR_RESET, (a, c) -> a.resetSecondFactor(c.caller(), c.target().id()),
                AdminActions.PASSWORD_RESET_MAIL, (a, c) -> a.sendPasswordReset(c.caller(), c.target().id()),
                AdminActions.VERIFICATION_MAIL, (a, c) -> a.sendVerification(c.caller(), c.target().id()),
                AdminActions.DELETED, (a, c) -> a.delete(c.caller(), c.target().id(), c.target().email().value()),
                AdminActions.ROLE_GRANTED, (a, c) -> a.grantAdmin(c.caller(), c.target().id()),
                AdminActions.ROLE_REVOKED, (a, c) -> a.revokeAdmin(c.caller(), c.target().id()));
    }

    private record Call(AdminCaller caller, User target) {}

    @Test
    void everyActionNeedsAConfirmedSessionAndChangesNothingWithout() {
        var admin = f.administrator("admin");
        var unconfirmed = new AdminCaller(admin.userId(), admin.email(), f.session(user(admin), false), CLIENT);
        var person = f.account("person");
        f.session(person, false);
        everyAction().forEach((name, action) -> assertThatThrownBy(() -> action.accept(actions, new Call(unconfirmed, person)))
                .as(name).isInstanceOf(ReauthenticationRequiredException.class));

        assertThat(f.audit.all()).isEmpty();
        assertThat(f.reload(person)).isEqualTo(person);
        assertThat(f.sessions.unrevokedOf(person.id(), NOW)).hasSize(1);
        assertThat(f.adminEvents.actions()).isEmpty();
    }

    @Test
    void anUnknownAccountIsNotFoundForEveryAction() {
        var admin = f.administrator("admin");
        var ghost = f.account("ghost");
        assertThat(f.users.delete(ghost.id())).isTrue();
        everyAction().forEach((name, action) -> assertThatThrownBy(() -> action.accept(actions, new Call(admin, ghost)))
                .as(name).isInstanceOf(AdminTargetNotFoundException.class));
        assertThat(f.audit.all()).isEmpty();
        assertThat(f.adminEvents.actions()).isEmpty();
    }

    @Test
    void signingOutEndsOneOrEverySessionOfTheAccountOnlyAndIsAudited() {
        var admin = f.administrator("admin");
        var person = f.account("person");
        var phone = f.session(person, false);
        var laptop = f.session(person, false);
        var other = f.account("other");
        var othersSession = f.session(other, false);

        assertThatThrownBy(() -> actions.signOut(admin, person.id(), othersSession, null))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> actions.signOut(admin, person.id(), SessionId.random(), null))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(f.audit.all()).isEmpty();

        actions.signOut(admin, person.id(), phone, "  stolen phone  ");
        assertThat(f.sessions.find(phone).orElseThrow().revokeReason()).isEqualTo(RevokeReason.ADMIN_REVOKED);
        assertThat(f.sessions.find(laptop).orElseThrow().isRevoked()).isFalse();

        actions.signOut(admin, person.id(), null, null);
        assertThat(f.sessions.unrevokedOf(person.id(), NOW)).isEmpty();
        assertThat(f.sessions.find(othersSession).orElseThrow().isRevoked()).isFalse();
        assertThat(f.metrics.revocations(RevokeReason.ADMIN_REVOKED)).isEqualTo(2);

        assertThat(f.audit.all()).extracting(AdminAudit.Entry::action, AdminAudit.Entry::reason)
                .containsExactly(Tuple.tuple("signed_out", "stolen phone"),
                        Tuple.tuple("signed_out", null));
        var entry = f.audit.all().getFirst();
        assertThat(entry.actorId()).isEqualTo(admin.userId());
        assertThat(entry.actorEmail()).isEqualTo(admin.email().value());
        assertThat(entry.targetId()).isEqualTo(person.id());
        assertThat(entry.targetEmail()).isEqualTo(person.email().value());
        assertThat(entry.at()).isEqualTo(NOW);
        assertThat(entry.clientIp()).isEqualTo(CLIENT.clientIp());
        assertThat(entry.userAgent()).isEqualTo(CLIENT.userAgent());
        assertThat(f.activity.of(ActivityKind.ADMIN_SIGNED_OUT)).hasSize(2)
                .allSatisfy(row -> assertThat(row.userId()).isEqualTo(person.id()));
        assertThat(f.adminEvents.actions()).containsExactly("signed_out", "signed_out");
        assertThatThrownBy(() -> actions.signOut(admin, person.id(), null, "x".repeat(501)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void disablingNeedsAReasonEndsEverySessionVoidsPendingGrantsAndTellsThePerson() {
        var admin = f.administrator("admin");
        var person = f.account("person");
        f.session(person, false);
        f.session(person, false);
        f.tokens.store(person.id(), Purpose.PASSWORD_RESET, LinkTokens.hash("reset-link"), person.email(),
                NOW.plus(Duration.ofHours(1)));
        f.browsers.add(new TrustedBrowser(UUID.randomUUID(), person.id(), LinkTokens.hash("browser"), "Firefox",
                NOW, NOW.plus(Duration.ofDays(30))));
        for (var reason : new String[] {null, " ", "x".repeat(501)}) {
            assertThatThrownBy(() -> actions.disable(admin, person.id(), reason)).isInstanceOf(InvalidValueException.class);
        }
        assertThat(f.audit.all()).isEmpty();

        actions.disable(admin, person.id(), " abuse report 17 ");

        assertThat(f.reload(person).isDisabled()).isTrue();
        assertThat(f.sessions.unrevokedOf(person.id(), NOW)).isEmpty();
        assertThat(f.tokens.find(LinkTokens.hash("reset-link"), Purpose.PASSWORD_RESET, NOW)).isEmpty();
        assertThat(f.browsers.all()).isEmpty();
        assertThat(f.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("disabled");
            assertThat(e.reason()).isEqualTo("abuse report 17");
        });
        assertThat(f.activity.of(ActivityKind.ADMIN_DISABLED)).hasSize(1);
        assertThat(f.mailer.queued(AccountMail.AdminNotice.class)).singleElement()
                .satisfies(m -> assertThat(m.topic()).isEqualTo(AdminTopic.ADMIN_DISABLED));
        assertThat(f.metrics.revocations(RevokeReason.ADMIN_REVOKED)).isEqualTo(2);

        actions.enable(admin, person.id());
        assertThat(f.reload(person).isDisabled()).isFalse();
        assertThat(f.audit.all()).extracting(AdminAudit.Entry::action).containsExactly("disabled", "enabled");
        assertThat(f.mailer.queued(AccountMail.AdminNotice.class)).extracting(AccountMail.AdminNotice::topic)
                .containsExactly(AdminTopic.ADMIN_DISABLED, AdminTopic.ADMIN_ENABLED);
        assertThat(f.adminEvents.actions()).containsExactly("disabled", "enabled");
    }

    @Test
    void resettingTheSecondFactorRemovesTwoStepAndEveryPasskey() {
        var admin = f.administrator("admin");
        var person = f.account("person");
        assertThat(f.twoStep.beginEnrolment(person.id(), new byte[] {1, 2, 3}, NOW)).isTrue();
        assertThat(f.twoStep.confirm(person.id(), 1, NOW)).isTrue();
        f.passkeys.add(PasskeysContract.passkey(PasskeysContract.randomCredentialId(), person.id(), "Phone", 0, NOW));
        f.passkeys.add(PasskeysContract.passkey(PasskeysContract.randomCredentialId(), person.id(), "Key", 0, NOW));

        actions.resetSecondFactor(admin, person.id());

        assertThat(f.twoStep.find(person.id())).isEmpty();
        assertThat(f.passkeys.count(person.id())).isZero();
        assertThat(f.audit.all()).extracting(AdminAudit.Entry::action).containsExactly("second_factor_reset");
        assertThat(f.activity.of(ActivityKind.ADMIN_RESET_SECOND_FACTOR)).hasSize(1);
        assertThat(f.mailer.queued(AccountMail.AdminNotice.class)).extracting(AccountMail.AdminNotice::topic)
                .containsExactly(AdminTopic.ADMIN_RESET_SECOND_FACTOR);
    }

    @Test
    void mailsAreQueuedAndAuditedAndAVerificationOnlyWhileUnverified() {
        var admin = f.administrator("admin");
        var verified = f.account("verified");
        var unverified = f.unverified("new");

        actions.sendPasswordReset(admin, verified.id());
        actions.sendVerification(admin, verified.id());
        actions.sendVerification(admin, unverified.id());

        assertThat(f.mailer.queued(AccountMail.PasswordResetLink.class)).singleElement()
                .satisfies(m -> assertThat(m.to()).isEqualTo(verified.email()));
        assertThat(f.mailer.queued(AccountMail.Verification.class)).singleElement()
                .satisfies(m -> assertThat(m.to()).isEqualTo(unverified.email()));
        assertThat(f.audit.all()).extracting(AdminAudit.Entry::action, AdminAudit.Entry::targetId).containsExactly(
                Tuple.tuple("password_reset_mail", verified.id()),
                Tuple.tuple("verification_mail", verified.id()),
                Tuple.tuple("verification_mail", unverified.id()));
        assertThat(f.activity.of(ActivityKind.ADMIN_PASSWORD_RESET_MAIL)).hasSize(1);
    }

    @Test
    void deletingNeedsTheAccountsAddressAndKeepsTheAuditRow() {
        var admin = f.administrator("admin");
        var person = f.account("person");
        f.session(person, false);
        for (var wrong : new String[] {null, "", "someone@example.org"}) {
            assertThatThrownBy(() -> actions.delete(admin, person.id(), wrong)).isInstanceOf(InvalidValueException.class);
        }
        assertThat(f.users.findById(person.id())).isPresent();
        assertThat(f.audit.all()).isEmpty();

        actions.delete(admin, person.id(), "  " + person.email().value().toUpperCase() + " ");

        assertThat(f.users.findById(person.id())).isEmpty();
        assertThat(f.metrics.revocations(RevokeReason.ACCOUNT_DELETED)).isEqualTo(1);
        assertThat(f.mailer.queued(AccountMail.AccountDeleted.class)).singleElement()
                .satisfies(m -> assertThat(m.to()).isEqualTo(person.email()));
        assertThat(f.audit.all()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("deleted");
            assertThat(e.targetEmail()).isEqualTo(person.email().value());
        });
        assertThatThrownBy(() -> actions.delete(admin, person.id(), person.email().value()))
                .isInstanceOf(AdminTargetNotFoundException.class);
        assertThat(f.adminEvents.actions()).containsExactly("deleted");
    }

    @Test
    void theRoleIsGrantedAndRevokedWithAnAuditRowEach() {
        var admin = f.administrator("admin");
        var person = f.account("person");

        actions.grantAdmin(admin, person.id());
        assertThat(f.reload(person).roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        actions.revokeAdmin(admin, person.id());
        assertThat(f.reload(person).roles()).containsExactly(Role.USER);

        assertThat(f.audit.all()).extracting(AdminAudit.Entry::action).containsExactly("role_granted", "role_revoked");
        assertThat(f.adminEvents.actions()).containsExactly("role_granted", "role_revoked");
    }

    @Test
    void theLastEnabledAdministratorCannotLoseTheRoleBeDisabledOrDeleted() {
        var admin = f.administrator("admin");
        var disabledAdmin = f.account("disabled-admin", Role.ADMIN);
        f.users.disable(disabledAdmin.id(), NOW);
        var self = user(admin);

        assertThatThrownBy(() -> actions.revokeAdmin(admin, self.id())).isInstanceOf(LastAdminException.class);
        assertThatThrownBy(() -> actions.disable(admin, self.id(), "leaving")).isInstanceOf(LastAdminException.class);
        assertThatThrownBy(() -> actions.delete(admin, self.id(), self.email().value()))
                .isInstanceOf(LastAdminException.class);

        assertThat(f.directory.locks()).as("each check counted the administrators under lock").isEqualTo(3);
        assertThat(f.reload(self)).isEqualTo(self);
        assertThat(f.sessions.unrevokedOf(self.id(), NOW)).hasSize(1);
        assertThat(f.audit.all()).isEmpty();
        assertThat(f.mailer.queued()).isEmpty();
        assertThat(f.activity.all()).isEmpty();
        assertThat(f.adminEvents.actions()).isEmpty();

        // A disabled administrator is no guard: its own role can go.
        actions.revokeAdmin(admin, disabledAdmin.id());
        assertThat(f.reload(disabledAdmin).roles()).containsExactly(Role.USER);
    }

    @Test
    void withASecondAdministratorEitherMayLoseTheRoleOrBeDisabled() {
        var first = f.administrator("first");
        var second = f.administrator("second");

        actions.revokeAdmin(first, second.userId());
        assertThat(f.reload(user(second)).roles()).doesNotContain(Role.ADMIN);
        actions.grantAdmin(first, second.userId());
        actions.disable(first, second.userId(), "on leave");
        assertThat(f.reload(user(second)).isDisabled()).isTrue();
        // Now the first is the last enabled one.
        assertThatThrownBy(() -> actions.revokeAdmin(first, first.userId())).isInstanceOf(LastAdminException.class);
    }

    @Test
    void withASecondAdministratorOneMayBeDeleted() {
        var first = f.administrator("first");
        var second = f.administrator("second");

        actions.delete(first, second.userId(), second.email().value());

        assertThat(f.users.findById(second.userId())).isEmpty();
        assertThat(f.audit.all()).extracting(AdminAudit.Entry::action).containsExactly("deleted");
    }

    @Test
    void aFailingAuditWriteLeavesNothingChangedForEveryAction() {
        everyAction().forEach((name, action) -> {
            var fixture = new AdminFixture();
            var admin = fixture.administrator("admin");
            var person = name.equals(AdminActions.VERIFICATION_MAIL) ? fixture.unverified("person")
                    : fixture.account("person", name.equals(AdminActions.ROLE_REVOKED) ? new Role[] {Role.ADMIN} : new Role[0]);
            if (name.equals(AdminActions.ENABLED)) {
                fixture.users.disable(person.id(), NOW);
            }
            var before = fixture.reload(person);
            fixture.session(person, false);
            assertThat(fixture.twoStep.beginEnrolment(person.id(), new byte[] {1}, NOW)).isTrue();
            assertThat(fixture.twoStep.confirm(person.id(), 1, NOW)).isTrue();
            fixture.passkeys.add(PasskeysContract.passkey(PasskeysContract.randomCredentialId(), person.id(), "Key", 0, NOW));
            fixture.browsers.add(new TrustedBrowser(UUID.randomUUID(), person.id(), LinkTokens.hash("b"), "Firefox", NOW,
                    NOW.plus(Duration.ofDays(30))));
            fixture.audit.failNextRecords();

            assertThatThrownBy(() -> action.accept(fixture.actions, new Call(admin, person))).as(name)
                    .isInstanceOf(IllegalStateException.class).hasMessage("audit insert failed");

            assertThat(fixture.unitOfWork.rolledBack()).as(name).isEqualTo(1);
            assertThat(fixture.users.findById(person.id())).as(name).contains(before);
            assertThat(fixture.sessions.unrevokedOf(person.id(), NOW)).as(name).hasSize(1);
            assertThat(fixture.twoStep.find(person.id())).as(name).isPresent();
            assertThat(fixture.passkeys.count(person.id())).as(name).isEqualTo(1);
            assertThat(fixture.browsers.all()).as(name).hasSize(1);
            assertThat(fixture.activity.all()).as(name).isEmpty();
            assertThat(fixture.mailer.queued()).as(name).isEmpty();
            assertThat(fixture.audit.all()).as(name).isEmpty();
            assertThat(fixture.metrics.revocations()).as(name).isZero();
            assertThat(fixture.adminEvents.actions()).as(name).isEmpty();
        });
    }

    @Test
    void eachAdministratorHasALimitOfActionsPerWindow() {
        var admin = f.administrator("admin");
        var other = f.administrator("other");
        var person = f.account("person");
        for (int i = 0; i < ACTIONS_PER_WINDOW; i++) {
            actions.sendPasswordReset(admin, person.id());
        }

        assertThatThrownBy(() -> actions.enable(admin, person.id()))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(WINDOW));
        assertThat(f.audit.all()).hasSize(ACTIONS_PER_WINDOW);
        // Another administrator has a budget of their own.
        actions.enable(other, person.id());
        assertThat(f.audit.all()).hasSize(ACTIONS_PER_WINDOW + 1).last()
                .satisfies(e -> assertThat(e.actorId()).isEqualTo(other.userId()));
        // The refusal is keyed to the administrator, not the account acted on.
        var someoneElse = f.account("someone-else");
        assertThatThrownBy(() -> actions.sendPasswordReset(admin, someoneElse.id()))
                .isInstanceOf(RateLimitedException.class);

        f.clock.advance(WINDOW);
        f.marks.confirm(admin.sessionId(), admin.userId(), f.clock.instant());
        actions.enable(admin, person.id());
        assertThat(f.audit.all()).last().satisfies(e -> assertThat(e.actorId()).isEqualTo(admin.userId()));
    }

    private User user(AdminCaller caller) {
        return f.users.findById(caller.userId()).orElseThrow();
    }
}
