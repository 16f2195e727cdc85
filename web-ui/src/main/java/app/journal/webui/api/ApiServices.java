package app.journal.webui.api;

import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Builds the HTTP service clients of the API: all of them on the API's base URL, with problem details
 * decoded into {@link ApiProblemException}, plus the interceptors of the kind of call (bearer and
 * renewal, or the browser's refresh cookie).
 */
final class ApiServices {

    private final RestClient.Builder base;
    private final ApiBaseUrl baseUrl;

    ApiServices(RestClient.Builder base, ApiBaseUrl baseUrl) {
        this.base = Objects.requireNonNull(base, "base");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /**
     * @param interceptors run after the builder's own (the visitor's address and agent): last in the chain,
     *                     so a retry they make passes only through themselves
     */
    <S> S create(Class<S> service, ClientHttpRequestInterceptor... interceptors) {
        RestClient client = client(base, interceptors);
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build().createClient(service);
    }

    /**
     * A plain client on the API's base URL, for a call that an HTTP service interface cannot express:
     * an answer streamed on instead of read into an object.
     *
     * @param from the builder to start from (for example one with a longer read timeout)
     */
    RestClient client(RestClient.Builder from, ClientHttpRequestInterceptor... interceptors) {
        return from.clone()
                .uriBuilderFactory(new ApiUris(baseUrl))
                .defaultStatusHandler(HttpStatusCode::isError, new ProblemDecoding())
                .requestInterceptors(chain -> chain.addAll(List.of(interceptors)))
                .build();
    }
}
