package app.journal.application.service.account;

import static app.journal.application.service.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailKind;
import app.journal.application.port.out.AccountTokens.Grant;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.OutgoingMail;
import app.journal.application.port.out.VerificationTokens.Claim;
import app.journal.application.testing.FakeVerificationTokens;
import app.journal.application.testing.InMemoryAccountMailOutbox;
import app.journal.application.testing.InMemoryAccountTokens;
import app.journal.application.testing.InlineUnitOfWork;
import app.journal.application.testing.RecordingMailEvents;
import app.journal.application.testing.RecordingMailSender;
import app.journal.application.testing.TestClock;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import app.journal.application.service.LinkTokens;

class DeliverAccountMailServiceTest {

    private static final EmailAddress ADA = new EmailAddress("ada@example.org");
    private static final UserId USER = UserId.random();
    private static final Instant AT = Instant.parse("2026-02-28T21:05:07Z");
    private static final Duration BASE = Duration.ofSeconds(30);

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryAccountMailOutbox outbox = new InMemoryAccountMailOutbox(clock);
    private final RecordingMailSender sender = new RecordingMailSender();
    private final FakeVerificationTokens tokens = new FakeVerificationTokens();
    private final RecordingMailEvents events = new RecordingMailEvents();
    private final InMemoryAccountTokens linkTokenStore = new InMemoryAccountTokens();
    private final DeliverAccountMailService service = new DeliverAccountMailService(outbox, sender, tokens,
            new LinkTokens(linkTokenStore, new LinkTokens.Settings(Duration.ofMinutes(30), Duration.ofHours(24)), clock),
            new AccountLinks(URI.create("https://journal.example")), "Journal", events,
            new DeliverAccountMailService.Settings(10, 3, BASE, Duration.ofMinutes(5)),
            new InlineUnitOfWork(), clock);

    @Test
    void a_verification_mail_gets_a_token_minted_at_delivery_for_its_account_and_address() {
        outbox.queue(new AccountMail.Verification(USER, ADA));
        assertThat(tokens.issued()).as("nothing minted while queued").isEmpty();

        assertThat(service.deliverDue()).isEqualTo(1);

        var mail = single();
        assertThat(mail.to()).isEqualTo(ADA);
        assertThat(mail.subject()).isEqualTo("Confirm your email for Journal");
        assertThat(mail.link().toString()).startsWith("https://journal.example/verify?token=");
        assertThat(tokens.read(token(mail.link()))).contains(new Claim(USER, ADA));
        assertThat(outbox.waiting()).isZero();
        assertThat(events.all()).containsExactly("sent:verification");
    }

    @Test
    void a_reset_mail_gets_a_fresh_token_whose_hash_alone_is_stored_and_a_reset_for_no_account_is_dropped() {
        outbox.queue(new AccountMail.PasswordResetLink(USER, ADA));
        outbox.queue(new AccountMail.PasswordResetLink(null, new EmailAddress("nobody@example.org")));

        assertThat(service.deliverDue()).isEqualTo(2);

        var mail = single();
        assertThat(mail.to()).isEqualTo(ADA);
        assertThat(mail.link().toString()).startsWith("https://journal.example/reset?token=");
        var token = mail.link().getQuery().substring("token=".length());
        assertThat(token).hasSize(43);
        assertThat(linkTokenStore.hashes()).containsExactly(LinkTokens.hashOf(token).orElseThrow());
        assertThat(linkTokenStore.hashes().getFirst().hex()).doesNotContain(token);
        assertThat(outbox.waiting()).as("the row for no account is gone too").isZero();
        assertThat(events.all()).containsExactly("sent:password_reset_link");
    }

    @Test
    void a_new_device_notice_says_what_when_which_device_and_address_and_links_the_devices_page() {
        outbox.queue(new AccountMail.NewDeviceSignIn(USER, ADA, AT, "Firefox on Windows", "203.0.113.7",
                SessionId.random()));

        service.deliverDue();

        var mail = single();
        assertThat(mail.subject()).isEqualTo("New sign-in to your Journal account");
        assertThat(String.join("\n", mail.before()))
                .contains("a device it has not used before")
                .contains("When: Saturday 28 February 2026, 21:05 UTC")
                .contains("Device: Firefox on Windows")
                .contains("Address: 203.0.113.7");
        assertThat(mail.link()).isEqualTo(URI.create("https://journal.example/account/devices"));
        assertThat(tokens.issued()).isEmpty();
    }

    @Test
    void a_replay_notice_says_the_device_was_signed_out_and_an_unknown_address_is_said_to_be_unknown() {
        outbox.queue(new AccountMail.RefreshTokenReplayed(USER, ADA, AT, "Safari on iPhone", null, SessionId.random()));

        service.deliverDue();

        var text = String.join("\n", single().before());
        assertThat(text).contains("used again").contains("signed that device out")
                .contains("Device: Safari on iPhone").contains("Address: unknown").contains("21:05 UTC");
        assertThat(single().link()).isEqualTo(URI.create("https://journal.example/account/devices"));
    }

    @Test
    void an_others_signed_out_notice_counts_the_devices_and_names_the_one_that_asked() {
        outbox.queue(new AccountMail.OtherDevicesSignedOut(USER, ADA, AT, "Chrome on Linux", "2001:db8::1", 3));

        service.deliverDue();

        var text = String.join("\n", single().before());
        assertThat(single().subject()).isEqualTo("Your other devices were signed out of Journal");
        assertThat(text).contains("3 other devices were signed out").contains("Device: Chrome on Linux")
                .contains("Address: 2001:db8::1");
    }

    @Test
    void a_failed_attempt_is_counted_and_retried_after_a_backoff_that_doubles() {
        sender.failing(true);
        outbox.queue(new AccountMail.Verification(USER, ADA));

        service.deliverDue();
        assertThat(events.all()).containsExactly("failed:verification");
        assertThat(outbox.waiting()).isEqualTo(1);
        clock.advance(BASE.minusSeconds(1));
        assertThat(service.deliverDue()).as("not before the backoff").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(service.deliverDue()).isEqualTo(1);
        clock.advance(BASE.multipliedBy(2).minusSeconds(1));
        assertThat(service.deliverDue()).as("the second wait is twice the first").isZero();

        sender.failing(false);
        clock.advance(Duration.ofSeconds(1));
        assertThat(service.deliverDue()).isEqualTo(1);

        assertThat(sender.sent()).hasSize(1);
        assertThat(events.all()).containsExactly("failed:verification", "failed:verification", "sent:verification");
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void after_the_last_attempt_the_mail_is_given_up_and_counted_as_undeliverable() {
        sender.failing(true);
        outbox.queue(new AccountMail.Verification(USER, ADA));

        for (int i = 0; i < 10; i++) {
            service.deliverDue();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(events.all()).containsExactly("failed:verification", "failed:verification", "failed:verification",
                "undeliverable:verification");
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void the_backoff_doubles_from_its_base_and_stops_at_a_day() {
        assertThat(List.of(service.backoff(1), service.backoff(2), service.backoff(3)))
                .containsExactly(BASE, BASE.multipliedBy(2), BASE.multipliedBy(4));
        assertThat(service.backoff(40)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void a_change_request_notice_tells_the_current_address_what_when_which_device_and_links_a_cancel_token() {
        outbox.queue(new AccountMail.EmailChangeRequested(USER, ADA, AT, "Firefox on Windows", "203.0.113.7",
                new EmailAddress("mallory@evil.example")));

        service.deliverDue();

        var mail = single();
        assertThat(mail.to()).isEqualTo(ADA);
        assertThat(mail.subject()).isEqualTo("Someone asked to change the email of your Journal account");
        assertThat(String.join("\n", mail.before())).contains("m…@evil.example")
                .doesNotContain("mallory").contains("Firefox on Windows").contains("203.0.113.7")
                .contains("Saturday 28 February 2026, 21:05 UTC");
        assertThat(mail.link().toString()).startsWith("https://journal.example/cancel-email-change?token=");
        var hash = LinkTokens.hashOf(token(mail.link())).orElseThrow();
        assertThat(linkTokenStore.find(hash, Purpose.EMAIL_CHANGE_CANCEL, NOW))
                .contains(new Grant(USER, ADA, NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void a_link_mail_withdrawn_after_its_claim_mints_no_token_and_is_not_sent() {
        outbox.queue(new AccountMail.EmailChangeLink(USER, new EmailAddress("mallory@evil.example")));
        outbox.queue(new AccountMail.PasswordResetLink(USER, ADA));
        // A credential change commits between the claim and the mint: the hold finds nothing.
        UnitOfWork changeCommitsFirst = new UnitOfWork() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                outbox.withdraw(USER, Set.of(AccountMailKind.EMAIL_CHANGE_LINK, AccountMailKind.PASSWORD_RESET_LINK));
                return work.get();
            }
        };
        var racing = new DeliverAccountMailService(outbox, sender, tokens,
                new LinkTokens(linkTokenStore, new LinkTokens.Settings(Duration.ofMinutes(30), Duration.ofHours(24)),
                        clock),
                new AccountLinks(URI.create("https://journal.example")), "Journal", events,
                new DeliverAccountMailService.Settings(10, 3, BASE, Duration.ofMinutes(5)), changeCommitsFirst, clock);

        assertThat(racing.deliverDue()).isEqualTo(2);

        assertThat(sender.sent()).isEmpty();
        assertThat(linkTokenStore.hashes()).isEmpty();
        assertThat(outbox.waiting()).isZero();
        assertThat(events.all()).isEmpty();
    }

    private OutgoingMail single() {
        assertThat(sender.sent()).hasSize(1);
        return sender.sent().getFirst();
    }

    private static String token(URI link) {
        return URLDecoder.decode(link.getRawQuery().substring("token=".length()), StandardCharsets.UTF_8);
    }
}
