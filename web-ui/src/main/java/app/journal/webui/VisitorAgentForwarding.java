package app.journal.webui;

import com.vaadin.flow.server.VaadinRequest;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Every call to the API carries the visitor's own {@code User-Agent}, not this server's HTTP client's: a
 * session started through the UI records the browser it was started in (the list of sessions shows it).
 */
final class VisitorAgentForwarding implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        VaadinRequest visitor = VaadinRequest.getCurrent();
        String agent = visitor == null ? null : visitor.getHeader(HttpHeaders.USER_AGENT);
        if (agent != null && !agent.isBlank()) {
            request.getHeaders().set(HttpHeaders.USER_AGENT, agent);
        }
        return execution.execute(request, body);
    }
}
