package app.journal.application.port.out;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The administrators' audit log, append-only: rows are added inside the action's unit of work (a failing insert
 * rolls the action back) and never changed or removed (the database refuses UPDATE, DELETE and TRUNCATE).
 */
public interface AdminAudit {

    /** The actor of what the configuration did ({@code journal.admin.emails}). */
    String CONFIGURATION = "configuration";

    void record(Entry entry);

    /** Newest first. */
    Page<Entry> search(Filter filter, PageRequest request);

    /** The newest row of {@code action} on the account {@code target} (by id, whatever its address is now). */
    Optional<Entry> latest(UserId target, String action);

    /** Every matching row, newest first, one at a time (for the CSV download; not held in memory). */
    void forEach(Filter filter, Consumer<Entry> sink);

    record Entry(UUID id, Instant at, @Nullable UserId actorId, String actorEmail, String action,
            @Nullable UserId targetId, @Nullable String targetEmail, @Nullable String reason,
            @Nullable String clientIp, @Nullable String userAgent) {

        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actorEmail, "actorEmail");
            Objects.requireNonNull(action, "action");
        }
    }

    /** Every part optional; {@code actor}/{@code target} match an address exactly, {@code to} is exclusive. */
    record Filter(@Nullable String actor, @Nullable String target, @Nullable String action, @Nullable Instant from,
            @Nullable Instant to) {

        public static final Filter ALL = new Filter(null, null, null, null, null);
    }
}
