package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9's API tests: helpers to read the mailed links, talk as a given device, and look into the
 * tables. Every test comes from 127.0.0.1, so the new per-client limits are raised here as well.
 */
@TestPropertySource(properties = {
        "journal.rate-limits.forgot-per-client.limit=100000", "journal.rate-limits.forgot-per-client.window=1h",
        "journal.rate-limits.reset-per-client.limit=100000", "journal.rate-limits.reset-per-client.window=1h"})
abstract class AccountLifecycleApiTestBase extends AccountsApiTestBase {

    static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    static final String NEW_PASSWORD = "Seven quiet herons fold 41 maps";

    JsonNode verifiedAndSignedIn(String email, String userAgent) {
        assertThat(register(email, PASSWORD).status()).isEqualTo(202);
        assertThat(post("/api/auth/verify", json(Map.of("token", verificationTokenFor(email))), null).status())
                .isEqualTo(200);
        return signIn(email, PASSWORD, userAgent);
    }

    JsonNode signIn(String email, String password, String userAgent) {
        var login = send("POST", "/api/auth/login", json(Map.of("email", email, "password", password)), null, userAgent);
        assertThat(login.status()).as("sign-in of %s", email).isEqualTo(200);
        return login.json();
    }

    static String access(JsonNode pair) {
        return pair.get("accessToken").asString();
    }

    static String refreshToken(JsonNode pair) {
        return pair.get("refreshToken").asString();
    }

    Response send(String method, String path, String jsonBody, String bearer, String userAgent) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .header("User-Agent", userAgent);
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return exchange(builder);
    }

    Response forgot(String email) {
        return post("/api/auth/forgot-password", json(Map.of("email", email)), null);
    }

    Response reset(String token, String password) {
        return send("POST", "/api/auth/reset-password", json(Map.of("token", token, "password", password)), null,
                IPHONE);
    }

    /** The messages to this address whose subject contains {@code subject}, waiting until there are {@code n}. */
    List<MimeMessage> mails(String email, String subject, int n) {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            var found = new ArrayList<MimeMessage>();
            for (var message : MAIL.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)
                            && message.getSubject() != null && message.getSubject().contains(subject)) {
                        found.add(message);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (found.size() >= n || System.nanoTime() > deadline) {
                assertThat(found).as("mails '%s' to %s", subject, email).hasSize(n);
                return found;
            }
            MAIL.waitForIncomingEmail(300, MAIL.getReceivedMessages().length + 1);
        }
    }

    /** Every mail to this address (no waiting). */
    static List<String> subjectsTo(String email) {
        var subjects = new ArrayList<String>();
        for (var message : MAIL.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                    subjects.add(message.getSubject());
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    static String text(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The token of the {@code <path>?token=} link in the message. */
    static String linkToken(MimeMessage message, String path) {
        var matcher = Pattern.compile("https://journal\\.example" + Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)")
                .matcher(text(message));
        assertThat(matcher.find()).as("a %s link built from the public base URL in %s", path, text(message)).isTrue();
        return matcher.group(1);
    }

    /** The token of the n-th (1-based) reset mail to this address. */
    String resetToken(String email, int n) {
        return linkToken(mails(email, "Reset your Journal password", n).get(n - 1), "/reset");
    }

    static List<String> sql(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var c = database.dataSource().getConnection(); var s = c.createStatement();
                var rs = s.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    static void execute(String statement) throws SQLException {
        try (var c = database.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute(statement);
        }
    }

    static String userId(String email) throws SQLException {
        return sql("SELECT id FROM users WHERE email = '" + email + "'").getFirst();
    }

    /** Waits until the outbox is empty (every queued mail delivered or dropped). */
    static void outboxDrained() throws SQLException, InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!sql("SELECT count(*) FROM account_mail_outbox").getFirst().equals("0")) {
            assertThat(System.nanoTime()).as("outbox drained in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
