package app.journal.adapter.rest.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.HttpRequestHandler;

/**
 * The handler of every {@code /api/**} and {@code /.well-known/**} path that no controller maps:
 * a 404 problem. Without it the request falls through to the Vaadin servlet, which is mapped at
 * {@code /*} and answers any path with its HTML page (200). Mapped after the controllers, so a path
 * that exists with another method still gets its 405.
 */
public final class UnknownApiRoute implements HttpRequestHandler {

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemResponses.notFound(response);
    }
}
