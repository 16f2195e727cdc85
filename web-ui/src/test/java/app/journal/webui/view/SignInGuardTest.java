package app.journal.webui.view;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.webui.api.ApiBaseUrl;
import app.journal.webui.api.CredentialHolder;
import app.journal.webui.api.JournalApiClient;
import app.journal.webui.api.RefreshTransport;
import app.journal.webui.api.SessionCredentials;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.client.RestClient;

/** The sign-in guard restores from the browser's cookie before a page renders, and asks the API once per request. */
class SignInGuardTest {

    private VaadinServletRequest current;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final CredentialHolder holder = new CredentialHolder();
    private boolean browserHasCookie = true;
    private JournalApiClient api;

    @BeforeEach
    void inABrowserRequest() {
        RefreshTransport browser = new RefreshTransport() {
            @Override
            public String loginTransport() {
                return "cookie";
            }

            @Override
            public boolean hasRefreshCookie() {
                return browserHasCookie;
            }

            @Override
            public void prove(HttpHeaders headers) {
                headers.set(HttpHeaders.COOKIE, "__Host-journal-refresh=r1");
            }

            @Override
            public void offerTrust(HttpHeaders headers) {
            }

            @Override
            public void relay(HttpHeaders answer) {
            }

            @Override
            public void forget() {
            }
        };
        api = new JournalApiClient(RestClient.builder(), ApiBaseUrl.fixed(server.url("/").toString()), () -> holder,
                browser);
        // A session this request created: no session id to rotate (the case after a restart or failover).
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.getSession(true);
        // Held in a field: Vaadin's CurrentInstance keeps only a weak reference to the current request.
        current = new VaadinServletRequest(request, null);
        CurrentInstance.set(VaadinRequest.class, current);
    }

    @AfterEach
    void clear() {
        CurrentInstance.clearAll();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void a_browser_with_a_valid_cookie_is_signed_in_before_the_page_renders() {
        server.enqueue(json(200, "{\"accessToken\":\"a2\",\"tokenType\":\"Bearer\",\"expiresIn\":900,"
                + "\"refreshExpiresIn\":3600,\"csrfToken\":\"c1\"}"));
        server.enqueue(json(200, "{\"email\":\"ada@example.org\",\"roles\":[\"user\"],\"verified\":true}"));

        SignInGuard.Access access = SignInGuard.check(api);

        SessionCredentials.Account account = new SessionCredentials.Account("a2", "c1", "ada@example.org");
        assertThat(access).isEqualTo(new SignInGuard.SignedIn(account));
        assertThat(holder.current()).contains(account);
    }

    @Test
    void an_api_that_cannot_answer_is_asked_once_per_request_even_when_the_page_forwards_to_the_sign_in_page() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"urn:journal:problem:service-busy\",\"status\":503,\"detail\":\"Journal is busy.\"}")
                .build());

        SignInGuard.Access journal = SignInGuard.check(api);
        SignInGuard.Access signInPage = SignInGuard.check(api);

        assertThat(journal).isInstanceOfSatisfying(SignInGuard.NotNow.class, notNow -> {
            assertThat(notNow.message()).contains("could not be restored right now").contains("Journal is busy.");
            assertThat(notNow.forbidden()).isFalse();
        });
        assertThat(signInPage).isEqualTo(journal);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a_refused_cookie_is_a_sign_in_that_ended() {
        server.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"urn:journal:problem:invalid-refresh-token\",\"status\":401}").build());

        assertThat(SignInGuard.check(api)).isEqualTo(new SignInGuard.SignedOut(true));
        assertThat(api.sessionEnded()).isTrue();
    }

    @Test
    void a_forbidden_restore_says_so_and_may_be_tried_from_the_page() {
        server.enqueue(new MockResponse.Builder().code(403).setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"urn:journal:problem:csrf-check-failed\",\"title\":\"Forbidden\",\"status\":403}")
                .build());

        assertThat(SignInGuard.check(api)).isInstanceOfSatisfying(SignInGuard.NotNow.class,
                notNow -> assertThat(notNow.forbidden()).isTrue());
    }

    @Test
    void without_a_cookie_nobody_is_signed_in_and_the_api_is_not_asked() {
        browserHasCookie = false;

        assertThat(SignInGuard.check(api)).isEqualTo(new SignInGuard.SignedOut(false));
        assertThat(server.getRequestCount()).isZero();
    }
}
