package app.journal.bootstrap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Request-Id} when it is a plain token
 * (letters, digits, {@code . _ : -}, at most 64), else a fresh UUID. It is in the MDC as
 * {@code requestId} for every log line written while the request runs (a field of its own in the
 * structured JSON formats), and echoed in the response's {@code X-Request-Id}, so a person reporting
 * an error can quote it.
 *
 * @see "docs/decisions/0006-operations-surface.md"
 */
final class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var offered = request.getHeader(HEADER);
        var id = offered != null && PLAIN.matcher(offered).matches() ? offered : fresh();
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * A random (version 4) UUID from {@link ThreadLocalRandom}: a correlation id must be unique, not
     * secret, and {@code UUID.randomUUID()} takes a lock shared by every request thread on the way to the
     * operating system's random source (docs/decisions/0024-a-lean-hot-path.md).
     */
    static String fresh() {
        var random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000L << 48) | 0x8000L << 48;
        return new UUID(high, low).toString();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
