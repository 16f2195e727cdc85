package app.journal.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.PgSessionEndingsListener;
import app.journal.adapter.rest.security.ActiveSessionView;
import app.journal.application.port.out.SessionEndings;
import app.journal.domain.session.SessionId;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * The node that ends a session refuses its access token from the moment its answer leaves: it does
 * not wait for its own LISTEN/NOTIFY message to arrive by chance (SessionEndingsBarrier). Each case
 * first makes this node remember the session as active (a request with the access token), so the
 * refusal must come from the view having heard of the ending, not from a database read. Here every
 * notification reaches the view {@link #LATE} late (the listener is replaced by one that dawdles), so
 * an answer that left before its own notification was heard shows at once; with prompt notifications
 * the window is a few milliseconds wide and the same checks pass by luck as often as not.
 */
@TestPropertySource(properties = {
        "spring.main.allow-bean-definition-overriding=true",
        "journal.rate-limits.login-per-account.limit=100000", "journal.rate-limits.login-per-account.window=1h",
        "journal.rate-limits.reauth-per-account.limit=100000", "journal.rate-limits.reauth-per-account.window=1h"})
class OwnRevocationsApiTest extends AccountLifecycleApiTestBase {

    private static final int ROUNDS = 5;
    static final Duration LATE = Duration.ofMillis(300);
    static final AtomicInteger heardLate = new AtomicInteger();

    @AfterEach
    void theEndingsReallyCameLate() {
        assertThat(heardLate.get()).as("the dawdling listener is the one in use").isPositive();
    }

    /** Replaces the listener of SessionViewConfiguration (same bean name) with one that tells the view late. */
    @TestConfiguration(proxyBeanMethods = false)
    static class LateNotifications {

        @Bean(destroyMethod = "close")
        PgSessionEndingsListener sessionEndingsListener(DataSourceProperties dataSource, ActiveSessionView view) {
            String url = dataSource.determineUrl();
            String user = dataSource.determineUsername();
            String password = dataSource.determinePassword();
            SessionEndings late = new SessionEndings() {
                @Override
                public void subscribed() {
                    view.subscribed();
                }

                @Override
                public void confirmed() {
                    view.confirmed();
                }

                @Override
                public void ended(SessionId session) {
                    try {
                        Thread.sleep(LATE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    heardLate.incrementAndGet();
                    view.ended(session);
                }

                @Override
                public void lost() {
                    view.lost();
                }
            };
            return new PgSessionEndingsListener(() -> DriverManager.getConnection(url, user, password), late,
                    Duration.ofSeconds(1), Duration.ofSeconds(5)).start();
        }
    }

    @Test
    void after_logout_the_access_token_is_refused_at_once_on_the_same_node() {
        var email = uniqueEmail();
        verifiedAndSignedIn(email, FIREFOX);
        for (int round = 0; round < ROUNDS; round++) {
            var pair = signIn(email, PASSWORD, FIREFOX);
            assertThat(get("/api/me", access(pair)).status()).as("remembered as active").isEqualTo(200);
            assertThat(post("/api/auth/logout", json(Map.of("refreshToken", refreshToken(pair))), null).status())
                    .isEqualTo(204);
            assertThat(get("/api/me", access(pair)).status()).as("round %d, right after logout", round)
                    .isEqualTo(401);
        }
    }

    @Test
    void after_a_device_is_signed_out_its_access_token_is_refused_at_once() {
        var email = uniqueEmail();
        var keeper = verifiedAndSignedIn(email, FIREFOX);
        for (int round = 0; round < ROUNDS; round++) {
            var other = signIn(email, PASSWORD, IPHONE);
            assertThat(get("/api/me", access(other)).status()).as("remembered as active").isEqualTo(200);
            assertThat(send("DELETE", "/api/sessions/others", null, access(keeper), FIREFOX).status()).isEqualTo(200);
            assertThat(get("/api/me", access(other)).status()).as("round %d, right after sign-out", round)
                    .isEqualTo(401);
        }
    }

    @Test
    void after_a_password_change_and_a_deletion_the_other_devices_are_refused_at_once() {
        var email = uniqueEmail();
        var keeper = verifiedAndSignedIn(email, FIREFOX);
        String current = PASSWORD;
        for (int round = 0; round < 4; round++) {
            var other = signIn(email, current, IPHONE);
            assertThat(get("/api/me", access(other)).status()).as("remembered as active").isEqualTo(200);
            String next = round % 2 == 0 ? NEW_PASSWORD : PASSWORD;
            assertThat(post("/api/me/password", json(Map.of("currentPassword", current, "newPassword", next)),
                    access(keeper)).status()).isEqualTo(200);
            current = next;
            assertThat(get("/api/me", access(other)).status()).as("round %d, right after the change", round)
                    .isEqualTo(401);
        }
        assertThat(get("/api/me", access(keeper)).status()).as("remembered as active").isEqualTo(200);
        assertThat(send("DELETE", "/api/me", json(Map.of("currentPassword", current)), access(keeper), FIREFOX)
                .status()).isEqualTo(204);
        assertThat(get("/api/me", access(keeper)).status()).as("right after the deletion").isEqualTo(401);
    }
}
