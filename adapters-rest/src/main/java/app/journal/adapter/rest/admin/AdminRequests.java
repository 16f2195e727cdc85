package app.journal.adapter.rest.admin;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The administrators' request bodies; unknown members are refused (400) like everywhere in the API. */
final class AdminRequests {

    private AdminRequests() {}

    /** {@code sessionId}: one device; absent: every device. */
    record SignOutRequest(@Nullable UUID sessionId, @Nullable String reason) {}

    /** {@code reason}: required, 1 to 500 characters; kept in the audit log. */
    record DisableRequest(@Nullable String reason) {}

    /** {@code confirmEmail}: the account's address, typed again. */
    record DeleteRequest(@Nullable String confirmEmail) {}
}
