package app.journal.bootstrap;

import app.journal.adapter.rest.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code journal.ops.public-metrics=false} (the default): the application port does not serve what
 * is for operators only: every actuator endpoint but health ({@code /actuator/health/**}, and the
 * {@code /livez} / {@code /readyz} probes load balancers use) and the OpenAPI description. They answer
 * 404 as if they did not exist. Metrics are scraped from the management port
 * ({@code management.server.port}), which this filter never sees.
 *
 * @see "docs/decisions/0006-operations-surface.md"
 */
final class PublicSurfaceFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !operatorsOnly(path);
    }

    static boolean operatorsOnly(String path) {
        if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
            return false;
        }
        return path.equals("/actuator") || path.startsWith("/actuator/") || path.startsWith("/v3/api-docs")
                || path.startsWith("/swagger-ui");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemResponses.notFound(response);
    }
}
