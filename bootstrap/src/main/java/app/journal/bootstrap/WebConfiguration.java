package app.journal.bootstrap;

import app.journal.adapter.rest.auth.transport.CookieTransport;
import app.journal.adapter.rest.auth.transport.SameOriginCheck;
import app.journal.adapter.rest.problem.RequestSizeLimitFilter;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * CORS for the API from an explicit allowlist; with none configured (the default) no origin but
     * Journal's own may call it from a browser. Never a wildcard: tokens travel in headers, and a
     * wildcard would let any page script the API with a stolen one. Journal's own origin (the public
     * base URL's) is on the list too: behind a TLS-terminating proxy the request itself looks like
     * http, and a same-origin call with an {@code Origin} header must not be taken for a foreign one.
     * Still no credentials: the refresh cookie never travels cross-origin.
     */
    @Bean
    CorsConfigurationSource corsConfigurationSource(JournalProperties properties) {
        var source = new UrlBasedCorsConfigurationSource();
        var origins = properties.cors().allowedOrigins();
        if (origins.stream().anyMatch(o -> o.contains("*"))) {
            throw new IllegalStateException("journal.cors.allowed-origins must list exact origins, not patterns");
        }
        if (!origins.isEmpty()) {
            var config = new CorsConfiguration();
            var allowed = new java.util.ArrayList<>(origins);
            allowed.add(SameOriginCheck.originOf(properties.publicBaseUrl()));
            config.setAllowedOrigins(allowed);
            config.addAllowedMethod(HttpMethod.GET);
            config.addAllowedMethod(HttpMethod.POST);
            config.addAllowedMethod(HttpMethod.PUT);
            config.addAllowedMethod(HttpMethod.DELETE);
            config.addAllowedHeader("Authorization");
            config.addAllowedHeader("Content-Type");
            config.addAllowedHeader(CookieTransport.CSRF_HEADER);
            config.setAllowCredentials(false);
            config.setMaxAge(600L);
            source.registerCorsConfiguration("/api/**", config);
        }
        return source;
    }

    /**
     * The HTTP session cookie (Vaadin's {@code JSESSIONID}) is {@code Secure} where people reach Journal
     * over https ({@code server.servlet.session.cookie.same-site=lax} gives it an explicit SameSite).
     * Tomcat also marks it secure on any request that arrived over TLS.
     */
    @Bean
    ServletContextInitializer secureSessionCookie(JournalProperties properties) {
        boolean https = "https".equalsIgnoreCase(properties.publicBaseUrl().getScheme());
        return servletContext -> {
            if (https) {
                servletContext.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    /**
     * Puts {@link ApiErrorReportValve} in the place of the error report valve Spring Boot gives
     * Tomcat's host. Runs after Boot's own customizer (lowest precedence), whose valve it removes.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> apiErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            for (var valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ApiErrorReportValve());
            host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
        });
    }

    /** Outermost, so that every answer (errors from the filters below included) carries them. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(JournalProperties properties) {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders(properties.publicBaseUrl()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(JournalProperties properties,
            ImportProperties imports) {
        // The import takes a whole export file: its own, larger limit (journal.import.max-bytes).
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.api().maxRequestBytes(),
                java.util.Map.of("/api/me/import", imports.maxBytes())));
        // Inside ApiErrorFilter (HIGHEST_PRECEDENCE + 1), before security.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /**
     * Everything that is not the JSON API: the Vaadin UI, static resources, actuator. Vaadin protects
     * its own requests (its CSRF token travels in every UIDL request), so Spring's CSRF filter stays
     * out of its way. No login here: the UI is a client of the API and holds its tokens server-side.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain uiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/**")
                .csrf(csrf -> csrf.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                // HSTS follows the public base URL (SecurityHeaders), not whether this request was secure.
                .headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.disable()))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
