package app.journal.adapter.rest.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Problem responses written outside Spring MVC (security filters, the flag gate, errors the servlet
 * container or Spring would otherwise answer with its own page). Bodies are fixed strings: nothing
 * from the request is echoed, so nothing can leak or be injected.
 */
public final class ProblemResponses {

    /**
     * {@code Retry-After} of a database outage: about when a proxy's readiness check (every second,
     * {@code rise 2}) can see the database back; the caller has already waited up to the pool's timeout.
     */
    static final String RETRY_AFTER_SECONDS = "2";
    static final String SERVICE_UNAVAILABLE_DETAIL = "Journal cannot reach its database right now. Try again in a moment.";

    /** The detail of {@code 503 service-busy}: password hashing (logins, registrations) is at capacity. */
    static final String BUSY_DETAIL = "Journal is busy right now. Try again in a moment.";

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, int status, URI type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        var body = "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        try {
            response.getWriter().write(body);
        } catch (IllegalStateException streamAlreadyInUse) {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** RFC 6750 §3: a request without a bearer token is told which scheme to use, nothing more. */
    public static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                "A valid access token is required.");
    }

    /** RFC 6750 §3.1: a bearer token was presented and refused (expired, revoked, forged, malformed). */
    public static void invalidToken(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        write(response, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                "The access token is invalid or has expired.");
    }

    /**
     * The database cannot be reached or is too slow right now: {@code 503} with {@code Retry-After}, so a
     * client waits and tries the same request again (nothing was changed that it would need to know of).
     */
    public static void serviceUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        write(response, 503, ProblemTypes.SERVICE_UNAVAILABLE, "Service Unavailable", SERVICE_UNAVAILABLE_DETAIL);
    }

    /** Password hashing is at capacity: {@code 503 service-busy} with {@code Retry-After: 1}. */
    public static void busy(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "1");
        write(response, 503, ProblemTypes.SERVICE_BUSY, "Service Unavailable", BUSY_DETAIL);
    }

    public static void notFound(HttpServletResponse response) throws IOException {
        write(response, 404, ProblemTypes.NOT_FOUND, "Not Found", "There is nothing here.");
    }

    /**
     * The problem for an error status that Spring or the container decided on (no route, wrong method,
     * media type, ...): its stable type and a fixed text. Headers already set (such as {@code Allow})
     * are kept.
     */
    public static void forStatus(HttpServletResponse response, int status) throws IOException {
        switch (status) {
            case 400 -> write(response, 400, ProblemTypes.MALFORMED_REQUEST, "Bad Request",
                    "The request is malformed.");
            case 401 -> unauthorized(response);
            case 403 -> write(response, 403, ProblemTypes.FORBIDDEN, "Forbidden", "You may not do this.");
            case 404 -> notFound(response);
            case 405 -> write(response, 405, ProblemTypes.METHOD_NOT_ALLOWED, "Method Not Allowed",
                    "This method is not allowed here; the Allow header lists the ones that are.");
            case 406 -> write(response, 406, ProblemTypes.NOT_ACCEPTABLE, "Not Acceptable",
                    "This resource is only available as application/json.");
            case 413 -> write(response, 413, ProblemTypes.REQUEST_TOO_LARGE, "Content Too Large",
                    "The request body is too large.");
            case 415 -> write(response, 415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    "The request body must be application/json.");
            case 503 -> write(response, 503, ProblemTypes.SERVICE_BUSY, "Service Unavailable", BUSY_DETAIL);
            default -> {
                if (status >= 500) {
                    write(response, status, ProblemTypes.INTERNAL_ERROR, "Internal Server Error",
                            "Something went wrong on our side. Nothing you sent was shown to anyone.");
                } else {
                    write(response, status, ProblemTypes.HTTP_ERROR, "Error", "The request cannot be answered.");
                }
            }
        }
    }
}
