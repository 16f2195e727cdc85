package app.journal.domain.user;

import java.util.Locale;

public enum Role {
    USER,
    ADMIN;

    /** The name stored in {@code users.roles} and carried in tokens: lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
