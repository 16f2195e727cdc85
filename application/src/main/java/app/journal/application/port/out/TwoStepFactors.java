package app.journal.application.port.out;

import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An account's authenticator-app factor (TOTP) and its recovery codes. The shared secret is stored only
 * sealed ({@link SecretSealer}); recovery codes only as keyed digests. Every "use" is one compare-and-set
 * statement, so two requests with the same code or recovery code race to exactly one success.
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
public interface TwoStepFactors {

    /**
     * Starts (or restarts) an enrolment: stores the sealed secret as not yet confirmed, replacing an earlier
     * unconfirmed one. False, and nothing stored, when the account already has a confirmed factor.
     */
    boolean beginEnrolment(UserId userId, byte[] sealedSecret, Instant now);

    /** The account's factor, confirmed or still being enrolled. */
    Optional<Factor> find(UserId userId);

    /**
     * Turns an enrolment on: sets its confirmation time and its last used step, only while it is unconfirmed.
     * True when this call did it.
     */
    boolean confirm(UserId userId, long step, Instant now);

    /**
     * Takes a time step of a confirmed factor: one statement, {@code last_used_step = step} only where it is
     * still smaller. True when this call took it; false when that step (or a later one) was used already.
     */
    boolean useStep(UserId userId, long step);

    /** Removes the factor (confirmed or not) and every recovery code; true when a confirmed factor was removed. */
    boolean remove(UserId userId);

    /** Replaces every recovery code of the account with these digests (the old set is void). */
    void replaceRecoveryCodes(UserId userId, List<String> digests, Instant now);

    /** The digests of the account's unused recovery codes. */
    List<String> unusedRecoveryCodes(UserId userId);

    /** Marks this unused code used, in one statement; true when this call spent it. */
    boolean spendRecoveryCode(UserId userId, String digest, Instant now);

    /**
     * @param sealedSecret the secret as {@link SecretSealer#seal} gave it
     * @param confirmedAt when two-step verification was turned on; null while it is being enrolled
     * @param lastUsedStep the last accepted time step; {@code -1} when none
     */
    record Factor(UserId userId, byte[] sealedSecret, @Nullable Instant confirmedAt, long lastUsedStep,
            Instant createdAt) {

        public Factor {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(sealedSecret, "sealedSecret");
            Objects.requireNonNull(createdAt, "createdAt");
            sealedSecret = sealedSecret.clone();
        }

        public boolean enabled() {
            return confirmedAt != null;
        }

        @Override
        public byte[] sealedSecret() {
            return sealedSecret.clone();
        }

        @Override
        public String toString() {
            return "Factor[userId=" + userId + ", confirmedAt=" + confirmedAt + ", lastUsedStep=" + lastUsedStep + "]";
        }
    }
}
