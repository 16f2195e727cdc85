package app.journal.adapter.rest.token;

import java.time.Instant;

/** A compact JWT and when it stops working. {@link #toString()} never shows the token. */
public record IssuedToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[redacted, expiresAt=" + expiresAt + "]";
    }
}
