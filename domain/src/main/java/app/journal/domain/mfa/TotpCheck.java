package app.journal.domain.mfa;

/** What a code typed at the second step (or at "confirm it's you") means. */
public sealed interface TotpCheck {

    /** The code is right for {@code step}, which is newer than the last one used: record it as used. */
    record Accepted(long step) implements TotpCheck {}

    /** The code is right, but for a step at or before the last one used: it was seen before. */
    record Replayed() implements TotpCheck {}

    /** Six digits, but not the code of any step in the window. */
    record Wrong() implements TotpCheck {}

    /** Not six digits (after spaces and hyphens are dropped). */
    record Malformed() implements TotpCheck {}
}
