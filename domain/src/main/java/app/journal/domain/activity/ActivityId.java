package app.journal.domain.activity;

import java.util.Objects;
import java.util.UUID;

public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static ActivityId random() {
        return new ActivityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
