package app.journal.webui;

import com.vaadin.flow.server.VaadinRequest;
import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The UI calls the API on the visitor's behalf, from this server. Without help the API would see
 * every visitor as this server's own address and share one rate-limit budget among all of them. So
 * each call carries {@code X-Forwarded-For}: the chain the visitor's request arrived with, plus the
 * address it came from. The API believes it only from a trusted proxy (loopback, by default), reads
 * it from the right, and so finds the visitor, or the client a trusted reverse proxy vouched for.
 */
final class VisitorAddressForwarding implements ClientHttpRequestInterceptor {

    static final String HEADER = "X-Forwarded-For";

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        var visitor = VaadinRequest.getCurrent();
        if (visitor != null && visitor.getRemoteAddr() != null) {
            var incoming = visitor.getHeader(HEADER);
            var chain = incoming == null || incoming.isBlank()
                    ? visitor.getRemoteAddr()
                    : incoming + ", " + visitor.getRemoteAddr();
            request.getHeaders().set(HEADER, chain);
        }
        return execution.execute(request, body);
    }
}
