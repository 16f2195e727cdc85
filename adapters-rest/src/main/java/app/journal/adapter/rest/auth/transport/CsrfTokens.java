package app.journal.adapter.rest.auth.transport;

import app.journal.domain.session.SessionId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * CSRF tokens for the cookie transport, OWASP's signed double-submit: HMAC-SHA256 over the session
 * id, so a token is bound to one session and nobody without the server's secret can make one. The
 * key is derived from the token HMAC secret with the label {@code journal-csrf} (HMAC-SHA256 of the
 * label under that secret), so a CSRF token can never be mistaken for, or help forge, a signature of
 * a refresh or verify token. Tokens are base64url without padding (43 characters), never a JWT.
 */
public final class CsrfTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] LABEL = "journal-csrf".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;

    public CsrfTokens(SecretKey tokenHmacSecret) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(tokenHmacSecret.getEncoded(), ALGORITHM), LABEL),
                ALGORITHM);
    }

    public String tokenFor(SessionId sessionId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(key, sessionId.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    /** Whether {@code presented} is this session's token; compared in constant time. */
    public boolean matches(SessionId sessionId, @Nullable String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(sessionId).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "CsrfTokens[key redacted]";
    }
}
