package app.journal.application.service.admin;

import static app.journal.application.service.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.PageRequest;
import app.journal.application.port.in.admin.AdminCaller;
import app.journal.application.port.in.admin.AdminTargetNotFoundException;
import app.journal.application.port.out.AdminAudit;
import app.journal.application.port.out.AdminDirectory.Match;
import app.journal.application.port.out.AdminDirectory.Search;
import app.journal.application.port.out.AdminDirectory.Sort;
import app.journal.application.service.ActivitySettings;
import app.journal.application.service.account.ActivityQueryService;
import app.journal.application.testing.InlineUnitOfWork;
import app.journal.application.testing.PasskeysContract;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 17: what administrators read: the account list, one account, the audit log. */
class AdminQueryServiceTest {

    private final AdminFixture f = new AdminFixture();
    private final InlineUnitOfWork unitOfWork = new InlineUnitOfWork();
    private final AdminQueryService queries = new AdminQueryService(f.directory, f.audit, f.twoStep, f.passkeys,
            f.sessions, new ActivityQueryService(f.activity, ActivitySettings.defaults(), f.clock), unitOfWork,
            f.adminSettings, f.clock);
    private final AdminCaller admin = f.administrator("admin");

    @Test
    void theListCountsActiveSessionsAtTheClocksTime() {
        var person = f.account("person");
        f.session(person, false);
        var search = new Search(person.email().value(), Match.PREFIX, null, Sort.EMAIL, false);
        assertThat(queries.users(admin, search, new PageRequest(0, 10)).page().items()).singleElement()
                .satisfies(row -> assertThat(row.activeSessions()).isEqualTo(1));

        // Past the session's expiry (a persistent session lives 30 days in the fixtures' policy), it no longer counts.
        f.clock.advance(Duration.ofDays(31));
        var listing = queries.users(admin, search, new PageRequest(0, 10));
        assertThat(listing.totalCapped()).isFalse();
        var page = listing.page();
        assertThat(page.totalItems()).isEqualTo(1);
        assertThat(page.items().getFirst().activeSessions()).isZero();
    }

    @Test
    void theListCountsUpToItsLimitAndThenSaysMoreThanThat() {
        var limited = new AdminQueryService(f.directory, f.audit, f.twoStep, f.passkeys, f.sessions,
                new ActivityQueryService(f.activity, ActivitySettings.defaults(), f.clock), unitOfWork,
                new AdminSettings(true, f.adminSettings.actionsPerAdmin(), 2), f.clock);
        var search = new Search("capped", Match.PREFIX, null, Sort.EMAIL, false);
        f.account("capped-1");
        f.account("capped-2");
        var exact = limited.users(admin, search, new PageRequest(0, 1));
        assertThat(exact.totalCapped()).isFalse();
        assertThat(exact.page().totalItems()).isEqualTo(2);

        f.account("capped-3");
        var capped = limited.users(admin, search, new PageRequest(2, 1));
        assertThat(capped.totalCapped()).isTrue();
        assertThat(capped.page().totalItems()).isEqualTo(2);
        // The rows past the limit are still listed: only the count stops.
        assertThat(capped.page().items()).singleElement().satisfies(row -> assertThat(row.email()).startsWith("capped-3"));
    }

    @Test
    void theListIsOnlyForACheckedAdministrator() {
        var search = new Search(null, Match.PREFIX, null, Sort.EMAIL, false);
        assertThatThrownBy(() -> queries.users(null, search, new PageRequest(0, 10)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> queries.audit(null, AdminAudit.Filter.ALL, new PageRequest(0, 10)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> queries.account(null, admin.userId())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void oneAccountShowsItsFactorsLiveDevicesAndTheNewestActivity() {
        var person = f.account("person");
        var live = f.session(person, false);
        var ended = f.session(person, false);
        assertThat(f.sessions.revoke(ended, NOW, RevokeReason.LOGOUT)).isTrue();
        assertThat(f.twoStep.beginEnrolment(person.id(), new byte[] {1}, NOW)).isTrue();
        assertThat(f.twoStep.confirm(person.id(), 1, NOW)).isTrue();
        var codes = IntStream.range(0, 10).mapToObj(i -> String.format("%064x", i)).toList();
        f.twoStep.replaceRecoveryCodes(person.id(), codes, NOW);
        assertThat(f.twoStep.spendRecoveryCode(person.id(), codes.getFirst(), NOW)).isTrue();
        f.passkeys.add(PasskeysContract.passkey(PasskeysContract.randomCredentialId(), person.id(), "Phone", 0, NOW));
        for (int i = 0; i < 25; i++) {
            f.activity.record(AccountActivity.of(person.id(), NOW.minus(Duration.ofMinutes(i)), ActivityKind.SIGNED_IN,
                    "Firefox", null, null));
        }

        var account = queries.account(admin, person.id());

        assertThat(account.row().id()).isEqualTo(person.id());
        assertThat(account.row().twoStep()).isTrue();
        assertThat(account.twoStep()).isTrue();
        assertThat(account.recoveryCodesLeft()).isEqualTo(9);
        assertThat(account.passkeys()).extracting(p -> p.name().value()).containsExactly("Phone");
        assertThat(account.devices()).extracting(s -> s.id()).containsExactly(live);
        assertThat(account.activity().items()).hasSize(AdminQueryService.ACTIVITY_ROWS);
        assertThat(account.activity().totalItems()).isEqualTo(25);
        assertThat(account.activity().items().getFirst().at()).isEqualTo(NOW);
    }

    @Test
    void recoveryCodesLeftAreNoneWithoutTwoStepAndAnUnknownAccountIsNotFound() {
        var person = f.account("person");
        assertThat(f.twoStep.beginEnrolment(person.id(), new byte[] {1}, NOW)).isTrue();
        f.twoStep.replaceRecoveryCodes(person.id(), List.of(String.format("%064x", 1)), NOW);

        var account = queries.account(admin, person.id());
        assertThat(account.twoStep()).as("enrolment not confirmed").isFalse();
        assertThat(account.recoveryCodesLeft()).isZero();
        assertThatThrownBy(() -> queries.account(admin, UserId.random()))
                .isInstanceOf(AdminTargetNotFoundException.class);
    }

    @Test
    void theAuditLogIsReadNewestFirstAndDownloadedInsideOneUnitOfWork() {
        for (int i = 0; i < 3; i++) {
            f.audit.record(new AdminAudit.Entry(UUID.randomUUID(), NOW.plusSeconds(i), admin.userId(),
                    admin.email().value(), i == 1 ? "disabled" : "enabled", null, "t" + i + "@example.org", null, null,
                    null));
        }
        var page = queries.audit(admin, AdminAudit.Filter.ALL, new PageRequest(0, 2));
        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(page.items()).extracting(AdminAudit.Entry::targetEmail)
                .containsExactly("t2@example.org", "t1@example.org");
        assertThat(queries.audit(admin, new AdminAudit.Filter(null, null, "disabled", null, null), new PageRequest(0, 10))
                .items()).extracting(AdminAudit.Entry::targetEmail).containsExactly("t1@example.org");

        var streamed = new ArrayList<String>();
        var openWhileStreaming = new ArrayList<Boolean>();
        queries.auditEach(admin, AdminAudit.Filter.ALL, entry -> {
            streamed.add(entry.targetEmail());
            openWhileStreaming.add(unitOfWork.isOpen());
        });
        assertThat(streamed).containsExactly("t2@example.org", "t1@example.org", "t0@example.org");
        assertThat(openWhileStreaming).containsOnly(true);
        assertThat(unitOfWork.opened()).isEqualTo(1);
    }
}
