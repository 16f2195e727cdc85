package app.journal.adapter.rest.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Problem responses written outside Spring MVC (security filters, the flag gate). Bodies are fixed
 * strings: nothing from the request is echoed, so nothing can leak or be injected.
 */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, int status, URI type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }

    public static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                "A valid access token is required.");
    }

    public static void notFound(HttpServletResponse response) throws IOException {
        write(response, 404, ProblemTypes.NOT_FOUND, "Not Found", "There is nothing here.");
    }
}
