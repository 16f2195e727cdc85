package app.journal.adapter.rest.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API speaks JSON only: a request under {@code /api/} whose {@code Accept} admits neither
 * {@code application/json} nor {@code application/problem+json} (or cannot be parsed) is a 406
 * problem before anything runs, also for endpoints that answer without a body, so the answer does
 * not depend on which branch a request would have taken. No {@code Accept} means anything.
 */
public final class JsonOnlyFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var accept = request.getHeader("Accept");
        if (accept != null && !accept.isBlank() && !acceptsJson(accept)) {
            ProblemResponses.forStatus(response, 406);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean acceptsJson(String accept) {
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.getQualityValue() > 0
                    && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                            || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
