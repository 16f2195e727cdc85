package app.journal.adapter.rest.security;

import app.journal.adapter.rest.token.AccessClaims;
import app.journal.adapter.rest.token.InvalidTokenException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <access token>}. A request
 * without one passes on as anonymous. So does a request whose token does not verify, marked
 * {@link #REFUSED_TOKEN}: an endpoint that needs a caller then answers 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750 §3.1, the same answer whatever was
 * wrong with the token), and a public endpoint never looks at the header, so a client that still sends
 * a revoked token to {@code POST /api/auth/logout} gets its idempotent 204.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String PREFIX = "Bearer ";
    /** Request attribute: a bearer token was presented and refused. */
    static final String REFUSED_TOKEN = BearerTokenFilter.class.getName() + ".refused";

    private final AccessTokenVerifier verifier;
    private final SecurityContextHolderStrategy contexts;

    BearerTokenFilter(AccessTokenVerifier verifier, SecurityContextHolderStrategy contexts) {
        this.verifier = verifier;
        this.contexts = contexts;
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
            // Another scheme (Basic, ...): no bearer token was presented.
            chain.doFilter(request, response);
            return;
        }
        AccessClaims claims;
        try {
            claims = verifier.verify(header.substring(PREFIX.length()).strip());
        } catch (InvalidTokenException e) {
            // The reason is for operators; the token itself is never logged.
            log.debug("Refused an access token: {}", e.getMessage());
            request.setAttribute(REFUSED_TOKEN, Boolean.TRUE);
            chain.doFilter(request, response);
            return;
        }
        var principal = new JournalPrincipal(claims.userId(), claims.sessionId(), claims.roles());
        var context = contexts.createEmptyContext();
        context.setAuthentication(new JournalAuthentication(principal));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
