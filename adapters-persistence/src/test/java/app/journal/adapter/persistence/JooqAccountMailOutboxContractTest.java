package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.jooq.Tables.ACCOUNT_MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailOutbox.Claim;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.AccountTokens.TokenHash;
import app.journal.application.service.PendingGrants;
import app.journal.application.testing.AccountMailOutboxContract;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbox contract on a real, migrated PostgreSQL, plus what only the database can show. */
class JooqAccountMailOutboxContractTest extends AccountMailOutboxContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_mail_outbox");

    @Override
    protected Both outbox() {
        db.dsl().deleteFrom(ACCOUNT_MAIL_OUTBOX).execute();
        var outbox = new JooqAccountMailOutbox(db.dsl(), clock);
        return new Both(outbox, outbox);
    }

    @Override
    protected UserId existingUser() {
        var id = UserId.random();
        new JooqUsers(db.dsl()).addIfEmailFree(new User(id, new EmailAddress("mail-" + id + "@example.org"),
                new PasswordHash("$argon2id$hash"), null, Set.of(Role.USER), null, NOW, NOW));
        return id;
    }

    private AccountMail verification() {
        return new AccountMail.Verification(existingUser(), new EmailAddress("ada@example.org"));
    }

    @Test
    void mail_queued_in_a_transaction_that_rolls_back_is_not_stored_and_one_that_commits_is() {
        outbox();
        var mail = verification();

        assertThatThrownBy(() -> db.dsl().transaction(tx -> {
            new JooqAccountMailOutbox(tx.dsl(), clock).queue(mail);
            throw new IllegalStateException("the change that caused the mail failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.dsl().fetchCount(ACCOUNT_MAIL_OUTBOX)).isZero();

        db.dsl().transaction(tx -> new JooqAccountMailOutbox(tx.dsl(), clock).queue(mail));
        assertThat(db.dsl().fetchCount(ACCOUNT_MAIL_OUTBOX)).isEqualTo(1);
    }

    @Test
    void a_stored_verification_mail_holds_who_and_where_but_no_token_or_link() {
        outbox();
        var mail = verification();
        new JooqAccountMailOutbox(db.dsl(), clock).queue(mail);

        String row = db.dsl().fetchOne("SELECT row_to_json(o)::text FROM account_mail_outbox o").get(0, String.class);

        assertThat(row).contains(mail.userId().value().toString()).contains("ada@example.org")
                .doesNotContainIgnoringCase("token").doesNotContain("http").doesNotContain("verify");
        assertThat(db.dsl().meta().getTables("account_mail_outbox").getFirst().fields())
                .extracting(field -> field.getName())
                .containsExactlyInAnyOrder("id", "kind", "user_id", "recipient", "occurred_at", "device", "client_ip",
                        "session_id", "signed_out_count", "queued_at", "attempts", "next_attempt_at", "last_error",
                        "via_reset", "new_email", "amount");
    }

    @Test
    void reset_and_email_change_mails_hold_no_token_and_the_final_notice_outlives_its_account() {
        outbox();
        var mailer = new JooqAccountMailOutbox(db.dsl(), clock);
        var account = verification().userId();
        var at = java.time.Instant.parse("2026-03-01T09:00:00Z");
        mailer.queue(new AccountMail.PasswordResetLink(account, new EmailAddress("ada@example.org")));
        mailer.queue(new AccountMail.PasswordResetLink(null, new EmailAddress("who@example.org")));
        mailer.queue(new AccountMail.EmailChangeLink(account, new EmailAddress("new@example.org")));
        mailer.queue(new AccountMail.AccountDeleted(new EmailAddress("ada@example.org"), at,
                "Firefox on Windows", "192.0.2.1"));

        var rows = db.dsl().fetch("SELECT row_to_json(o)::text FROM account_mail_outbox o").getValues(0, String.class);
        assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).doesNotContainIgnoringCase("token")
                .doesNotContain("http"));
        assertThat(mailer.claimDue(java.time.Instant.parse("2100-01-01T00:00:00Z"), 10,
                java.time.Instant.parse("2100-01-01T01:00:00Z")))
                .extracting(claim -> claim.mail())
                .contains(new AccountMail.PasswordResetLink(null,
                        new EmailAddress("who@example.org")));

        db.dsl().execute("DELETE FROM users WHERE id = ?", account.value());

        assertThat(db.dsl().fetch("SELECT kind FROM account_mail_outbox").getValues(0, String.class))
                .containsExactlyInAnyOrder("password_reset_link", "account_deleted");
    }

    @Test
    void mail_of_an_account_that_is_deleted_goes_with_it() {
        outbox();
        var mail = verification();
        new JooqAccountMailOutbox(db.dsl(), clock).queue(mail);

        db.dsl().execute("DELETE FROM users WHERE id = ?", mail.userId().value());

        assertThat(db.dsl().fetchCount(ACCOUNT_MAIL_OUTBOX)).isZero();
    }

    @Test
    void twenty_claimers_at_once_share_a_hundred_mails_without_one_mail_being_claimed_twice() throws Exception {
        var outbox = outbox();
        var mail = verification();
        for (int i = 0; i < 100; i++) {
            outbox.queue(mail);
        }
        int claimers = 20;
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<List<UUID>>>();
        for (int i = 0; i < claimers; i++) {
            var own = new JooqAccountMailOutbox(DSL.using(db.database().dataSource(), org.jooq.SQLDialect.POSTGRES),
                    clock);
            tasks.add(() -> {
                start.await();
                var ids = new ArrayList<UUID>();
                List<Claim> batch;
                while (!(batch = own.claimDue(NOW, 7, NOW.plus(LEASE))).isEmpty()) {
                    batch.forEach(claim -> ids.add(claim.id()));
                }
                return ids;
            });
        }
        var claimed = new ArrayList<UUID>();
        try (var pool = Executors.newFixedThreadPool(claimers)) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                claimed.addAll(future.get());
            }
        }

        assertThat(claimed).hasSize(100);
        assertThat(new HashSet<>(claimed)).hasSize(100);
    }

    /**
     * Issue 15: a credential change that withdraws a link mail while a delivery holds it (and has minted
     * its token, not yet committed) waits for that delivery, then deletes the token it minted: no link
     * outlives the change. The voider is seen blocked on the held row before the delivery commits.
     */
    @Test
    void a_withdrawal_waits_for_a_delivery_that_holds_the_mail_and_then_voids_the_token_it_minted() throws Exception {
        var both = outbox();
        var ada = existingUser();
        var newAddress = new EmailAddress("new@example.org");
        both.queue(new AccountMail.EmailChangeLink(ada, newAddress));
        var claim = both.claimDue(NOW, 10, NOW.plus(LEASE)).getFirst();
        var hash = new TokenHash("ab".repeat(32));
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var executor = Executors.newFixedThreadPool(2)) {
            var delivery = executor.submit(() -> db.dsl().transaction(tx -> {
                assertThat(new JooqAccountMailOutbox(tx.dsl(), clock).hold(claim)).isTrue();
                new JooqAccountTokens(tx.dsl(), clock).store(ada, Purpose.EMAIL_CHANGE, hash, newAddress,
                        NOW.plus(Duration.ofHours(1)));
                held.countDown();
                release.await();
            }));
            held.await();
            var change = executor.submit(() -> db.dsl().transaction(tx -> new PendingGrants(
                    new JooqAccountTokens(tx.dsl(), clock), new JooqAccountMailOutbox(tx.dsl(), clock),
                    new JooqPendingSecondSteps(tx.dsl()), new JooqTrustedBrowsers(tx.dsl()))
                    .voidAll(ada, NOW)));
            awaitSomeoneWaitingForALock();
            release.countDown();
            delivery.get();
            change.get();
        }

        assertThat(new JooqAccountTokens(db.dsl(), clock).find(hash, Purpose.EMAIL_CHANGE, NOW)).isEmpty();
        assertThat(db.dsl().fetchCount(ACCOUNT_MAIL_OUTBOX)).isZero();
        assertThat(new JooqAccountMailOutbox(db.dsl(), clock).hold(claim)).as("a later hold finds nothing").isFalse();
    }

    private static void awaitSomeoneWaitingForALock() throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            long waiting = db.dsl().fetchOne("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND wait_event_type = 'Lock'").get(0, Long.class);
            if (waiting > 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the withdrawal never waited for the held mail");
    }
}
