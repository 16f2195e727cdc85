package app.journal.domain.passkey;

import app.journal.domain.InvalidValueException;
import java.util.Base64;

/** The one base64url (no padding) spelling of the passkey byte strings, as WebAuthn's JSON uses it. */
final class Base64Url {

    private Base64Url() {
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] decode(String text, String field, int maxBytes) {
        if (text.isEmpty() || text.length() > (maxBytes * 4 + 2) / 3) {
            throw new InvalidValueException(field, field + " is missing or too long");
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            if (bytes.length == 0 || bytes.length > maxBytes) {
                throw new InvalidValueException(field, field + " is empty or too long");
            }
            return bytes;
        } catch (IllegalArgumentException notBase64Url) {
            throw new InvalidValueException(field, field + " is not base64url");
        }
    }
}
