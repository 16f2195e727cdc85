package app.journal.bootstrap;

import app.journal.adapter.rest.problem.ProblemResponses;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for requests that Tomcat refuses before any filter runs (an encoded NUL or
 * slash in the path: {@code /api/entries/%00}), which would otherwise be its HTML page: under
 * {@code /api/} and {@code /.well-known/} it is the problem details of that status, like every other
 * API error ({@code ApiErrorFilter} handles all the rest). Elsewhere Tomcat's plain report, without
 * server information. Found by {@code HostileJsonApiTest}.
 */
public final class ApiErrorReportValve extends ErrorReportValve {

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        var uri = request.getRequestURI();
        boolean api = uri != null && (uri.startsWith("/api/") || uri.equals("/api") || uri.startsWith("/.well-known/"));
        if (!api || response.getStatus() < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
            super.report(request, response, throwable);
            return;
        }
        try {
            ProblemResponses.forStatus(response, response.getStatus());
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the answer is already on its way: nothing more to say.
        }
    }
}
