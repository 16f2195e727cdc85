package app.journal.domain.session;

import java.util.Objects;
import java.util.UUID;

/** The {@code rid} of a refresh token: which generation of a session's refresh token it is. */
public record RefreshId(UUID value) {

    public RefreshId {
        Objects.requireNonNull(value, "value");
    }

    public static RefreshId random() {
        return new RefreshId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
