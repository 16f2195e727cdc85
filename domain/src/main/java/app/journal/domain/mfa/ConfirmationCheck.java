package app.journal.domain.mfa;

import java.time.Instant;

/** Whether a session may make a sensitive change now, or must first confirm it's the person. */
public sealed interface ConfirmationCheck {

    /** Confirmed recently enough; the change is allowed until {@code until}. */
    record Confirmed(Instant until) implements ConfirmationCheck {}

    /** Never confirmed on this session, or too long ago: ask again. */
    record Required() implements ConfirmationCheck {}
}
