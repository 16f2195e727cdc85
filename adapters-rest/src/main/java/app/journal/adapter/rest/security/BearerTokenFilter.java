package app.journal.adapter.rest.security;

import app.journal.adapter.rest.problem.ProblemResponses;
import app.journal.adapter.rest.token.InvalidTokenException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <access token>}. A request
 * without the header passes on as anonymous (public endpoints serve it, the others answer 401); a
 * header with a token that does not verify is refused here with the same generic 401, whatever was
 * wrong with it.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String PREFIX = "Bearer ";

    private final AccessTokenVerifier verifier;

    BearerTokenFilter(AccessTokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            ProblemResponses.unauthorized(response);
            return;
        }
        try {
            var claims = verifier.verify(header.substring(PREFIX.length()).strip());
            var principal = new JournalPrincipal(claims.userId(), claims.sessionId(), claims.roles());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new JournalAuthentication(principal));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        } catch (InvalidTokenException e) {
            // The reason is for operators; the token itself is never logged.
            log.debug("Refused an access token: {}", e.getMessage());
            ProblemResponses.unauthorized(response);
        }
    }
}
