package app.journal.webui.api;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The credentials of one browser session (all its tabs), in server memory only.
 *
 * <p>Every change bumps a <em>generation</em>. A call that the API rejected with {@code 401} remembers
 * the generation of the token it sent; {@link BearerRenewal} renews only while the holder is still
 * at that generation, under this holder's lock (and {@link JournalApiClient#restoreFromCookie} restores
 * under it too). So when several calls (or tabs) hit {@code 401}
 * together, the first renews and all the others just retry with the token it got: one refresh per
 * browser session, whatever the number of callers.
 */
public final class CredentialHolder implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What a caller saw: the credentials and the generation they belong to. */
    public record Snapshot(SessionCredentials credentials, long generation) {

        public Snapshot {
            Objects.requireNonNull(credentials, "credentials");
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable SessionCredentials credentials;
    private long generation;
    private boolean ended;
    /** Whether the session that ended was signed out from another device (the API said so). */
    private boolean endedElsewhere;
    /** The session ended because an administrator disabled the account (the API said so). */
    private boolean endedDisabled;
    private @Nullable Instant lastRenewal;
    private int renewalsInBurst;

    public Optional<SessionCredentials> current() {
        lock.lock();
        try {
            return Optional.ofNullable(credentials);
        } finally {
            lock.unlock();
        }
    }

    public Optional<Snapshot> snapshot() {
        lock.lock();
        try {
            return snapshotHeld();
        } finally {
            lock.unlock();
        }
    }

    /** Keeps new credentials (a sign-in, a demo session); the session counts as running again. */
    public Snapshot store(SessionCredentials fresh) {
        Objects.requireNonNull(fresh, "fresh");
        lock.lock();
        try {
            return storeHeld(fresh);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops the credentials because the person signed out (not because the session ended).
     *
     * @return what was dropped, for example to end its session at the API
     */
    public Optional<SessionCredentials> clear() {
        lock.lock();
        try {
            SessionCredentials dropped = credentials;
            credentials = null;
            generation++;
            ended = false;
            endedElsewhere = false;
            endedDisabled = false;
            return Optional.ofNullable(dropped);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the credentials were dropped because the session ended without the person signing out
     * (refresh refused, tokens rejected), so the sign-in page can say so.
     */
    public boolean ended() {
        lock.lock();
        try {
            return ended;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the session that {@link #ended()} was signed out from another device (its refresh was refused
     * with {@link ApiProblemException#SESSION_REVOKED}), so the sign-in page can say that instead.
     */
    public boolean endedElsewhere() {
        lock.lock();
        try {
            return ended && endedElsewhere;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the session that {@link #ended()} ended because the account was disabled by an administrator (its
     * refresh was refused with {@link ApiProblemException#ACCOUNT_DISABLED}).
     */
    public boolean endedDisabled() {
        lock.lock();
        try {
            return ended && endedDisabled;
        } finally {
            lock.unlock();
        }
    }

    /** Records that the session ended, if there are no credentials any more (for example signed out in another tab). */
    public void noteEndedIfEmpty() {
        noteEndedIfEmpty(false);
    }

    /**
     * Records that the session ended, if there are no credentials any more.
     *
     * @param elsewhere whether it was signed out from another device
     */
    public void noteEndedIfEmpty(boolean elsewhere) {
        noteEndedIfEmpty(elsewhere, false);
    }

    /**
     * Records that the session ended, if there are no credentials any more.
     *
     * @param elsewhere whether it was signed out from another device
     * @param disabled  whether the account was disabled
     */
    public void noteEndedIfEmpty(boolean elsewhere, boolean disabled) {
        lock.lock();
        try {
            if (credentials == null) {
                endedDisabled = disabled || ended && endedDisabled;
                endedElsewhere = elsewhere || ended && endedElsewhere;
                ended = true;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Shows the account under its new address, if the account held is still the one that had
     * {@code before} (not someone who signed in meanwhile); the tokens stay as they are.
     */
    public void renameAccount(String before, String after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        lock.lock();
        try {
            if (credentials instanceof SessionCredentials.Account account && account.email().equals(before)
                    && !before.equals(after)) {
                credentials = new SessionCredentials.Account(account.accessToken(), account.csrfToken(), after);
            }
        } finally {
            lock.unlock();
        }
    }

    // --- for BearerRenewal and JournalApiClient, which renew and restore under the lock -----------

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    Optional<Snapshot> snapshotHeld() {
        return credentials == null ? Optional.empty() : Optional.of(new Snapshot(credentials, generation));
    }

    Snapshot storeHeld(SessionCredentials fresh) {
        credentials = fresh;
        generation++;
        ended = false;
        endedElsewhere = false;
        endedDisabled = false;
        return new Snapshot(fresh, generation);
    }

    /** Drops the credentials because the session ended, unless someone stored newer ones since {@code seen}. */
    void endIfStillAt(long seen) {
        lock.lock();
        try {
            endHeld(seen);
        } finally {
            lock.unlock();
        }
    }

    void endHeld(long seen) {
        endHeld(seen, false);
    }

    /** @param elsewhere whether the API said the session was signed out from another device */
    void endHeld(long seen, boolean elsewhere) {
        endHeld(seen, elsewhere, false);
    }

    /** @param disabled whether the API said the account was disabled */
    void endHeld(long seen, boolean elsewhere, boolean disabled) {
        if (generation == seen) {
            credentials = null;
            generation++;
            ended = true;
            endedElsewhere = elsewhere;
            endedDisabled = disabled;
        }
    }

    /**
     * Counts a renewal at {@code now}: renewals less than {@code window} apart form a burst.
     *
     * @return how many renewals came before this one in the current burst (0 for a lone renewal)
     */
    int noteRenewalHeld(Instant now, Duration window) {
        boolean inBurst = lastRenewal != null && Duration.between(lastRenewal, now).compareTo(window) < 0;
        renewalsInBurst = inBurst ? renewalsInBurst + 1 : 0;
        lastRenewal = now;
        return renewalsInBurst;
    }

    @Override
    public String toString() {
        SessionCredentials held = current().orElse(null);
        return "CredentialHolder[" + (held == null ? "empty" : held.toString()) + "]";
    }
}
