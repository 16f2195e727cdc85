package app.journal.bootstrap;

import app.journal.adapter.rest.problem.RequestSizeLimitFilter;
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
     * wildcard would let any page script the API with a stolen one.
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
            config.setAllowedOrigins(origins);
            config.addAllowedMethod(HttpMethod.GET);
            config.addAllowedMethod(HttpMethod.POST);
            config.addAllowedMethod(HttpMethod.PUT);
            config.addAllowedMethod(HttpMethod.DELETE);
            config.addAllowedHeader("Authorization");
            config.addAllowedHeader("Content-Type");
            config.setAllowCredentials(false);
            config.setMaxAge(600L);
            source.registerCorsConfiguration("/api/**", config);
        }
        return source;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(JournalProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.api().maxRequestBytes()));
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
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
