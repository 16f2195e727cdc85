package app.journal.webui.api;

import app.journal.webui.api.account.ActivityPage;
import app.journal.webui.api.devices.DeviceSession;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The account's devices (its active sessions) and its security activity, over the bearer-authenticated
 * {@link AccountEndpoints} ({@link JournalApiClient#devices()}).
 */
public final class AccountDevices {

    private final AccountEndpoints account;

    AccountDevices(AccountEndpoints account) {
        this.account = account;
    }

    /** The account's active sessions ({@code GET /api/sessions}), newest use first; one is {@code current}. */
    public List<DeviceSession> sessions() {
        return List.copyOf(ApiCalls.required(ApiCalls.call(account::sessions)));
    }

    /**
     * Signs one of the account's devices out ({@code DELETE /api/sessions/{id}}); not this one: see
     * {@link JournalApiClient#logOut}.
     */
    public void revokeSession(UUID id) {
        Objects.requireNonNull(id, "id");
        ApiCalls.run(() -> account.revoke(id));
    }

    /**
     * Signs out every other device of the account and keeps this one ({@code DELETE /api/sessions/others}).
     *
     * @return how many were signed out
     */
    public int revokeOtherSessions() {
        return ApiCalls.required(ApiCalls.call(account::revokeOthers)).revoked();
    }

    /** One page of the account's security activity ({@code GET /api/me/activity}), newest first. */
    public ActivityPage activity(int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new IllegalArgumentException("page must be >= 0 and size 1-100, but were " + page + " and " + size);
        }
        return ApiCalls.required(ApiCalls.call(() -> account.activity(page, size)));
    }
}
