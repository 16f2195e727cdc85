package app.journal.bootstrap;

import app.journal.adapter.rest.problem.ApiErrorFilter;
import app.journal.adapter.rest.problem.JsonOnlyFilter;
import app.journal.adapter.rest.problem.UnknownApiRoute;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * The operational edges of the HTTP surface: correlation ids, problem details for every API error
 * (also the ones Spring, the container or a filter decide on), a 404 for unknown API paths instead
 * of the Vaadin page, and the switch that keeps metrics and the API description off the public port.
 *
 * @see "docs/decisions/0006-operations-surface.md"
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter() {
        var registration = new FilterRegistrationBean<>(new ApiErrorFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicSurfaceFilter> publicSurfaceFilter(JournalProperties properties) {
        var registration = new FilterRegistrationBean<>(new PublicSurfaceFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setEnabled(!properties.ops().publicMetrics());
        return registration;
    }

    /**
     * Spring Security wraps each filter of a chain, and each authentication and authorisation, in a
     * Micrometer observation whenever an {@code ObservationRegistry} exists (it does, for the HTTP
     * metrics). Nobody reads those observations unless an operator traces requests, so they are off
     * unless {@code journal.ops.security-observations=true}. The request metrics
     * ({@code http.server.requests}, which the dashboards and alerts use) come from Spring's own
     * server filter and stay on.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings(JournalProperties properties) {
        return properties.ops().securityObservations()
                ? SecurityObservationSettings.withDefaults().build()
                : SecurityObservationSettings.noObservations();
    }

    @Bean
    FilterRegistrationBean<JsonOnlyFilter> jsonOnlyFilter() {
        var registration = new FilterRegistrationBean<>(new JsonOnlyFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /**
     * Paths under {@code /api} and {@code /.well-known} that no controller maps. Ordered after the
     * controllers' mapping (so a known path with another method is still a 405 with {@code Allow}),
     * before Vaadin's catch-all root mapping and the static resources.
     */
    @Bean
    SimpleUrlHandlerMapping unknownApiRoutes() {
        var handler = new UnknownApiRoute();
        return new SimpleUrlHandlerMapping(Map.of("/api/**", handler, "/.well-known/**", handler),
                Ordered.LOWEST_PRECEDENCE - 100);
    }
}
