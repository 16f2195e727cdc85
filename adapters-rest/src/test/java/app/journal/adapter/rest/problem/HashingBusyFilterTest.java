package app.journal.adapter.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The door in front of logins and registrations (docs/decisions/0031-login-storm-and-memory.md). */
class HashingBusyFilterTest {

    private final AtomicBoolean saturated = new AtomicBoolean();
    private final HashingBusyFilter filter = new HashingBusyFilter(saturated::get);

    @Test
    void while_hashing_is_saturated_a_login_is_a_busy_problem_with_retry_after_and_goes_no_further() throws Exception {
        saturated.set(true);
        var request = login();
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("nothing behind the door ran").isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("\"type\":\"" + ProblemTypes.SERVICE_BUSY + "\"", "\"status\":503",
                        "\"detail\":\"" + ProblemResponses.BUSY_DETAIL + "\"");
    }

    @Test
    void otherwise_the_login_goes_on_untouched() throws Exception {
        var request = login();
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Retry-After")).isNull();
    }

    @Test
    void only_a_post_is_refused() throws Exception {
        saturated.set(true);
        var request = new MockHttpServletRequest("OPTIONS", "/api/auth/login");
        var chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    private static MockHttpServletRequest login() {
        var request = new MockHttpServletRequest("POST", "/api/auth/login");
        request.setContentType("application/json");
        request.setContent("{\"email\":\"someone@example.org\",\"password\":\"x\"}".getBytes());
        return request;
    }
}
