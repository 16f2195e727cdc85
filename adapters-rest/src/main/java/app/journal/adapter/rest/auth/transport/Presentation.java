package app.journal.adapter.rest.auth.transport;

import app.journal.adapter.rest.token.RefreshClaims;
import org.springframework.http.HttpHeaders;

/** What a refresh or logout request presents, as its transport reads it. */
public sealed interface Presentation {

    /** A verified refresh token, presented in a way the transport believes. */
    record Presented(RefreshClaims claims) implements Presentation {}

    /**
     * No usable refresh token. {@code headers} go out with whatever the endpoint answers (clearing
     * cookies, or nothing).
     */
    record Refused(Refusal reason, HttpHeaders headers) implements Presentation {}

    enum Refusal {
        /** Two refresh tokens at once (a stale cookie shadowed by a path or domain variant). */
        AMBIGUOUS,
        /** No refresh token at all. */
        ABSENT,
        /** A token that is not a valid refresh token of Journal (forged, expired, garbage). */
        UNREADABLE,
        /** The request could not show that it comes from Journal's own origin (Fetch Metadata, CSRF token). */
        CSRF_CHECK_FAILED
    }
}
