package app.journal.application.port.out;

import app.journal.application.port.Page;
import app.journal.application.port.PageRequest;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.user.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Every account's security activity, append-only. Writes join the caller's unit of work, so a row is
 * stored with the change it records or not at all.
 */
public interface SecurityActivity {

    /** Appends the row. */
    void record(AccountActivity activity);

    /**
     * Counts one refused sign-in of the account into the row of the window starting at
     * {@code windowStart}: the first attempt of a window inserts it (count 1), every further one adds
     * one and moves {@code at}, device and address to the latest attempt. One atomic statement, so
     * concurrent attempts are each counted once and an attacker cannot add more than one row per window.
     */
    void countRefusedSignIn(UserId userId, Instant windowStart, Instant at, String device, @Nullable String clientIp);

    /** What the account's earlier {@code signed_in} rows (still kept) say about this device. */
    SignInHistory signInHistory(UserId userId, String device);

    /** The account's rows at or after {@code since}, newest first ({@code at}, then id, descending). */
    Page<AccountActivity> page(UserId userId, Instant since, PageRequest request);

    /** Deletes every row older than {@code cutoff}; returns how many. */
    int purgeOlderThan(Instant cutoff);

    enum SignInHistory {
        /** The account never signed in (that is still on record). */
        FIRST_SIGN_IN,
        /** The account signed in before, with this device among others. */
        KNOWN_DEVICE,
        /** The account signed in before, never with this device. */
        NEW_DEVICE
    }
}
