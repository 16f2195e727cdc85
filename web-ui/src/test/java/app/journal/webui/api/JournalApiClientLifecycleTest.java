package app.journal.webui.api;

import static app.journal.webui.api.ScriptedApi.bearer;
import static app.journal.webui.api.ScriptedApi.body;
import static app.journal.webui.api.ScriptedApi.json;
import static app.journal.webui.api.ScriptedApi.noPauses;
import static app.journal.webui.api.ScriptedApi.path;
import static app.journal.webui.api.ScriptedApi.problem;
import static app.journal.webui.api.ScriptedApi.tokens;
import static app.journal.webui.api.ScriptedApi.unauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import app.journal.webui.api.account.EmailChangeCancelOutcome;
import app.journal.webui.api.account.EmailConfirmOutcome;
import app.journal.webui.api.account.ExportFormat;
import app.journal.webui.api.account.ResetOutcome;

/**
 * The password and account lifecycle calls against a scripted API (issue 9's contract): paths, bodies,
 * one answer for every bad link, the bearer token and renewal on the signed-in calls, the export streamed
 * through, and deletion signing this browser out.
 */
class JournalApiClientLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00Z");
    private static final String VALIDATION = """
            {"type":"urn:journal:problem:invalid-input","title":"Bad Request","status":400,
             "detail":"Some fields are not valid.","errors":[{"field":"%s","message":"Too short."}]}""";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final InMemoryCredentialStore store = new InMemoryCredentialStore();
    private final CredentialHolder holder = store.holder();
    private final InMemoryBrowser browser = new InMemoryBrowser();

    private AccountLifecycle lifecycle() {
        return ScriptedApi.client(server, store, browser, noPauses(), Clock.fixed(T0, ZoneOffset.UTC)).lifecycle();
    }

    private void signedIn() {
        holder.store(new SessionCredentials.Account("access-1", "csrf-1", "ada@example.org"));
        browser.has("__Host-journal-refresh", "refresh-1").has("__Host-journal-csrf", "csrf-1");
    }

    private static MockResponse noContent() {
        return new MockResponse.Builder().code(204).build();
    }

    // --- public ------------------------------------------------------------------------------------------

    @Test
    void forgot_password_posts_the_address_and_passes_the_apis_one_answer_on() throws Exception {
        server.enqueue(json(202, "{\"status\":\"accepted\",\"message\":\"Check your mail.\"}"));

        assertThat(lifecycle().forgotPassword("ada@example.org")).isEqualTo("Check your mail.");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(path(request)).isEqualTo("/api/auth/forgot-password");
        assertThat(body(request)).isEqualTo("{\"email\":\"ada@example.org\"}");
        assertThat(bearer(request)).isEmpty();
    }

    @Test
    void a_reset_sends_token_and_password_and_every_bad_link_is_one_outcome() throws Exception {
        server.enqueue(noContent());
        server.enqueue(problem(400, ApiProblemException.RESET_LINK_INVALID, "This reset link is invalid, used or expired."));

        assertThat(lifecycle().resetPassword("tok-1", "a long new passphrase")).isInstanceOf(ResetOutcome.Reset.class);
        assertThat(lifecycle().resetPassword("tok-2", "a long new passphrase"))
                .isEqualTo(new ResetOutcome.LinkInvalid("This reset link is invalid, used or expired."));

        RecordedRequest first = server.takeRequest();
        assertThat(path(first)).isEqualTo("/api/auth/reset-password");
        assertThat(body(first)).isEqualTo("{\"token\":\"tok-1\",\"password\":\"a long new passphrase\"}");
        assertThat(new AuthRequests.PasswordReset("tok-1", "secret").toString()).doesNotContain("tok-1", "secret");
    }

    @Test
    void a_password_the_policy_refuses_comes_back_as_a_field_error_not_as_a_bad_link() {
        server.enqueue(json(400, VALIDATION.formatted("password")));

        assertThatThrownBy(() -> lifecycle().resetPassword("tok", "short")).isInstanceOfSatisfying(
                ApiProblemException.class, problem -> assertThat(problem.messageFor("password")).contains("Too short."));
    }

    @Test
    void confirming_a_new_address_says_changed_invalid_or_taken() throws Exception {
        server.enqueue(json(200, "{\"status\":\"email_changed\",\"email\":\"ada@new.example\"}"));
        server.enqueue(problem(400, ApiProblemException.EMAIL_CHANGE_LINK_INVALID, "This link does not work."));
        server.enqueue(problem(409, ApiProblemException.EMAIL_TAKEN, "That address is taken now."));

        assertThat(lifecycle().confirmEmail("t1")).isEqualTo(new EmailConfirmOutcome.Changed("ada@new.example"));
        assertThat(lifecycle().confirmEmail("t2")).isEqualTo(new EmailConfirmOutcome.LinkInvalid("This link does not work."));
        assertThat(lifecycle().confirmEmail("t3")).isEqualTo(new EmailConfirmOutcome.AddressTaken("That address is taken now."));

        RecordedRequest first = server.takeRequest();
        assertThat(path(first)).isEqualTo("/api/auth/confirm-email");
        assertThat(body(first)).isEqualTo("{\"token\":\"t1\"}");
    }

    @Test
    void cancelling_a_change_of_address_says_cancelled_or_invalid() throws Exception {
        server.enqueue(json(200, "{\"status\":\"email_change_cancelled\"}"));
        server.enqueue(problem(400, ApiProblemException.EMAIL_CHANGE_CANCEL_LINK_INVALID, "This cancel link is used."));

        assertThat(lifecycle().cancelEmailChange("t1")).isEqualTo(new EmailChangeCancelOutcome.Cancelled());
        assertThat(lifecycle().cancelEmailChange("t2"))
                .isEqualTo(new EmailChangeCancelOutcome.LinkInvalid("This cancel link is used."));

        RecordedRequest first = server.takeRequest();
        assertThat(path(first)).isEqualTo("/api/auth/cancel-email-change");
        assertThat(body(first)).isEqualTo("{\"token\":\"t1\"}");
    }

    @Test
    void a_browser_signed_in_with_the_account_that_moved_shows_the_new_address_with_the_same_tokens() throws Exception {
        signedIn();
        server.enqueue(json(200, "{\"id\":null,\"email\":\"ada@new.example\",\"roles\":[\"USER\"],\"verified\":true}"));
        long generation = holder.snapshot().orElseThrow().generation();

        ScriptedApi.client(server, store, browser, noPauses(), Clock.fixed(T0, ZoneOffset.UTC)).refreshAccountAddress();

        assertThat(holder.current()).contains(new SessionCredentials.Account("access-1", "csrf-1", "ada@new.example"));
        assertThat(holder.snapshot().orElseThrow().generation()).as("no new tokens, no new generation").isEqualTo(generation);
        assertThat(path(server.takeRequest())).isEqualTo("/api/me");
    }

    @Test
    void someone_else_signed_in_meanwhile_keeps_their_own_address() {
        holder.store(new SessionCredentials.Account("access-9", "csrf-9", "bob@example.org"));

        holder.renameAccount("ada@example.org", "ada@new.example");

        assertThat(holder.current().map(SessionCredentials::accessToken)).contains("access-9");
        assertThat(holder.current()).contains(new SessionCredentials.Account("access-9", "csrf-9", "bob@example.org"));
    }

    // --- signed in ---------------------------------------------------------------------------------------

    @Test
    void changing_the_password_sends_both_with_the_bearer_token_and_counts_the_others_signed_out() throws Exception {
        signedIn();
        server.enqueue(json(200, "{\"signedOutOtherSessions\":2}"));

        assertThat(lifecycle().changePassword("old passphrase", "new passphrase")).isEqualTo(2);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(path(request)).isEqualTo("/api/me/password");
        assertThat(bearer(request)).isEqualTo("access-1");
        assertThat(body(request)).isEqualTo("{\"currentPassword\":\"old passphrase\",\"newPassword\":\"new passphrase\"}");
    }

    @Test
    void a_wrong_current_password_is_its_own_problem_and_keeps_the_sign_in() {
        signedIn();
        server.enqueue(problem(400, ApiProblemException.CURRENT_PASSWORD_INCORRECT, "Your current password is not right."));

        assertThatThrownBy(() -> lifecycle().changePassword("wrong", "new passphrase"))
                .isInstanceOfSatisfying(ApiProblemException.class,
                        problem -> assertThat(problem.is(ApiProblemException.CURRENT_PASSWORD_INCORRECT)).isTrue());
        assertThat(holder.current()).isPresent();
    }

    @Test
    void a_signed_in_call_is_renewed_and_retried_once_like_every_other() throws Exception {
        signedIn();
        server.enqueue(unauthorized());
        server.enqueue(tokens("access-2", "refresh-2", "csrf-2"));
        server.enqueue(json(202, "{\"status\":\"accepted\",\"message\":\"Check the new address.\"}"));

        assertThat(lifecycle().changeEmail("passphrase", "ada@new.example")).isEqualTo("Check the new address.");

        assertThat(path(server.takeRequest())).isEqualTo("/api/me/email");
        assertThat(path(server.takeRequest())).isEqualTo("/api/auth/refresh");
        RecordedRequest retried = server.takeRequest();
        assertThat(bearer(retried)).isEqualTo("access-2");
        assertThat(body(retried)).isEqualTo("{\"currentPassword\":\"passphrase\",\"newEmail\":\"ada@new.example\"}");
    }

    @Test
    void deleting_the_account_sends_the_password_in_a_delete_and_signs_this_browser_out() throws Exception {
        signedIn();
        server.enqueue(noContent());

        lifecycle().deleteAccount("passphrase");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(path(request)).isEqualTo("/api/me");
        assertThat(bearer(request)).isEqualTo("access-1");
        assertThat(body(request)).isEqualTo("{\"currentPassword\":\"passphrase\"}");
        assertThat(holder.current()).isEmpty();
        assertThat(holder.ended()).as("signed out on purpose, not an ended session").isFalse();
        assertThat(browser.hasAnyCookie()).isFalse();
    }

    @Test
    void a_refused_deletion_keeps_the_sign_in_and_the_cookies() {
        signedIn();
        server.enqueue(problem(400, ApiProblemException.CURRENT_PASSWORD_INCORRECT, "Your current password is not right."));

        assertThatThrownBy(() -> lifecycle().deleteAccount("wrong")).isInstanceOf(ApiProblemException.class);
        assertThat(holder.current()).isPresent();
        assertThat(browser.hasAnyCookie()).isTrue();
    }

    // --- export --------------------------------------------------------------------------------------------

    @Test
    void the_export_is_copied_to_the_sink_with_the_apis_file_name_and_type() throws Exception {
        signedIn();
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/zip")
                .setHeader("Content-Disposition", "attachment; filename=\"journal-export-2026-01-15.zip\"")
                .body("PK-zip-bytes").build());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        List<String> opened = new ArrayList<>();

        lifecycle().export(ExportFormat.MARKDOWN, (type, name) -> {
            opened.add(type + " " + name);
            return received;
        });

        assertThat(opened).containsExactly("application/zip journal-export-2026-01-15.zip");
        assertThat(received.toString(StandardCharsets.UTF_8)).isEqualTo("PK-zip-bytes");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/me/export");
        assertThat(request.getUrl().queryParameter("format")).isEqualTo("markdown");
        assertThat(bearer(request)).isEqualTo("access-1");
    }

    @Test
    void the_export_reaches_the_sink_while_the_api_is_still_sending_it() throws Exception {
        signedIn();
        CountDownLatch firstBytesArrived = new CountDownLatch(1);
        AtomicBoolean sentRestAfterFirstArrived = new AtomicBoolean();
        byte[] first = "{\"format\":\"journal-export\",\"entries\":[".getBytes(StandardCharsets.UTF_8);
        byte[] rest = "]}".getBytes(StandardCharsets.UTF_8);
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(new MockResponseBody() {
                    @Override
                    public long getContentLength() {
                        return first.length + rest.length;
                    }

                    @Override
                    public void writeTo(BufferedSink sink) throws IOException {
                        sink.write(first);
                        sink.flush();
                        try {
                            // The rest only once the first part went through: a client that waits for the
                            // whole answer before passing anything on would wait here in vain.
                            sentRestAfterFirstArrived.set(firstBytesArrived.await(20, TimeUnit.SECONDS));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        sink.write(rest);
                    }
                }).build());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        OutputStream noticing = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                received.write(bytes, offset, length);
                if (received.size() >= first.length) {
                    firstBytesArrived.countDown();
                }
            }
        };

        lifecycle().export(ExportFormat.JSON, (type, name) -> noticing);

        assertThat(sentRestAfterFirstArrived).as("the first part reached the sink before the API sent the rest").isTrue();
        assertThat(received.toString(StandardCharsets.UTF_8)).isEqualTo("{\"format\":\"journal-export\",\"entries\":[]}");
    }

    @Test
    void a_refused_export_never_opens_the_sink_and_a_strange_file_name_is_not_passed_on() {
        signedIn();
        server.enqueue(problem(403, "urn:journal:problem:forbidden", "Not for demo sessions."));
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("Content-Disposition", "attachment; filename=\"../../etc/passwd\"").body("{}").build());
        List<String> opened = new ArrayList<>();

        assertThatThrownBy(() -> lifecycle().export(ExportFormat.JSON, (type, name) -> {
            opened.add(name);
            return OutputStream.nullOutputStream();
        })).isInstanceOfSatisfying(ApiProblemException.class, problem -> assertThat(problem.status()).isEqualTo(403));
        assertThat(opened).isEmpty();

        lifecycle().export(ExportFormat.JSON, (type, name) -> {
            opened.add(name);
            return OutputStream.nullOutputStream();
        });
        assertThat(opened).containsExactly("journal-export.json");
    }
}
