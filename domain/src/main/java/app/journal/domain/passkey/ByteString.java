package app.journal.domain.passkey;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * An opaque WebAuthn byte string (a credential id, a user handle): equal by content (compared in constant
 * time), spelled base64url without padding, never handed out as the array itself.
 */
public abstract sealed class ByteString permits CredentialId, UserHandle {

    private final byte[] bytes;

    ByteString(byte[] bytes) {
        this.bytes = bytes;
    }

    public final byte[] bytes() {
        return bytes.clone();
    }

    public final String base64Url() {
        return Base64Url.encode(bytes);
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && MessageDigest.isEqual(bytes, ((ByteString) other).bytes);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + base64Url() + "]";
    }
}
