package app.journal.application.port.out;

/**
 * Authenticated encryption of small secrets kept in the database (a person's TOTP secret), under a key
 * the database does not hold. The associated data binds a sealed value to where it belongs (for example
 * the account's id): the same bytes copied to another row do not open.
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
public interface SecretSealer {

    /** A fresh sealing of {@code plaintext}, bound to {@code associatedData}; never the same bytes twice. */
    byte[] seal(byte[] plaintext, byte[] associatedData);

    /**
     * The plaintext of {@code sealed}.
     *
     * @throws SealBrokenException when it was changed, sealed under another key or another
     *     {@code associatedData}, or is not a sealed value at all
     */
    byte[] open(byte[] sealed, byte[] associatedData);

    /** A sealed value that does not open: tampered with, or sealed elsewhere. Never says more. */
    final class SealBrokenException extends RuntimeException {
        public SealBrokenException() {
            super("Sealed value does not open");
        }
    }
}
