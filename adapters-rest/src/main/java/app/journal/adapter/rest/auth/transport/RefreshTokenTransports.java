package app.journal.adapter.rest.auth.transport;

import app.journal.domain.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every transport Journal offers. The first is the default of a sign-in that names none; a refresh
 * or logout goes to the first that {@linkplain RefreshTokenTransport#carries carries} its token.
 */
public final class RefreshTokenTransports {

    private final List<RefreshTokenTransport> transports;

    public RefreshTokenTransports(List<RefreshTokenTransport> transports) {
        if (transports.isEmpty()) {
            throw new IllegalArgumentException("at least one transport");
        }
        this.transports = List.copyOf(transports);
    }

    /** Whether a transport of this name exists. */
    public boolean knows(String name) {
        return transports.stream().anyMatch(t -> t.name().equals(name));
    }

    /** The transport a sign-in asks for; none named is the default. */
    public RefreshTokenTransport named(@Nullable String name) {
        if (name == null) {
            return transports.getFirst();
        }
        return transports.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValueException("transport", "'transport' must be one of "
                        + transports.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(", ")) + "."));
    }

    /**
     * Headers that make a client of any transport let go of its refresh token (clear the cookies): for
     * an answer that ends every session of the account, whichever way this client holds its token.
     */
    public org.springframework.http.HttpHeaders forgetAll() {
        var headers = new org.springframework.http.HttpHeaders();
        transports.forEach(t -> t.forget().forEach((name, values) -> values.forEach(v -> headers.add(name, v))));
        return headers;
    }

    /** The transport a refresh or logout request presents its token by; the last one when none claims it. */
    public RefreshTokenTransport presentedBy(HttpServletRequest request, @Nullable String bodyToken) {
        return transports.stream().filter(t -> t.carries(request, bodyToken)).findFirst()
                .orElse(transports.getLast());
    }
}
