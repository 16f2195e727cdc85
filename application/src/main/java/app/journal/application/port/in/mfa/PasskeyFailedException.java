package app.journal.application.port.in.mfa;

/**
 * A passkey response was not accepted: unknown or expired ceremony, another account's passkey, a malformed
 * response, or one that failed a check. One answer for all, so a caller learns nothing about which.
 */
public final class PasskeyFailedException extends RuntimeException {

    public PasskeyFailedException() {
        super("That passkey did not work", null, false, false);
    }
}
