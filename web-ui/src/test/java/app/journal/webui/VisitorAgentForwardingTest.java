package app.journal.webui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;

class VisitorAgentForwardingTest {

    private final VisitorAgentForwarding forwarding = new VisitorAgentForwarding();

    @AfterEach
    void clear() {
        CurrentInstance.clearAll();
    }

    @Test
    void the_visitors_browser_is_the_agent_the_api_sees() throws Exception {
        var servletRequest = new MockHttpServletRequest();
        servletRequest.addHeader("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/142.0");
        // Kept reachable until the assertion: Vaadin's CurrentInstance keeps only a weak reference.
        var current = new VaadinServletRequest(servletRequest, null);
        CurrentInstance.set(VaadinRequest.class, current);

        assertThat(agent()).isEqualTo("Mozilla/5.0 (X11; Linux x86_64) Chrome/142.0");
        java.lang.ref.Reference.reachabilityFence(current);
    }

    @Test
    void outside_a_visitors_request_the_clients_own_agent_stays() throws Exception {
        assertThat(agent()).isEqualTo("Java-http-client");
    }

    private String agent() throws Exception {
        var request = new MockClientHttpRequest(HttpMethod.POST, URI.create("http://127.0.0.1/api/auth/login"));
        request.getHeaders().set("User-Agent", "Java-http-client");
        forwarding.intercept(request, new byte[0], (r, body) -> new MockClientHttpResponse(new byte[0], 200));
        return request.getHeaders().getFirst("User-Agent");
    }
}
