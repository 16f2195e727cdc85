package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Accounts switched on, mail going to a real SMTP server (GreenMail) that the test reads. Every test
 * comes from 127.0.0.1, so the per-client limits are raised here; RateLimitApiTest lowers them again.
 */
@TestPropertySource(properties = {
        "journal.rate-limits.register-per-client.limit=100000", "journal.rate-limits.register-per-client.window=1h",
        "journal.rate-limits.login-per-client.limit=100000", "journal.rate-limits.login-per-client.window=1h",
        "journal.rate-limits.verify-per-client.limit=100000", "journal.rate-limits.verify-per-client.window=1h",
        "journal.rate-limits.resend-per-client.limit=100000", "journal.rate-limits.resend-per-client.window=1h",
        "journal.public-base-url=https://journal.example",
        // Mail goes through the outbox: poll it often so that tests wait milliseconds, not seconds.
        "journal.mail.delivery.poll-interval=100ms"})
public abstract class AccountsApiTestBase extends ApiTestBase {

    protected static final String PASSWORD = "Blue-otter juggles 93 lanterns at dusk";
    private static final Pattern TOKEN_IN_LINK = Pattern.compile("/verify\\?token=([A-Za-z0-9._%-]+)");

    protected static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void accounts(DynamicPropertyRegistry registry) {
        registry.add("journal.user-mgmt.enabled", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void emptyMailbox() {
        MAIL.reset();
    }

    protected static String uniqueEmail() {
        return "user-" + java.util.UUID.randomUUID() + "@example.org";
    }

    protected Response register(String email, String password) {
        return post("/api/auth/register", json(Map.of("email", email, "password", password)), null);
    }

    /**
     * Waits for the verification mail to this address (delivered by the outbox worker, so a moment after
     * the request) and returns the token of its link; other mail to the address (notices) is passed over.
     */
    protected String verificationTokenFor(String email) {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (var message : MAIL.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                        var matcher = TOKEN_IN_LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
                        if (matcher.find()) {
                            return URLDecoder.decode(matcher.group(1).replace("=3D", "="), StandardCharsets.UTF_8);
                        }
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no verification mail arrived for " + email);
    }

    /** Waits for a mail to this address whose subject contains {@code subject}; its text body. */
    protected String mailWithSubject(String email, String subject) {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (var message : MAIL.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)
                            && message.getSubject() != null && message.getSubject().contains(subject)) {
                        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail '" + subject + "' arrived for " + email);
    }

    /** Register, verify through the mailed link, and log in: the token pair. */
    protected tools.jackson.databind.JsonNode registerVerifyAndLogIn(String email) {
        assertThat(register(email, PASSWORD).status()).isEqualTo(202);
        var verified = post("/api/auth/verify", json(Map.of("token", verificationTokenFor(email))), null);
        assertThat(verified.status()).isEqualTo(200);
        var login = logIn(email, PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        return login.json();
    }

    protected Response logIn(String email, String password) {
        return post("/api/auth/login", json(Map.of("email", email, "password", password)), null);
    }

    protected Response refresh(String refreshToken) {
        return post("/api/auth/refresh", json(Map.of("refreshToken", refreshToken)), null);
    }
}
