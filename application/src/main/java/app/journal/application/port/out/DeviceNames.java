package app.journal.application.port.out;

import org.jspecify.annotations.Nullable;

/** Names a device in words from what its client said about itself (the HTTP User-Agent). */
public interface DeviceNames {

    /** The words an unreadable or absent user agent gets. */
    String UNKNOWN = "Unknown device";

    /** "Firefox on Windows", "Safari on iPhone"; {@link #UNKNOWN} when it cannot tell. Never empty. */
    String describe(@Nullable String userAgent);
}
