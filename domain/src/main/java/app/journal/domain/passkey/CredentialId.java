package app.journal.domain.passkey;

import java.util.Objects;

/**
 * A WebAuthn credential id: up to 1023 bytes the authenticator chose (WebAuthn Level 3, 5.1). It belongs to
 * exactly one account. Equal by content.
 */
public final class CredentialId extends ByteString {

    /** WebAuthn's limit for a credential id. */
    public static final int MAX_BYTES = 1023;

    private CredentialId(byte[] bytes) {
        super(bytes);
    }

    public static CredentialId of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new CredentialId(Base64Url.decode(Base64Url.encode(bytes), "credentialId", MAX_BYTES));
    }

    /** @throws app.journal.domain.InvalidValueException when it is not base64url of 1 to 1023 bytes */
    public static CredentialId fromBase64Url(String text) {
        return new CredentialId(Base64Url.decode(Objects.requireNonNull(text, "text"), "credentialId", MAX_BYTES));
    }
}
