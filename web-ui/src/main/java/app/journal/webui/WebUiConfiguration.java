package app.journal.webui;

import app.journal.webui.api.ApiBaseUrl;
import app.journal.webui.api.JournalApiClient;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Wires the web UI's API client. Picked up by the application's component scan of {@code app.journal.webui}.
 * {@code @EnableVaadin} keeps Vaadin's start-up scan for routes and other annotated types to this package
 * (by default it reads every class under {@code app.journal}, the application class's package, at each start).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebUiProperties.class)
@EnableVaadin("app.journal.webui")
class WebUiConfiguration {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long a streamed download (the export) may take in all: Spring's JDK request factory applies its
     * read timeout to the whole answer, body included, so a click's 30 s would cut off a large journal.
     */
    static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(30);

    @Bean
    ApiBaseUrl journalApiBaseUrl(WebUiProperties properties) {
        return properties.apiOnSameServer() ? ApiBaseUrl.sameServer() : ApiBaseUrl.fixed(properties.apiBaseUrl());
    }

    /** Tells {@link ApiBaseUrl} this server's port and context path once the web server listens. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> journalApiBaseUrlLearner(ApiBaseUrl baseUrl) {
        return event -> {
            // A separate management server (management.server.port) has its own namespace: not the API.
            if (event.getApplicationContext().getServerNamespace() != null) {
                return;
            }
            String contextPath = event.getApplicationContext() instanceof ServletWebServerApplicationContext servlet
                    && servlet.getServletContext() != null
                    ? servlet.getServletContext().getContextPath()
                    : "";
            baseUrl.serverStarted(event.getWebServer().getPort(), contextPath);
        };
    }

    @Bean
    JournalApiClient journalApiClient(RestClient.Builder restClientBuilder, ApiBaseUrl baseUrl) {
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        RestClient.Builder http = builder(restClientBuilder, httpClient, READ_TIMEOUT);
        RestClient.Builder downloads = builder(restClientBuilder, httpClient, DOWNLOAD_TIMEOUT);
        return new JournalApiClient(http, downloads, baseUrl, new VaadinSessionCredentialStore(),
                new BrowserRefreshCookies());
    }

    private static RestClient.Builder builder(RestClient.Builder from, HttpClient httpClient, Duration readTimeout) {
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(readTimeout);
        return from.clone().requestFactory(requestFactory)
                .requestInterceptor(new VisitorAddressForwarding())
                .requestInterceptor(new VisitorAgentForwarding());
    }

    /** An unknown or expired HTTP session reloads the page, which restores the sign-in from the cookie. */
    @Bean
    VaadinServiceInitListener journalSessionExpiryReload() {
        return new SessionExpiryReload();
    }
}
