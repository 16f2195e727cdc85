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

class VisitorAddressForwardingTest {

    private final VisitorAddressForwarding forwarding = new VisitorAddressForwarding();

    @AfterEach
    void clear() {
        CurrentInstance.clearAll();
    }

    @Test
    void the_visitors_address_is_forwarded_to_the_api() throws Exception {
        visitor("203.0.113.7", null);

        assertThat(forwardedFor()).isEqualTo("203.0.113.7");
    }

    @Test
    void a_chain_from_a_reverse_proxy_is_kept_and_the_peer_appended() throws Exception {
        visitor("10.0.0.5", "198.51.100.4");

        assertThat(forwardedFor()).isEqualTo("198.51.100.4, 10.0.0.5");
    }

    @Test
    void outside_a_visitors_request_nothing_is_forwarded() throws Exception {
        assertThat(forwardedFor()).isNull();
    }

    /** Held here: Vaadin's CurrentInstance keeps only a weak reference to the current request. */
    private VaadinServletRequest current;

    private void visitor(String peer, String forwardedFor) {
        var servletRequest = new MockHttpServletRequest();
        servletRequest.setRemoteAddr(peer);
        if (forwardedFor != null) {
            servletRequest.addHeader("X-Forwarded-For", forwardedFor);
        }
        current = new VaadinServletRequest(servletRequest, null);
        CurrentInstance.set(VaadinRequest.class, current);
    }

    private String forwardedFor() throws Exception {
        var request = new MockClientHttpRequest(HttpMethod.POST, URI.create("http://127.0.0.1/api/auth/login"));
        forwarding.intercept(request, new byte[0], (r, body) -> new MockClientHttpResponse(new byte[0], 200));
        return request.getHeaders().getFirst("X-Forwarded-For");
    }
}
