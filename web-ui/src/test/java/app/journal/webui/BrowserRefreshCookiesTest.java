package app.journal.webui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The Vaadin tier's cookie transport, on a browser request and response as the servlet container gives them. */
class BrowserRefreshCookiesTest {

    private final BrowserRefreshCookies transport = new BrowserRefreshCookies();
    private final MockHttpServletRequest browserRequest = new MockHttpServletRequest("POST", "/");
    private final RecordingResponse browserResponse = new RecordingResponse();

    /**
     * Keeps each header as it was added: Spring's mock response re-renders {@code Set-Cookie} values, and
     * the point here is that they reach the servlet container untouched.
     */
    private static final class RecordingResponse extends HttpServletResponseWrapper {

        final List<String> setCookies = new ArrayList<>();

        RecordingResponse() {
            super(new MockHttpServletResponse());
        }

        @Override
        public void addHeader(String name, String value) {
            if (name.equalsIgnoreCase(HttpHeaders.SET_COOKIE)) {
                setCookies.add(value);
            }
            super.addHeader(name, value);
        }
    }

    /**
     * Held here: Vaadin's {@link CurrentInstance} keeps only weak references, so a collection in the middle of
     * a test would otherwise leave the transport without a current request (it did, once in a full run).
     */
    private VaadinServletRequest vaadinRequest;
    private VaadinServletResponse vaadinResponse;

    @BeforeEach
    void inABrowserRequest() {
        browserRequest.setScheme("https");
        browserRequest.setServerName("journal.example.org");
        browserRequest.setServerPort(443);
        vaadinRequest = new VaadinServletRequest(browserRequest, null);
        vaadinResponse = new VaadinServletResponse(browserResponse, null);
        CurrentInstance.set(VaadinRequest.class, vaadinRequest);
        CurrentInstance.set(VaadinResponse.class, vaadinResponse);
    }

    @AfterEach
    void clear() {
        CurrentInstance.clearAll();
    }

    private HttpHeaders proof() {
        HttpHeaders headers = new HttpHeaders();
        transport.prove(headers);
        return headers;
    }

    @Test
    void the_refresh_and_csrf_cookies_of_both_names_go_to_the_api_with_duplicates_and_nothing_else() {
        browserRequest.addHeader("Cookie", "JSESSIONID=abc; __Host-journal-refresh=r1; journal-refresh=stale; "
                + "__Host-journal-refresh=r0; __Host-journal-csrf=c1; other=x");

        assertThat(transport.hasRefreshCookie()).isTrue();
        assertThat(proof().getFirst(HttpHeaders.COOKIE)).isEqualTo(
                "__Host-journal-refresh=r1; journal-refresh=stale; __Host-journal-refresh=r0; __Host-journal-csrf=c1");
    }

    @Test
    void only_the_trusted_browser_cookie_goes_to_a_sign_in_step_and_the_refresh_proof_does_not_carry_it() {
        browserRequest.addHeader("Cookie", "JSESSIONID=abc; __Host-journal-refresh=r1; __Host-journal-trusted=t1; "
                + "journal-trusted=t0; __Host-journal-csrf=c1");
        HttpHeaders signIn = new HttpHeaders();

        transport.offerTrust(signIn);

        assertThat(signIn.getFirst(HttpHeaders.COOKIE)).isEqualTo("__Host-journal-trusted=t1; journal-trusted=t0");
        assertThat(signIn.containsHeader("X-CSRF-Token")).isFalse();
        assertThat(proof().getFirst(HttpHeaders.COOKIE))
                .isEqualTo("__Host-journal-refresh=r1; __Host-journal-csrf=c1");
    }

    @Test
    void a_browser_without_the_trusted_cookie_sends_no_cookie_to_a_sign_in_step() {
        browserRequest.addHeader("Cookie", "JSESSIONID=abc; __Host-journal-refresh=r1");
        HttpHeaders signIn = new HttpHeaders();

        transport.offerTrust(signIn);

        assertThat(signIn.containsHeader(HttpHeaders.COOKIE)).isFalse();
    }

    @Test
    void the_csrf_header_comes_from_memory_else_from_the_browsers_csrf_cookie() {
        browserRequest.addHeader("Cookie", "__Host-journal-refresh=r1; journal-csrf=plain; __Host-journal-csrf=c1");

        assertThat(proof().getFirst("X-CSRF-Token")).as("the __Host- cookie first").isEqualTo("c1");
        HttpHeaders fromMemory = new HttpHeaders();
        fromMemory.set("X-CSRF-Token", "held");
        transport.prove(fromMemory);
        assertThat(fromMemory.get("X-CSRF-Token")).containsExactly("held");
    }

    @Test
    void the_browsers_fetch_metadata_is_forwarded() {
        browserRequest.addHeader("Sec-Fetch-Site", "same-origin");
        browserRequest.addHeader("Origin", "https://journal.example.org");

        HttpHeaders proof = proof();

        assertThat(proof.getFirst("Sec-Fetch-Site")).isEqualTo("same-origin");
        assertThat(proof.containsHeader(HttpHeaders.ORIGIN)).isFalse();
    }

    @Test
    void without_fetch_metadata_the_origin_is_the_browsers_own_or_where_its_request_went() {
        assertThat(proof().getFirst(HttpHeaders.ORIGIN)).isEqualTo("https://journal.example.org");
        browserRequest.setScheme("http");
        browserRequest.setServerName("localhost");
        browserRequest.setServerPort(8080);
        assertThat(proof().getFirst(HttpHeaders.ORIGIN)).isEqualTo("http://localhost:8080");

        browserRequest.addHeader("Origin", "https://elsewhere.example");
        assertThat(proof().getFirst(HttpHeaders.ORIGIN)).as("a foreign origin is passed on for the API to refuse")
                .isEqualTo("https://elsewhere.example");
        assertThat(proof().containsHeader("Sec-Fetch-Site")).isFalse();
    }

    @Test
    void every_set_cookie_of_the_answer_reaches_the_browser_verbatim() {
        HttpHeaders answer = new HttpHeaders();
        answer.add(HttpHeaders.SET_COOKIE, "__Host-journal-refresh=r2; Max-Age=2591000; Path=/; Secure; HttpOnly; SameSite=Strict");
        answer.add(HttpHeaders.SET_COOKIE, "__Host-journal-csrf=c2; Max-Age=2591000; Path=/; Secure; SameSite=Strict");

        transport.relay(answer);

        assertThat(browserResponse.setCookies).containsExactly(
                "__Host-journal-refresh=r2; Max-Age=2591000; Path=/; Secure; HttpOnly; SameSite=Strict",
                "__Host-journal-csrf=c2; Max-Age=2591000; Path=/; Secure; SameSite=Strict");
    }

    @Test
    void forgetting_clears_both_names_of_both_cookies() {
        transport.forget();

        assertThat(browserResponse.setCookies).containsExactly(
                "__Host-journal-refresh=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure; HttpOnly; SameSite=Strict",
                "journal-refresh=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; HttpOnly; SameSite=Strict",
                "__Host-journal-csrf=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure; SameSite=Strict",
                "journal-csrf=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; SameSite=Strict");
    }

    @Test
    void cookies_passed_on_during_a_request_count_for_the_rest_of_it() {
        browserRequest.addHeader("Cookie", "__Host-journal-refresh=r1; __Host-journal-csrf=c1");
        HttpHeaders rotated = new HttpHeaders();
        rotated.add(HttpHeaders.SET_COOKIE, "__Host-journal-refresh=r2; Path=/; Secure; HttpOnly; SameSite=Strict");

        transport.relay(rotated);
        assertThat(proof().getFirst(HttpHeaders.COOKIE)).isEqualTo("__Host-journal-csrf=c1; __Host-journal-refresh=r2");

        HttpHeaders cleared = new HttpHeaders();
        cleared.add(HttpHeaders.SET_COOKIE, "__Host-journal-refresh=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Strict");
        cleared.add(HttpHeaders.SET_COOKIE, "__Host-journal-csrf=; Max-Age=0; Path=/; Secure; SameSite=Strict");
        transport.relay(cleared);
        assertThat(transport.hasRefreshCookie()).as("signed out: the sign-in page must not restore").isFalse();
        assertThat(proof().containsHeader(HttpHeaders.COOKIE)).isFalse();
    }

    @Test
    void forgotten_cookies_are_gone_for_the_rest_of_the_request() {
        browserRequest.addHeader("Cookie", "__Host-journal-refresh=r1");

        transport.forget();

        assertThat(transport.hasRefreshCookie()).isFalse();
    }

    @Test
    void a_browser_without_cookies_has_no_refresh_cookie_and_sends_none() {
        browserRequest.addHeader("Cookie", "JSESSIONID=abc");

        assertThat(transport.hasRefreshCookie()).isFalse();
        assertThat(proof().containsHeader(HttpHeaders.COOKIE)).isFalse();
        assertThat(proof().containsHeader("X-CSRF-Token")).isFalse();
    }

    @Test
    void outside_a_browser_request_nothing_is_sent_or_relayed() {
        CurrentInstance.clearAll();

        assertThat(transport.hasRefreshCookie()).isFalse();
        assertThat(proof().isEmpty()).isTrue();
        HttpHeaders answer = new HttpHeaders();
        answer.add(HttpHeaders.SET_COOKIE, "__Host-journal-refresh=r2; Path=/");
        transport.relay(answer);
        assertThat(browserResponse.setCookies).isEmpty();
    }
}
