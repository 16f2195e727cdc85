package app.journal.application.port.in;

import org.jspecify.annotations.Nullable;

/** What a request says about the client that sent it: its user agent and address (for the activity record). */
public record ClientInfo(@Nullable String userAgent, @Nullable String clientIp) {

    public static final ClientInfo UNKNOWN = new ClientInfo(null, null);
}
