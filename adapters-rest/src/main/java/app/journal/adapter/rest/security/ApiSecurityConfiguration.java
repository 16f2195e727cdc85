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
 *
 * <p>The auth endpoints have a chain of their own ({@link #authSecurityFilterChain}) that holds only what
 * they use: CORS and the response headers. None of them reads a caller from the security context (a
 * refresh or a logout names its session by its refresh token), so the bearer filter, the anonymous
 * caller, the security context's save and restore, the request wrapper, the exception translation and
 * the authorisation filter were work done on every refresh for nothing.
 *
 * @see "docs/decisions/0024-a-lean-hot-path.md"
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain authSecurityFilterChain(HttpSecurity http, CorsConfigurationSource corsConfigurationSource)
            throws Exception {
        http.securityMatcher("/api/auth/**");
        common(http, corsConfigurationSource)
                .securityContext(c -> c.disable())
                .sessionManagement(s -> s.disable())
                .anonymous(a -> a.disable())
                .servletApi(a -> a.disable())
                .exceptionHandling(e -> e.disable());
        return http.build();
    }

    /** What both chains share: no session, no CSRF token of Spring's, no login pages, CORS and the headers. */
    private static HttpSecurity common(HttpSecurity http, CorsConfigurationSource corsConfigurationSource)
            throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(corsConfigurationSource))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                // Journal's own security headers are written in one place outside this chain (bootstrap's
                // SecurityHeaders); HSTS there follows the public base URL, not whether this request was secure.
                .headers(h -> h.httpStrictTransportSecurity(hsts -> hsts.disable()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(
            HttpSecurity http, AccessTokenVerifier verifier, CorsConfigurationSource corsConfigurationSource,
            ObjectProvider<SecurityContextHolderStrategy> contexts) throws Exception {
        http.securityMatcher("/api/**", "/.well-known/**");
        common(http, corsConfigurationSource)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .anonymous(a -> {})
                .addFilterBefore(new BearerTokenFilter(verifier, SecurityContexts.of(contexts)),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .requestMatchers("/api/demo/**", "/.well-known/**").permitAll()
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
