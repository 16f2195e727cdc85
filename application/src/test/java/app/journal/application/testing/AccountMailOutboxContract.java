package app.journal.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailKind;
import app.journal.application.port.out.AccountMailOutbox;
import app.journal.application.port.out.AccountMailer;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every outbox promises, whatever stores it: mail comes back as it was queued, each due mail is
 * claimed by one claimer for a lease, and a lost claim's late report changes nothing.
 */
public abstract class AccountMailOutboxContract {

    protected static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(5);

    protected final TestClock clock = new TestClock(NOW);

    /** A fresh, empty outbox on {@link #clock}: both its sides, as one object. */
    protected abstract Both outbox();

    /** The queueing and the delivering side of one outbox. */
    public record Both(AccountMailer mailer, AccountMailOutbox outbox) {

        public void queue(AccountMail mail) {
            mailer.queue(mail);
        }

        public java.util.List<AccountMailOutbox.Claim> claimDue(Instant now, int limit, Instant leaseUntil) {
            return outbox.claimDue(now, limit, leaseUntil);
        }

        public boolean delivered(AccountMailOutbox.Claim claim) {
            return outbox.delivered(claim);
        }

        public boolean retryLater(AccountMailOutbox.Claim claim, Instant next, String failure) {
            return outbox.retryLater(claim, next, failure);
        }

        public boolean giveUp(AccountMailOutbox.Claim claim) {
            return outbox.giveUp(claim);
        }

        public long waiting() {
            return outbox.waiting();
        }

        public int withdraw(UserId userId, Set<AccountMailKind> kinds) {
            return mailer.withdraw(userId, kinds);
        }

        public boolean hold(AccountMailOutbox.Claim claim) {
            return outbox.hold(claim);
        }
    }

    /** Each kind, every field set (a user id the store accepts: {@link #existingUser()}). */
    protected List<AccountMail> everyKind() {
        var user = existingUser();
        var to = new EmailAddress("ada@example.org");
        var at = Instant.parse("2026-02-28T21:05:07.123456Z");
        return List.of(new AccountMail.Verification(user, to),
                new AccountMail.NewDeviceSignIn(user, to, at, "Firefox on Windows", "203.0.113.7", SessionId.random()),
                new AccountMail.RefreshTokenReplayed(user, to, at, "Safari on iPhone", null, SessionId.random()),
                new AccountMail.OtherDevicesSignedOut(user, to, at, "Chrome on Linux", "2001:db8::1", 3),
                new AccountMail.EmailChangeRequested(user, to, at, "Firefox on Windows", "203.0.113.7",
                        new EmailAddress("new@example.org")),
                new AccountMail.PasskeyNotice(user, to, AccountMail.PasskeyTopic.PASSKEY_ADDED, at, "Chrome on Linux",
                        "203.0.113.7"),
                new AccountMail.PasskeyNotice(user, to, AccountMail.PasskeyTopic.PASSKEY_COUNTER_REGRESSED, at,
                        "Safari on iPhone", null));
    }

    /** A user the store knows (a database may insist on one). */
    protected UserId existingUser() {
        return UserId.random();
    }

    @Test
    void every_kind_comes_back_from_a_claim_exactly_as_it_was_queued() {
        var outbox = outbox();
        var mails = everyKind();
        mails.forEach(outbox::queue);

        var claims = outbox.claimDue(NOW, 10, NOW.plus(LEASE));

        assertThat(claims).extracting(AccountMailOutbox.Claim::mail).containsExactlyInAnyOrderElementsOf(mails);
        assertThat(claims).allSatisfy(claim -> {
            assertThat(claim.attempt()).isEqualTo(1);
            assertThat(claim.queuedAt()).isEqualTo(NOW);
        });
        assertThat(outbox.waiting()).isEqualTo(mails.size());
    }

    @Test
    void a_claimed_mail_is_not_offered_again_until_its_lease_ends_and_then_counts_as_a_second_attempt() {
        var outbox = outbox();
        outbox.queue(everyKind().getFirst());

        assertThat(outbox.claimDue(NOW, 10, NOW.plus(LEASE))).hasSize(1);
        assertThat(outbox.claimDue(NOW.plus(LEASE).minusSeconds(1), 10, NOW.plus(LEASE.multipliedBy(2)))).isEmpty();

        assertThat(outbox.claimDue(NOW.plus(LEASE), 10, NOW.plus(LEASE.multipliedBy(2))))
                .singleElement().extracting(AccountMailOutbox.Claim::attempt).isEqualTo(2);
    }

    @Test
    void at_most_the_limit_is_claimed_and_the_rest_stays_due() {
        var outbox = outbox();
        for (int i = 0; i < 5; i++) {
            outbox.queue(everyKind().getFirst());
        }

        assertThat(outbox.claimDue(NOW, 3, NOW.plus(LEASE))).hasSize(3);
        assertThat(outbox.claimDue(NOW, 3, NOW.plus(LEASE))).hasSize(2);
        assertThat(outbox.claimDue(NOW, 3, NOW.plus(LEASE))).isEmpty();
    }

    @Test
    void a_delivered_or_given_up_mail_leaves_the_outbox() {
        var outbox = outbox();
        outbox.queue(everyKind().getFirst());
        outbox.queue(everyKind().getLast());
        var claims = outbox.claimDue(NOW, 10, NOW.plus(LEASE));

        assertThat(outbox.delivered(claims.get(0))).isTrue();
        assertThat(outbox.giveUp(claims.get(1))).isTrue();

        assertThat(outbox.waiting()).isZero();
        assertThat(outbox.claimDue(NOW.plus(Duration.ofDays(1)), 10, NOW.plus(Duration.ofDays(2)))).isEmpty();
    }

    @Test
    void a_mail_to_retry_is_due_again_at_the_time_given_and_not_before() {
        var outbox = outbox();
        outbox.queue(everyKind().getFirst());
        var claim = outbox.claimDue(NOW, 10, NOW.plus(LEASE)).getFirst();
        var retryAt = NOW.plusSeconds(30);

        assertThat(outbox.retryLater(claim, retryAt, "IOException: connection refused")).isTrue();

        assertThat(outbox.claimDue(retryAt.minusMillis(1), 10, NOW.plus(LEASE))).isEmpty();
        assertThat(outbox.claimDue(retryAt, 10, retryAt.plus(LEASE))).singleElement()
                .satisfies(again -> assertThat(again.attempt()).isEqualTo(2));
    }

    @Test
    void a_claimer_whose_lease_ran_out_cannot_delete_or_reschedule_what_another_claimer_now_holds() {
        var outbox = outbox();
        outbox.queue(everyKind().getFirst());
        var slow = outbox.claimDue(NOW, 10, NOW.plus(LEASE)).getFirst();
        var later = NOW.plus(LEASE);
        var current = outbox.claimDue(later, 10, later.plus(LEASE)).getFirst();

        assertThat(outbox.delivered(slow)).isFalse();
        assertThat(outbox.retryLater(slow, NOW, "late")).isFalse();
        assertThat(outbox.giveUp(slow)).isFalse();

        assertThat(outbox.waiting()).isEqualTo(1);
        assertThat(outbox.delivered(current)).isTrue();
    }

    @Test
    void withdrawing_takes_back_the_accounts_waiting_mails_of_those_kinds_claimed_or_not_and_nothing_else() {
        var outbox = outbox();
        var ada = existingUser();
        var bob = existingUser();
        var to = new EmailAddress("ada@example.org");
        outbox.queue(new AccountMail.EmailChangeLink(ada, new EmailAddress("new@example.org")));
        var claimed = outbox.claimDue(NOW, 10, NOW.plus(LEASE)).getFirst();
        outbox.queue(new AccountMail.PasswordResetLink(ada, to));
        outbox.queue(new AccountMail.Verification(ada, to));
        outbox.queue(new AccountMail.EmailChangeLink(bob, new EmailAddress("bob-new@example.org")));

        assertThat(outbox.withdraw(ada, EnumSet.of(AccountMailKind.EMAIL_CHANGE_LINK,
                AccountMailKind.PASSWORD_RESET_LINK))).isEqualTo(2);

        assertThat(outbox.hold(claimed)).as("a withdrawn claim cannot be held").isFalse();
        assertThat(outbox.delivered(claimed)).isFalse();
        assertThat(outbox.claimDue(NOW.plus(LEASE), 10, NOW.plus(LEASE.multipliedBy(2))))
                .extracting(AccountMailOutbox.Claim::mail)
                .containsExactlyInAnyOrder(new AccountMail.Verification(ada, to),
                        new AccountMail.EmailChangeLink(bob, new EmailAddress("bob-new@example.org")));
    }

    @Test
    void a_claim_is_held_while_it_is_the_claimers_and_not_once_another_claimer_has_it() {
        var outbox = outbox();
        outbox.queue(everyKind().getFirst());
        var slow = outbox.claimDue(NOW, 10, NOW.plus(LEASE)).getFirst();

        assertThat(outbox.hold(slow)).isTrue();

        var later = NOW.plus(LEASE);
        var current = outbox.claimDue(later, 10, later.plus(LEASE)).getFirst();
        assertThat(outbox.hold(slow)).isFalse();
        assertThat(outbox.hold(current)).isTrue();
    }
}
