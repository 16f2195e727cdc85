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
}
