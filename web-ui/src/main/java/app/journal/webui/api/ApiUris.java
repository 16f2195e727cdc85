package app.journal.webui.api;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriBuilderFactory;

/**
 * Expands the HTTP service interfaces' paths against the API's base URL, looked up at each call: when
 * the UI calls the API of its own server, the port is only known once that server listens, which is
 * after the clients were built.
 */
final class ApiUris implements UriBuilderFactory {

    private final ApiBaseUrl baseUrl;

    ApiUris(ApiBaseUrl baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    private UriBuilderFactory current() {
        return new DefaultUriBuilderFactory(baseUrl.get());
    }

    @Override
    public UriBuilder uriString(String uriTemplate) {
        return current().uriString(uriTemplate);
    }

    @Override
    public UriBuilder builder() {
        return current().builder();
    }

    @Override
    public URI expand(String uriTemplate, Map<String, ?> uriVariables) {
        return current().expand(uriTemplate, uriVariables);
    }

    @Override
    public URI expand(String uriTemplate, Object... uriVariables) {
        return current().expand(uriTemplate, uriVariables);
    }
}
