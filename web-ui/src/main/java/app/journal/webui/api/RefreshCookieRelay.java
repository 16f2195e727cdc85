package app.journal.webui.api;

import java.io.IOException;
import java.util.Objects;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * The client side of {@link SessionEndpoints}: refresh and sign-out calls get the browser's proof
 * ({@link RefreshTransport#prove}), the sign-in steps (password, second step, passkey) its trusted-browser cookie and nothing else
 * ({@link RefreshTransport#offerTrust}), and the {@code Set-Cookie} headers of every answer (a sign-in, a
 * rotation, a clearing; success or refusal) go back to the browser, on the answer to the request that
 * caused them.
 */
final class RefreshCookieRelay implements ClientHttpRequestInterceptor {

    private final RefreshTransport transport;

    RefreshCookieRelay(RefreshTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        String path = request.getURI().getPath();
        if (path.endsWith("/login") || path.endsWith("/second-step") || path.contains("/passkey")) {
            transport.offerTrust(request.getHeaders());
        } else {
            transport.prove(request.getHeaders());
        }
        ClientHttpResponse answer = execution.execute(request, body);
        transport.relay(answer.getHeaders());
        return answer;
    }
}
