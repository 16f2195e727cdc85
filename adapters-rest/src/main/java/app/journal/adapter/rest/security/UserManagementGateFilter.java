package app.journal.adapter.rest.security;

import app.journal.adapter.rest.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code JOURNAL_USER_MGMT_ENABLED=false}: every route that accounts add answers 404, for every
 * method (OPTIONS included), before security or CORS could answer anything else, exactly as if the
 * routes did not exist.
 */
public final class UserManagementGateFilter extends OncePerRequestFilter {

    private static final List<String> GUARDED = List.of("/api/auth", "/api/me", "/api/sessions", "/api/admin");

    private final boolean enabled;

    public UserManagementGateFilter(boolean enabled) {
        this.enabled = enabled;
    }

    public static boolean isAccountRoute(String path) {
        return GUARDED.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (!enabled && isAccountRoute(path)) {
            ProblemResponses.notFound(response);
            return;
        }
        chain.doFilter(request, response);
    }
}
