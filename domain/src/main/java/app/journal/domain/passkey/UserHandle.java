package app.journal.domain.passkey;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The account's WebAuthn user handle ({@code user.id}): 32 random bytes made once per account, so an
 * authenticator never holds the address or the database id (WebAuthn Level 3, 14.6.1). A passkey sign-in
 * finds the account through it. Equal by content.
 */
public final class UserHandle extends ByteString {

    /** WebAuthn's limit for a user handle. */
    public static final int MAX_BYTES = 64;
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private UserHandle(byte[] bytes) {
        super(bytes);
    }

    public static UserHandle random() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new UserHandle(bytes);
    }

    public static UserHandle of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new UserHandle(Base64Url.decode(Base64Url.encode(bytes), "userHandle", MAX_BYTES));
    }

    /** @throws app.journal.domain.InvalidValueException when it is not base64url of 1 to 64 bytes */
    public static UserHandle fromBase64Url(String text) {
        return new UserHandle(Base64Url.decode(Objects.requireNonNull(text, "text"), "userHandle", MAX_BYTES));
    }
}
