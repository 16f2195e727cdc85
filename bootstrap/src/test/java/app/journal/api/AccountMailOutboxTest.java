package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.JournalApplication;
import app.journal.adapter.persistence.testing.TestDatabase;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.UserId;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox end to end: whole application contexts (one or two "nodes") on one PostgreSQL database,
 * mail to a real SMTP server (GreenMail) that is stopped and started as the test needs.
 */
class AccountMailOutboxTest {

    private static TestDatabase database;
    private static int smtpPort;
    private static GreenMail smtp;
    private static String keysDir;

    @BeforeAll
    static void setUp() throws IOException {
        database = TestDatabase.create("mail_outbox");
        smtpPort = freePort();
        keysDir = Files.createTempDirectory("journal-keys").toString();
        startSmtp();
    }

    @AfterAll
    static void tearDown() {
        smtp.stop();
        database.close();
    }

    @AfterEach
    void emptyMailbox() throws Exception {
        startSmtp();
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void mail_queued_in_a_transaction_that_rolls_back_is_never_sent_and_a_committed_verification_link_works()
            throws Exception {
        try (var node = start(smtpPort)) {
            var mailer = node.getBean(AccountMailer.class);
            var tx = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
            var user = userId(node);

            tx.executeWithoutResult(status -> {
                mailer.queue(new AccountMail.Verification(user, new EmailAddress("rolled-back@example.org")));
                assertThat(rows()).as("not visible outside the transaction").isZero();
                status.setRollbackOnly();
            });
            assertThat(rows()).isZero();
            assertThat(counter(node, "journal.mail.queued", "verification")).isZero();

            tx.executeWithoutResult(status ->
                    mailer.queue(new AccountMail.Verification(user, ownerEmail(user))));
            var mail = awaitMail(ownerEmail(user).value());
            var body = body(mail);
            var token = body.replaceAll("(?s).*/verify\\?token=([A-Za-z0-9._%-]+).*", "$1");
            assertThat(mail.getSubject()).isEqualTo("Confirm your email for Journal");
            assertThat(body).contains("https://journal.example/verify?token=");
            await(() -> rows() == 0, "the sent mail leaves the outbox");
            assertThat(counter(node, "journal.mail.queued", "verification")).isEqualTo(1);
            assertThat(counter(node, "journal.mail.sent", "verification")).isEqualTo(1);
            assertThat(received("rolled-back@example.org")).isEmpty();

            var verified = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port(node) + "/api/auth/verify"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"token\":\""
                            + java.net.URLDecoder.decode(token.replace("=3D", "="), java.nio.charset.StandardCharsets.UTF_8)
                            + "\"}")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        }
    }

    @Test
    void each_notice_tells_what_when_which_device_and_address_and_links_the_devices_page() throws Exception {
        try (var node = start(smtpPort)) {
            var mailer = node.getBean(AccountMailer.class);
            var user = userId(node);
            var at = Instant.parse("2026-12-01T21:05:00Z");
            mailer.queue(new AccountMail.NewDeviceSignIn(user, new EmailAddress("new-device@example.org"), at,
                    "Firefox on Windows", "203.0.113.7", SessionId.random()));
            mailer.queue(new AccountMail.RefreshTokenReplayed(user, new EmailAddress("replayed@example.org"), at,
                    "Safari on iPhone", "198.51.100.4", SessionId.random()));
            mailer.queue(new AccountMail.OtherDevicesSignedOut(user, new EmailAddress("others@example.org"), at,
                    "Chrome on Linux", "2001:db8::1", 2));

            for (var expected : List.of(
                    List.of("new-device@example.org", "New sign-in to your Journal account", "Firefox on Windows",
                            "203.0.113.7"),
                    List.of("replayed@example.org", "A device was signed out of your Journal account",
                            "Safari on iPhone", "198.51.100.4"),
                    List.of("others@example.org", "Your other devices were signed out of Journal", "Chrome on Linux",
                            "2001:db8::1"))) {
                var mail = awaitMail(expected.get(0));
                assertThat(mail.getSubject()).isEqualTo(expected.get(1));
                assertThat(body(mail)).contains("Device: " + expected.get(2)).contains("Address: " + expected.get(3))
                        .contains("When: Tuesday 1 December 2026, 21:05 UTC")
                        .contains("https://journal.example/account/devices");
            }
        }
    }

    @Test
    void with_smtp_down_attempts_fail_and_are_retried_until_it_is_back_and_a_mail_is_given_up_after_the_bound()
            throws Exception {
        try (var node = start(smtpPort)) {
            var mailer = node.getBean(AccountMailer.class);
            var user = userId(node);
            smtp.stop();

            mailer.queue(new AccountMail.Verification(user, new EmailAddress("later@example.org")));
            await(() -> counter(node, "journal.mail.failed", "verification") >= 1, "a failed attempt");
            startSmtp();
            awaitMail("later@example.org");
            assertThat(counter(node, "journal.mail.sent", "verification")).isEqualTo(1);

            smtp.stop();
            mailer.queue(new AccountMail.Verification(user, new EmailAddress("never@example.org")));
            await(() -> counter(node, "journal.mail.undeliverable", "verification") == 1, "given up");
            assertThat(counter(node, "journal.mail.failed", "verification")).isGreaterThanOrEqualTo(1 + 3);
            assertThat(rows()).isZero();
        }
    }

    @Test
    void mail_queued_before_a_stop_arrives_exactly_once_after_the_next_start() throws Exception {
        var user = UserId.random();
        try (var unreachable = start(freePort())) {
            user = userId(unreachable);
            unreachable.getBean(AccountMailer.class)
                    .queue(new AccountMail.Verification(user, new EmailAddress("restart@example.org")));
            var node = unreachable;
            await(() -> counter(node, "journal.mail.failed", "verification") >= 1, "a failed attempt before the stop");
        }
        assertThat(rows()).as("still queued after the stop").isEqualTo(1);

        try (var restarted = start(smtpPort)) {
            awaitMail("restart@example.org");
            await(() -> rows() == 0, "the outbox is empty");
            Thread.sleep(1_000); // any second delivery would have happened by now
            assertThat(received("restart@example.org")).hasSize(1);
        }
    }

    @Test
    void two_nodes_on_one_database_send_each_of_sixty_mails_exactly_once() throws Exception {
        try (var first = start(smtpPort); var second = start(smtpPort)) {
            var user = userId(first);
            var tx = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));
            var mailer = first.getBean(AccountMailer.class);
            int n = 60;
            tx.executeWithoutResult(status -> {
                for (int i = 0; i < n; i++) {
                    mailer.queue(new AccountMail.NewDeviceSignIn(user, new EmailAddress("node-" + i + "@example.org"),
                            Instant.now(), "Firefox on Windows", "203.0.113.7", SessionId.random()));
                }
            });

            await(() -> rows() == 0, "every mail sent");
            Thread.sleep(1_000);
            var recipients = Arrays.stream(smtp.getReceivedMessages())
                    .map(m -> {
                        try {
                            return m.getAllRecipients()[0].toString();
                        } catch (jakarta.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .filter(r -> r.startsWith("node-")).toList();
            assertThat(recipients).hasSize(n);
            assertThat(new HashSet<>(recipients)).hasSize(n);
            assertThat(counter(first, "journal.mail.sent", "new_device_sign_in")
                    + counter(second, "journal.mail.sent", "new_device_sign_in")).isEqualTo(n);
        }
    }

    // --- the nodes ------------------------------------------------------------------------------

    private static ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(JournalApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--journal.tokens.keys-dir=" + keysDir,
                "--journal.user-mgmt.enabled=true",
                "--journal.public-base-url=https://journal.example",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + port,
                "--spring.mail.properties.mail.smtp.connectiontimeout=1000",
                "--journal.mail.delivery.poll-interval=100ms",
                "--journal.mail.delivery.batch-size=5",
                "--journal.mail.delivery.max-attempts=4",
                "--journal.mail.delivery.backoff-base=300ms");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /** A fresh unverified account (the outbox refers to users), created in the node's database. */
    private static UserId userId(ConfigurableApplicationContext node) throws Exception {
        var id = UUID.randomUUID();
        try (var c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                var insert = c.prepareStatement("""
                        INSERT INTO users (id, email, password_hash, roles, created_at, updated_at)
                        VALUES (?, ?, '$argon2id$test', '["user"]'::jsonb, now(), now())""")) {
            insert.setObject(1, id);
            insert.setString(2, "owner-" + id + "@example.org");
            insert.executeUpdate();
        }
        return new UserId(id);
    }

    private static EmailAddress ownerEmail(UserId id) {
        return new EmailAddress("owner-" + id.value() + "@example.org");
    }

    private static double counter(ConfigurableApplicationContext node, String name, String kind) {
        return node.getBean(MeterRegistry.class).counter(name, "kind", kind).count();
    }

    private static long rows() {
        try (var c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                var rs = c.createStatement().executeQuery("SELECT count(*) FROM account_mail_outbox")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the mail server -------------------------------------------------------------------------

    private static synchronized void startSmtp() {
        if (smtp != null && smtp.isRunning()) {
            return;
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private static List<MimeMessage> received(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(to);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage awaitMail(String to) {
        await(() -> !received(to).isEmpty(), "a mail to " + to);
        return received(to).getFirst();
    }

    private static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    private static void await(BooleanSupplier condition, String what) {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 20 s for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
