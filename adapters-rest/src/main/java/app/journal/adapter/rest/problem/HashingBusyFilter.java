package app.journal.adapter.rest.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login or registration at the door while password hashing is saturated (every admission
 * taken and its queue full): the same {@code 503 service-busy} with {@code Retry-After: 1} that the
 * service would answer, but before the security chain, Spring MVC and the JSON body, so that clients
 * which retry a 503 at once cost little of the capacity the admitted logins need
 * (docs/decisions/0031-login-storm-and-memory.md). It reads nothing of the request beyond its method,
 * so known and unknown addresses are refused alike. Only a hint: a request let through may still be
 * refused by the admission itself, which decides.
 */
public final class HashingBusyFilter extends OncePerRequestFilter {

    private final BooleanSupplier saturated;

    /** @param saturated whether an admission now would be refused at once */
    public HashingBusyFilter(BooleanSupplier saturated) {
        this.saturated = Objects.requireNonNull(saturated, "saturated");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (saturated.getAsBoolean()) {
            ProblemResponses.busy(response);
            return;
        }
        chain.doFilter(request, response);
    }
}
