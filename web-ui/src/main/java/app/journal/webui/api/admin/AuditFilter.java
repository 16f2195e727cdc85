package app.journal.webui.api.admin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The filters of the audit log and its CSV: each {@code null} (or blank) when not filtered by it. */
public record AuditFilter(@Nullable String actor, @Nullable String target, @Nullable String action,
        @Nullable Instant from, @Nullable Instant to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        target = blankToNull(target);
        action = blankToNull(action);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
