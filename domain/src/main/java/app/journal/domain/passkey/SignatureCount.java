package app.journal.domain.passkey;

/**
 * WebAuthn's signature counter rule (Level 3, 6.1.1 and 7.2 step 22): when either the stored or the new
 * count is not zero, the new one must be greater; otherwise the authenticator may be a clone, and the
 * sign-in is refused. Authenticators that keep no counter (most synced passkeys) always send 0.
 */
public final class SignatureCount {

    private SignatureCount() {
    }

    /** Whether {@code presented} is acceptable after {@code stored}. */
    public static boolean acceptable(long stored, long presented) {
        if (stored < 0 || presented < 0) {
            throw new IllegalArgumentException("a signature count is never negative");
        }
        return (stored == 0 && presented == 0) || presented > stored;
    }
}
