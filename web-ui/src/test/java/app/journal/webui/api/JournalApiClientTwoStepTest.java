package app.journal.webui.api;

import static app.journal.webui.api.ScriptedApi.body;
import static app.journal.webui.api.ScriptedApi.drain;
import static app.journal.webui.api.ScriptedApi.header;
import static app.journal.webui.api.ScriptedApi.json;
import static app.journal.webui.api.ScriptedApi.noPauses;
import static app.journal.webui.api.ScriptedApi.path;
import static app.journal.webui.api.ScriptedApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import app.journal.webui.api.account.TwoStepSetup;

/**
 * Two-step sign-in, "confirm it's you" and two-step verification against a scripted API: the login's two
 * answers, the trusted-browser cookie's way to the API and back, the problem types of mfa-api.md decoded.
 */
class JournalApiClientTwoStepTest {

    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");
    private static final String ME = "{\"email\":\"ada@example.org\",\"roles\":[\"user\"],\"verified\":true}";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final InMemoryCredentialStore store = new InMemoryCredentialStore();
    private final CredentialHolder holder = store.holder();
    private final InMemoryBrowser browser = new InMemoryBrowser();

    private JournalApiClient client() {
        return ScriptedApi.client(server, store, browser, noPauses(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    private static MockResponse secondStepNeeded() {
        return json(202, "{\"secondStepRequired\":true,\"secondStepToken\":\"pending-1\","
                + "\"methods\":[\"totp\",\"recovery_code\"],\"expiresAt\":\"2026-12-05T08:05:00Z\"}");
    }

    @Test
    void a_202_at_login_is_a_second_step_and_keeps_nothing_while_the_trusted_cookie_went_along() throws Exception {
        browser.has("__Host-journal-trusted", "trust-1").has("__Host-journal-csrf", "csrf-old");
        server.enqueue(secondStepNeeded());
        AtomicBoolean freshSession = new AtomicBoolean();

        SignIn answer = client().logIn("ada@example.org", "correct horse battery", false, () -> freshSession.set(true));

        assertThat(answer).isEqualTo(new SignIn.SecondStepNeeded("pending-1", List.of("totp", "recovery_code"),
                Instant.parse("2026-12-05T08:05:00Z")));
        assertThat(answer.toString()).doesNotContain("pending-1");
        assertThat(freshSession).as("no fresh session before anyone is signed in").isFalse();
        assertThat(holder.current()).isEmpty();
        RecordedRequest login = drain(server).getFirst();
        assertThat(path(login)).isEqualTo("/api/auth/login");
        assertThat(header(login, "Cookie")).as("only the trusted-browser cookie").isEqualTo("__Host-journal-trusted=trust-1");
    }

    @Test
    void the_second_step_keeps_the_tokens_and_relays_the_trust_cookie_to_the_browser() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .addHeader("Set-Cookie", "__Host-journal-refresh=refresh-1; Path=/; Secure; HttpOnly; SameSite=Strict")
                .addHeader("Set-Cookie", "__Host-journal-trusted=trust-2; Path=/; Max-Age=2592000; Secure; HttpOnly; "
                        + "SameSite=Strict")
                .body("{\"accessToken\":\"access-1\",\"tokenType\":\"Bearer\",\"expiresIn\":900,"
                        + "\"refreshExpiresIn\":2592000,\"csrfToken\":\"csrf-1\"}")
                .build());
        server.enqueue(json(200, ME));
        AtomicBoolean freshSession = new AtomicBoolean();

        SecondStep answer = client().completeSecondStep("pending-1", "123 456", null, true, "Ada@example.org",
                () -> freshSession.set(true));

        SessionCredentials.Account account = new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org");
        assertThat(answer).isEqualTo(new SecondStep.SignedIn(account));
        assertThat(freshSession).isTrue();
        assertThat(holder.current()).contains(account);
        assertThat(browser.cookie("__Host-journal-trusted")).isEqualTo("trust-2");
        assertThat(browser.cookie("__Host-journal-refresh")).isEqualTo("refresh-1");
        RecordedRequest step = drain(server).getFirst();
        assertThat(path(step)).isEqualTo("/api/auth/second-step");
        assertThat(body(step)).isEqualTo("{\"secondStepToken\":\"pending-1\",\"code\":\"123 456\","
                + "\"recoveryCode\":null,\"trustBrowser\":true}");
    }

    @Test
    void a_wrong_code_and_an_expired_step_are_outcomes_not_exceptions() {
        server.enqueue(problem(400, ApiProblemException.SECOND_STEP_FAILED, "That code did not work."));
        server.enqueue(problem(401, ApiProblemException.SECOND_STEP_EXPIRED, "This sign-in has expired."));

        assertThat(client().completeSecondStep("pending-1", null, "abcd-efgh-jkmn", false, "ada@example.org", () -> { }))
                .isEqualTo(new SecondStep.CodeRefused("That code did not work."));
        assertThat(client().completeSecondStep("pending-1", "123456", null, false, "ada@example.org", () -> { }))
                .isEqualTo(new SecondStep.Expired("This sign-in has expired."));
        assertThat(holder.current()).isEmpty();
    }

    @Test
    void reauthentication_required_is_decoded_with_its_methods() {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(new MockResponse.Builder().code(403).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"" + ApiProblemException.REAUTHENTICATION_REQUIRED + "\",\"title\":\"Forbidden\","
                        + "\"status\":403,\"detail\":\"Confirm it's you to continue.\",\"methods\":[\"password\",\"totp\"]}")
                .build());

        assertThatThrownBy(() -> client().security().newRecoveryCodes())
                .isInstanceOfSatisfying(ReauthenticationRequired.class, needed -> {
                    assertThat(needed.methods()).containsExactly("password", "totp");
                    assertThat(needed.needsCode()).isTrue();
                    assertThat(needed.is(ApiProblemException.REAUTHENTICATION_REQUIRED)).isTrue();
                });
    }

    @Test
    void the_security_overview_carries_the_trusted_browser_cookie_so_the_api_can_say_which_is_this_one()
            throws Exception {
        browser.has("__Host-journal-trusted", "trust-1").has("__Host-journal-refresh", "refresh-1");
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(json(200, "{\"twoStep\":{\"enabled\":true,\"enabledAt\":\"2026-12-01T10:00:00Z\","
                + "\"recoveryCodesLeft\":9},\"confirmedUntil\":null,\"trustedBrowsers\":[]}"));

        client().security().overview();

        RecordedRequest overview = drain(server).getFirst();
        assertThat(overview.getUrl().encodedPath()).isEqualTo("/api/me/security");
        assertThat(header(overview, "Cookie")).as("only the trusted-browser cookie")
                .isEqualTo("__Host-journal-trusted=trust-1");
    }

    @Test
    void a_download_is_started_only_inside_the_confirmation_window() {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(json(200, "{\"twoStep\":{\"enabled\":true,\"enabledAt\":\"2026-12-01T10:00:00Z\","
                + "\"recoveryCodesLeft\":9},\"confirmedUntil\":null,\"trustedBrowsers\":[]}"));
        server.enqueue(json(200, "{\"twoStep\":{\"enabled\":false,\"enabledAt\":null,\"recoveryCodesLeft\":0},"
                + "\"confirmedUntil\":\"2026-12-05T08:00:10Z\",\"trustedBrowsers\":[]}"));
        server.enqueue(json(200, "{\"twoStep\":{\"enabled\":false,\"enabledAt\":null,\"recoveryCodesLeft\":0},"
                + "\"confirmedUntil\":\"2026-12-05T08:09:00Z\",\"trustedBrowsers\":[]}"));
        AccountSecurity security = client().security();

        assertThatThrownBy(() -> security.requireConfirmed(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(ReauthenticationRequired.class,
                        needed -> assertThat(needed.methods()).containsExactly("password", "totp"));
        assertThatThrownBy(() -> security.requireConfirmed(Duration.ofSeconds(30)))
                .as("ten seconds left are not enough for a download")
                .isInstanceOfSatisfying(ReauthenticationRequired.class,
                        needed -> assertThat(needed.methods()).containsExactly("password"));
        assertThatNoException().isThrownBy(() -> security.requireConfirmed(Duration.ofSeconds(30)));
    }

    @Test
    void confirming_sends_the_password_and_the_code_and_answers_until_when() throws Exception {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(json(200, "{\"confirmedUntil\":\"2026-12-05T08:10:00Z\"}"));

        Instant until = client().security().confirm("correct horse battery", " 123456 ", "  ");

        assertThat(until).isEqualTo(Instant.parse("2026-12-05T08:10:00Z"));
        RecordedRequest confirm = server.takeRequest();
        assertThat(path(confirm)).isEqualTo("/api/me/confirm");
        assertThat(header(confirm, "Authorization")).isEqualTo("Bearer access-1");
        assertThat(body(confirm)).isEqualTo(
                "{\"password\":\"correct horse battery\",\"code\":\"123456\",\"recoveryCode\":null}");
    }

    @Test
    void the_key_is_shown_in_groups_of_four() {
        assertThat(new TwoStepSetup("JBSWY3DPEHPK3PXPJBSW", "otpauth://totp/x").groupedSecret())
                .isEqualTo("JBSW Y3DP EHPK 3PXP JBSW");
        assertThat(new TwoStepSetup("JBSWY3DPEH", "otpauth://totp/x").toString()).doesNotContain("JBSW");
    }
}
