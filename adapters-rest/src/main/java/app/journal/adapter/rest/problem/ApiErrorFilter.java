package app.journal.adapter.rest.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every error under {@code /api/**} and {@code /.well-known/**} problem details, also the ones
 * that never reach {@link ApiExceptionHandler}: a {@code sendError} from Spring's own resolvers (no
 * route, wrong method, media types) or from a filter becomes a problem written here instead of
 * Boot's {@code /error} page, and an exception that escapes the filter chain becomes a 500 problem
 * instead of the container's. Runs first, so security and every other filter are inside it.
 */
public final class ApiErrorFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    public static boolean isApiPath(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/.well-known/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApiPath(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, new ProblemOnSendError(response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (DatabaseUnavailable.isCause(e)) {
                log.warn("Database unavailable while handling an API request: {}", DatabaseUnavailable.summary(e));
                response.resetBuffer();
                ProblemResponses.serviceUnavailable(response);
                return;
            }
            log.error("Unexpected error while handling an API request", e);
            response.resetBuffer();
            ProblemResponses.forStatus(response, 500);
        }
    }

    /** {@code sendError} writes the problem for that status right here, keeping the headers set so far. */
    private static final class ProblemOnSendError extends HttpServletResponseWrapper {

        ProblemOnSendError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            if (isCommitted()) {
                super.sendError(status);
                return;
            }
            resetBuffer();
            ProblemResponses.forStatus((HttpServletResponse) getResponse(), status);
            flushBuffer();
        }
    }
}
