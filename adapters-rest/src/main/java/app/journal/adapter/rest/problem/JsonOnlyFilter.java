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
 * not depend on which branch a request would have taken. No {@code Accept} means anything. The one
 * exception is the journal export ({@value #EXPORT_PATH}), whose Markdown form is a zip download: it
 * also accepts {@code application/zip} (and {@code application/octet-stream}).
 * A {@code Content-Type} that is no concrete media type ({@code application/*+json}, unparsable) is a
 * 415 here too: Spring's request headers refuse such a value with an exception that would otherwise
 * be a 500 (found by {@code HostileJsonApiTest}).
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
        boolean export = request.getRequestURI().equals(request.getContextPath() + EXPORT_PATH);
        if (accept != null && !accept.isBlank() && !acceptsJson(accept) && !(export && acceptsDownload(accept))) {
            ProblemResponses.forStatus(response, 406);
            return;
        }
        var contentType = request.getContentType();
        if (contentType != null && !contentType.isBlank() && !isConcrete(contentType)) {
            ProblemResponses.forStatus(response, 415);
            return;
        }
        chain.doFilter(request, response);
    }

    static final String EXPORT_PATH = "/api/me/export";

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    static boolean acceptsDownload(String accept) {
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.getQualityValue() > 0
                    && (type.isCompatibleWith(ZIP) || type.isCompatibleWith(MediaType.APPLICATION_OCTET_STREAM)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static boolean isConcrete(String contentType) {
        try {
            var type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
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
