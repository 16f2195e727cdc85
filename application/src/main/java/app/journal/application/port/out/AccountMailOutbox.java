package app.journal.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The delivery side of the durable mail queue that {@link AccountMailer} fills. Several nodes may
 * deliver at once: {@link #claimDue} hands each due mail to one claimer only, for a lease; the claimer
 * then reports the outcome with the claim it got. A claim whose lease ran out may be claimed again by
 * someone else (the first claimer died, or hung): its late report then changes nothing.
 */
public interface AccountMailOutbox {

    /**
     * Claims up to {@code limit} mails that are due at {@code now}, oldest due first, and makes them
     * not due again until {@code leaseUntil}. Each claim counts as one attempt.
     */
    List<Claim> claimDue(Instant now, int limit, Instant leaseUntil);

    /**
     * Locks the claimed mail until the caller's unit of work ends, so that a concurrent
     * {@link AccountMailer#withdraw} waits for it (and then deletes what it minted) or has already
     * won; false if the mail was withdrawn or the claim lost. A link is minted only under this hold.
     */
    boolean hold(Claim claim);

    /** Sent: the mail leaves the outbox. False if the claim was no longer this claimer's. */
    boolean delivered(Claim claim);

    /** This attempt failed: try again at {@code nextAttemptAt}. False if the claim was lost. */
    boolean retryLater(Claim claim, Instant nextAttemptAt, String failure);

    /** Given up after too many attempts: the mail leaves the outbox. False if the claim was lost. */
    boolean giveUp(Claim claim);

    /** How many mails wait to be delivered (claimed ones included). */
    long waiting();

    /**
     * One mail, claimed.
     *
     * @param attempt 1 for the first attempt; the claim's identity together with {@code id}
     */
    record Claim(UUID id, AccountMail mail, int attempt, Instant queuedAt) {
        public Claim {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(mail, "mail");
            Objects.requireNonNull(queuedAt, "queuedAt");
            if (attempt < 1) {
                throw new IllegalArgumentException("attempt starts at 1, was " + attempt);
            }
        }
    }
}
