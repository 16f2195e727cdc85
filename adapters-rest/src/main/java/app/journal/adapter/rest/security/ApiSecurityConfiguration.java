package app.journal.adapter.rest.security;

import app.journal.adapter.rest.problem.ProblemResponses;
import app.journal.adapter.rest.problem.ProblemTypes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * Security of the JSON API: stateless, and every call but two is authorised by a bearer token in a
 * header, which a browser never adds on its own: no CSRF surface. The two exceptions, refresh and
 * logout with the cookie transport, carry an ambient cookie and check Fetch Metadata and a signed
 * CSRF token themselves ({@link app.journal.adapter.rest.auth.transport.CookieTransport}), so
 * Spring's session-based CSRF filter stays off. Public: the demo session, the auth endpoints (they
 * have their own rules), the JWKS. Everything else needs a valid access token.
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http, AccessTokenVerifier verifier, CorsConfigurationSource corsConfigurationSource,
            ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        http.securityMatcher("/api/**", "/.well-known/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(corsConfigurationSource))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                // Journal's own security headers are written in one place outside this chain (bootstrap's
                // SecurityHeaders); HSTS there follows the public base URL, not whether this request was secure.
                .headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.disable()))
                .anonymous(a -> {})
                .addFilterBefore(new BearerTokenFilter(verifier, SecurityContexts.of(contexts)),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .requestMatchers("/api/demo/**", "/api/auth/**", "/.well-known/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            if (request.getAttribute(BearerTokenFilter.REFUSED_TOKEN) != null) {
                                ProblemResponses.invalidToken(response);
                            } else {
                                ProblemResponses.unauthorized(response);
                            }
                        })
                        .accessDeniedHandler((request, response, ex) -> ProblemResponses.write(response, 403,
                                ProblemTypes.FORBIDDEN, "Forbidden", "You may not do this.")));
        return http.build();
    }
}
