package app.journal.webui.api;

import static app.journal.webui.api.ScriptedApi.body;
import static app.journal.webui.api.ScriptedApi.drain;
import static app.journal.webui.api.ScriptedApi.header;
import static app.journal.webui.api.ScriptedApi.json;
import static app.journal.webui.api.ScriptedApi.noPauses;
import static app.journal.webui.api.ScriptedApi.path;
import static app.journal.webui.api.ScriptedApi.problem;
import static org.assertj.core.api.Assertions.assertThat;
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
import app.journal.webui.api.passkeys.Passkey;
import app.journal.webui.api.passkeys.PasskeyOptions;

/**
 * Passkeys against a scripted API: the options handed on untouched, the browser's credential passed through
 * as the JSON it was, a passkey sign-in ending in the same state as a password sign-in (cookies relayed,
 * tokens kept, the old sign-in ended first), and the problem types of the passkey contract decoded.
 */
class JournalApiClientPasskeysTest {

    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");
    private static final String ME = "{\"email\":\"ada@example.org\",\"roles\":[\"user\"],\"verified\":true}";
    private static final String PUBLIC_KEY = "{\"challenge\":\"Y2hhbGxlbmdl\",\"rpId\":\"localhost\","
            + "\"allowCredentials\":[],\"userVerification\":\"required\",\"timeout\":300000}";
    private static final String CREDENTIAL = "{\"id\":\"Y3JlZA\",\"rawId\":\"Y3JlZA\",\"type\":\"public-key\","
            + "\"response\":{\"clientDataJSON\":\"e30\",\"authenticatorData\":\"AAAA\",\"signature\":\"MEUC\","
            + "\"userHandle\":\"dXNlcg\"},\"clientExtensionResults\":{},\"authenticatorAttachment\":\"platform\"}";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final InMemoryCredentialStore store = new InMemoryCredentialStore();
    private final CredentialHolder holder = store.holder();
    private final InMemoryBrowser browser = new InMemoryBrowser();

    private JournalApiClient client() {
        return ScriptedApi.client(server, store, browser, noPauses(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    private static MockResponse options() {
        return json(200, "{\"ceremonyId\":\"6f1c2f9e-5a0b-4a51-9d36-2b1e0c9d7a11\",\"publicKey\":" + PUBLIC_KEY
                + ",\"expiresAt\":\"2026-12-05T08:05:00Z\"}");
    }

    @Test
    void sign_in_options_need_no_address_and_hand_the_public_key_on_untouched() throws Exception {
        browser.has("__Host-journal-refresh", "refresh-old").has("__Host-journal-csrf", "csrf-old");
        server.enqueue(options());

        PasskeyOptions options = client().passkeySignInOptions();

        assertThat(options.ceremonyId()).isEqualTo("6f1c2f9e-5a0b-4a51-9d36-2b1e0c9d7a11");
        assertThat(options.publicKeyJson()).isEqualTo(PUBLIC_KEY);
        assertThat(options.expiresAt()).isEqualTo(Instant.parse("2026-12-05T08:05:00Z"));
        assertThat(options.toString()).doesNotContain("Y2hhbGxlbmdl").doesNotContain("6f1c2f9e");
        RecordedRequest request = drain(server).getFirst();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(path(request)).isEqualTo("/api/auth/passkey/options");
        assertThat(body(request)).isEqualTo("{}");
        assertThat(header(request, "Cookie")).as("no refresh cookie goes to a sign-in").isEmpty();
        assertThat(holder.current()).isEmpty();
    }

    @Test
    void a_passkey_sign_in_ends_like_a_password_sign_in_with_the_credential_passed_through() throws Exception {
        holder.store(new SessionCredentials.Account("access-old", "csrf-old", "old@example.org"));
        server.enqueue(json(204, "")); // the old sign-in ends first, as at the password sign-in
        server.enqueue(ScriptedApi.tokens("access-1", "refresh-1", "csrf-1"));
        server.enqueue(json(200, ME));
        AtomicBoolean freshSession = new AtomicBoolean();

        PasskeySignIn answer = client().signInWithPasskey("ceremony-1", CREDENTIAL, true, () -> freshSession.set(true));

        SessionCredentials.Account account = new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org");
        assertThat(answer).isEqualTo(new PasskeySignIn.SignedIn(account));
        assertThat(freshSession).isTrue();
        assertThat(holder.current()).contains(account);
        assertThat(browser.cookie("__Host-journal-refresh")).isEqualTo("refresh-1");
        assertThat(browser.cookie("__Host-journal-csrf")).isEqualTo("csrf-1");
        List<RecordedRequest> requests = drain(server);
        assertThat(requests).extracting(ScriptedApi::path)
                .containsExactly("/api/auth/logout", "/api/auth/passkey", "/api/me");
        assertThat(body(requests.get(1))).isEqualTo("{\"ceremonyId\":\"ceremony-1\",\"credential\":" + CREDENTIAL
                + ",\"transport\":\"cookie\",\"rememberMe\":true}");
    }

    @Test
    void a_refused_passkey_is_an_outcome_and_keeps_nothing() {
        server.enqueue(problem(401, ApiProblemException.PASSKEY_FAILED,
                "That passkey did not work. Try again, or sign in with your password."));

        PasskeySignIn answer = client().signInWithPasskey("ceremony-1", CREDENTIAL, false, () -> { });

        assertThat(answer).isEqualTo(new PasskeySignIn.Refused(
                "That passkey did not work. Try again, or sign in with your password."));
        assertThat(holder.current()).isEmpty();
    }

    @Test
    void a_browser_answer_that_is_not_a_json_object_never_reaches_the_api() throws Exception {
        for (String garbage : List.of("", "not json", "[1,2]", "\"text\"", "{\"id\":")) {
            assertThatThrownBy(() -> client().signInWithPasskey("ceremony-1", garbage, false, () -> { }))
                    .isInstanceOfSatisfying(ApiProblemException.class, problem -> assertThat(problem.status())
                            .isEqualTo(400));
        }
        assertThat(drain(server)).isEmpty();
    }

    @Test
    void the_list_reads_every_field_and_tolerates_missing_ones() throws Exception {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(json(200, "{\"passkeys\":[{\"id\":\"cred-1\",\"name\":\"Chrome on Linux\","
                + "\"createdAt\":\"2026-12-01T10:00:00Z\",\"lastUsedAt\":null,\"synced\":true,\"backupEligible\":true,"
                + "\"transports\":[\"internal\",\"hybrid\"],\"aaguid\":\"ignored\"},{\"id\":\"cred-2\",\"name\":\" \"}]}"));

        List<Passkey> passkeys = client().passkeys().list();

        assertThat(passkeys).containsExactly(
                new Passkey("cred-1", "Chrome on Linux", Instant.parse("2026-12-01T10:00:00Z"), null, true, true,
                        List.of("internal", "hybrid")),
                new Passkey("cred-2", "Passkey", null, null, false, false, List.of()));
        RecordedRequest request = drain(server).getFirst();
        assertThat(path(request)).isEqualTo("/api/me/passkeys");
        assertThat(header(request, "Authorization")).isEqualTo("Bearer access-1");
    }

    @Test
    void adding_asks_for_a_confirmation_that_may_be_a_passkey_then_registers_the_credential_as_it_came()
            throws Exception {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(new MockResponse.Builder().code(403).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"" + ApiProblemException.REAUTHENTICATION_REQUIRED + "\",\"title\":\"Forbidden\","
                        + "\"status\":403,\"methods\":[\"password\",\"passkey\"]}")
                .build());
        server.enqueue(options());
        server.enqueue(json(201, "{\"id\":\"cred-1\",\"name\":\"Chrome on Linux\",\"createdAt\":\"2026-12-05T08:00:01Z\","
                + "\"lastUsedAt\":null,\"synced\":false,\"backupEligible\":false,\"transports\":[\"internal\"]}"));
        AccountPasskeys passkeys = client().passkeys();

        assertThatThrownBy(passkeys::registrationOptions).isInstanceOfSatisfying(ReauthenticationRequired.class,
                needed -> {
                    assertThat(needed.acceptsPasskey()).isTrue();
                    assertThat(needed.needsCode()).isFalse();
                });
        PasskeyOptions options = passkeys.registrationOptions();
        Passkey added = passkeys.register(options.ceremonyId(), CREDENTIAL, "  ");

        assertThat(added.name()).isEqualTo("Chrome on Linux");
        assertThat(added.synced()).isFalse();
        List<RecordedRequest> requests = drain(server);
        assertThat(requests).extracting(ScriptedApi::path)
                .containsExactly("/api/me/passkeys/options", "/api/me/passkeys/options", "/api/me/passkeys");
        assertThat(body(requests.get(2))).isEqualTo("{\"ceremonyId\":\"6f1c2f9e-5a0b-4a51-9d36-2b1e0c9d7a11\","
                + "\"credential\":" + CREDENTIAL + ",\"name\":null}");
    }

    @Test
    void renaming_and_removing_name_the_passkey_by_its_credential_id() throws Exception {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(json(200, "{\"id\":\"cred_-1\",\"name\":\"Work laptop\",\"synced\":false}"));
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(problem(409, ApiProblemException.LAST_SIGN_IN_METHOD, "This is your last way to sign in."));

        assertThat(client().passkeys().rename("cred_-1", " Work laptop ").name()).isEqualTo("Work laptop");
        client().passkeys().remove("cred_-1");
        assertThatThrownBy(() -> client().passkeys().remove("cred_-1"))
                .isInstanceOfSatisfying(ApiProblemException.class,
                        problem -> assertThat(problem.is(ApiProblemException.LAST_SIGN_IN_METHOD)).isTrue());

        List<RecordedRequest> requests = drain(server);
        assertThat(requests).extracting(RecordedRequest::getMethod).containsExactly("PATCH", "DELETE", "DELETE");
        assertThat(requests).extracting(ScriptedApi::path).containsOnly("/api/me/passkeys/cred_-1");
        assertThat(body(requests.getFirst())).isEqualTo("{\"name\":\"Work laptop\"}");
    }

    @Test
    void a_bad_name_comes_back_with_its_field_error() {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"" + ApiProblemException.INVALID_INPUT + "\",\"status\":400,\"detail\":\"Invalid\","
                        + "\"errors\":[{\"field\":\"name\",\"message\":\"Name must be 1-64 characters.\"}]}")
                .build());

        assertThatThrownBy(() -> client().passkeys().rename("cred-1", ""))
                .isInstanceOfSatisfying(ApiProblemException.class,
                        problem -> assertThat(problem.messageFor("name")).contains("Name must be 1-64 characters."));
    }

    @Test
    void confirming_with_a_passkey_answers_until_when_and_a_wrong_one_is_a_problem() throws Exception {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(options());
        server.enqueue(json(200, "{\"confirmedUntil\":\"2026-12-05T08:10:00Z\"}"));
        server.enqueue(problem(400, ApiProblemException.PASSKEY_FAILED, "That passkey did not work."));
        AccountPasskeys passkeys = client().passkeys();

        PasskeyOptions options = passkeys.confirmOptions();
        assertThat(passkeys.confirm(options.ceremonyId(), CREDENTIAL)).isEqualTo(Instant.parse("2026-12-05T08:10:00Z"));
        assertThatThrownBy(() -> passkeys.confirm(options.ceremonyId(), CREDENTIAL))
                .isInstanceOfSatisfying(ApiProblemException.class,
                        problem -> assertThat(problem.is(ApiProblemException.PASSKEY_FAILED)).isTrue());

        List<RecordedRequest> requests = drain(server);
        assertThat(requests).extracting(ScriptedApi::path).containsExactly("/api/me/confirm/passkey/options",
                "/api/me/confirm/passkey", "/api/me/confirm/passkey");
        assertThat(body(requests.get(1))).isEqualTo("{\"ceremonyId\":\"6f1c2f9e-5a0b-4a51-9d36-2b1e0c9d7a11\","
                + "\"credential\":" + CREDENTIAL + "}");
    }

    @Test
    void options_without_a_ceremony_or_public_key_are_a_bad_answer() {
        server.enqueue(json(200, "{\"ceremonyId\":\"c\",\"expiresAt\":\"2026-12-05T08:05:00Z\"}"));
        server.enqueue(json(200, "{\"publicKey\":{},\"expiresAt\":\"2026-12-05T08:05:00Z\"}"));

        assertThatThrownBy(() -> client().passkeySignInOptions()).isInstanceOfSatisfying(ApiProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(502));
        assertThatThrownBy(() -> client().passkeySignInOptions()).isInstanceOfSatisfying(ApiProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(502));
    }

    @Test
    void the_security_overview_counts_passkeys_and_a_confirmation_then_offers_one() {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(json(200, "{\"twoStep\":{\"enabled\":false,\"enabledAt\":null,\"recoveryCodesLeft\":0},"
                + "\"confirmedUntil\":null,\"trustedBrowsers\":[],\"passkeys\":2}"));
        server.enqueue(json(200, "{\"twoStep\":{\"enabled\":false,\"enabledAt\":null,\"recoveryCodesLeft\":0},"
                + "\"confirmedUntil\":null,\"trustedBrowsers\":[]}"));

        assertThatThrownBy(() -> client().security().requireConfirmed(Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(ReauthenticationRequired.class,
                        needed -> assertThat(needed.methods()).containsExactly("password", "passkey"));
        assertThat(client().security().overview().passkeys()).as("an API from before passkeys").isZero();
    }

    @Test
    void a_sign_in_row_says_when_it_was_a_passkey_whether_the_api_calls_it_method_or_detail() {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        server.enqueue(json(200, "{\"items\":[{\"kind\":\"signed_in\",\"method\":\"passkey\"},"
                + "{\"kind\":\"signed_in\",\"detail\":\"passkey\"},{\"kind\":\"signed_in\"}],"
                + "\"page\":0,\"size\":20,\"totalItems\":3,\"totalPages\":1}"));

        assertThat(client().devices().activity(0, 20).items()).extracting(app.journal.webui.api.account.ActivityItem::method)
                .containsExactly("passkey", "passkey", null);
    }
}
