package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.domain.user.PasswordHash;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class NoSecretsInLogsTest {

    private static final String PASSWORD = "Sesame-Opens-7-Doors";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void captureEverything() {
        previousLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restore() {
        root.detachAppender(captured);
        root.setLevel(previousLevel);
    }

    @Test
    void neither_passwords_nor_hashes_appear_in_any_log_line() {
        var hasher = new Argon2PasswordHasher(Argon2Settings.defaults().withConcurrency(2, Duration.ofSeconds(5)));
        var policy = new NbvcxzPasswordPolicy();
        var hash = hasher.hash(PASSWORD);
        var garbled = new PasswordHash(hash.value().replace("$argon2id$", "$argon2xx$"));

        hasher.verify(PASSWORD, hash);
        hasher.verify("wrong " + PASSWORD, hash);
        hasher.verify(PASSWORD, garbled);
        hasher.needsRehash(garbled);
        hasher.verifyAgainstDummy(PASSWORD);
        policy.weakness(PASSWORD, List.of("someone@example.org", "someone"));
        policy.weakness("password1234", List.of("someone@example.org", "someone"));

        // The capture works: the hasher and the policy said something (set-up, the garbled hash).
        assertThat(captured.list).extracting(ILoggingEvent::getLoggerName)
                .contains(Argon2PasswordHasher.class.getName(), NbvcxzPasswordPolicy.class.getName());
        assertThat(captured.list).anyMatch(event -> event.getLevel() == Level.WARN);
        for (var event : captured.list) {
            var text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(text).as("log line from %s", event.getLoggerName())
                    .doesNotContain(PASSWORD)
                    .doesNotContain("password1234")
                    .doesNotContain(hash.value())
                    .doesNotContain(hash.value().substring(hash.value().lastIndexOf('$') + 1))
                    .doesNotContain(garbled.value());
        }
    }

    /**
     * With DEBUG logging on, neither the relying party nor webauthn4j writes a passkey response, a challenge
     * or a user handle (in base64url or in hex). webauthn4j writes them at TRACE (this test fails there): keep
     * {@code com.webauthn4j} above TRACE.
     */
    @Test
    void passkey_responses_and_challenges_appear_in_no_log_line_at_debug() {
        root.setLevel(Level.DEBUG);
        var relyingParty = new SpringWebAuthnRelyingParty(
                PasskeySettings.of("journal.example", "Journal", java.util.Set.of("https://journal.example")));
        var authenticator = new app.journal.application.testing.SoftwareAuthenticator();
        var user = app.journal.domain.passkey.UserHandle.random();
        String creation = relyingParty.registrationOptions(user, "ada", "Ada", List.of()).json();
        String registration = authenticator.register(creation, "https://journal.example");
        var made = relyingParty.verifyRegistration(creation, registration);
        var stored = new app.journal.application.port.out.RelyingParty.StoredCredential(made.id(), user,
                made.publicKeyCose(), 0, true, false, false, made.transports());
        String request = relyingParty.assertionOptions(List.of()).json();
        String good = authenticator.authenticate(request, "https://journal.example");
        String badSignature = authenticator.corruptSignature(true).authenticate(request, "https://journal.example");
        String badOrigin = authenticator.corruptSignature(false).authenticate(request, "https://evil.example");
        relyingParty.verifyAssertion(request, good, stored);
        for (String refused : List.of(badSignature, badOrigin, good.substring(0, 40), "{}")) {
            try {
                relyingParty.verifyAssertion(request, refused, stored);
            } catch (app.journal.application.port.out.RelyingParty.PasskeyRejectedException expected) {
                // refused, as it should be; only the log lines matter here
            }
        }

        List<String> material = new java.util.ArrayList<>();
        for (String json : List.of(registration, good, badSignature, badOrigin)) {
            for (String member : List.of("clientDataJSON", "attestationObject", "authenticatorData", "signature")) {
                var matcher = java.util.regex.Pattern.compile("\"" + member + "\":\"([^\"]+)\"").matcher(json);
                if (matcher.find()) {
                    material.add(matcher.group(1));
                    material.add(java.util.HexFormat.of().formatHex(
                            app.journal.application.testing.SoftwareAuthenticator.fromBase64Url(matcher.group(1))));
                }
            }
        }
        for (String options : List.of(creation, request)) {
            var matcher = java.util.regex.Pattern.compile("\"challenge\":\"([^\"]+)\"").matcher(options);
            assertThat(matcher.find()).isTrue();
            material.add(matcher.group(1));
            material.add(java.util.HexFormat.of().formatHex(
                    app.journal.application.testing.SoftwareAuthenticator.fromBase64Url(matcher.group(1))));
        }
        material.add(user.base64Url());
        material.add(java.util.HexFormat.of().formatHex(user.bytes()));
        assertThat(material).hasSizeGreaterThan(10);
        for (var event : captured.list) {
            var text = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : material) {
                assertThat(text).as("log line from %s", event.getLoggerName()).doesNotContainIgnoringCase(secret);
            }
        }
    }
}
