package app.journal.adapter.rest.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The address a request really came from. {@code X-Forwarded-For} is believed only when the direct
 * peer is one of the configured trusted proxies, and then only up to the first address that is not a
 * trusted proxy (reading from the right), so a client cannot pick its own rate-limit key.
 */
public final class ClientAddresses {

    private final Set<String> trustedProxies;

    public ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public String of(HttpServletRequest request) {
        var peer = request.getRemoteAddr();
        var forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        var hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            var hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}
