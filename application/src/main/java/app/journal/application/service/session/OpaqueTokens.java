package app.journal.application.service.session;

import java.security.SecureRandom;
import java.util.Base64;
import app.journal.application.service.LinkTokens;

/** Random secrets a client holds and the server knows only by hash ({@link LinkTokens#hashOf}): 256 bits, base64url. */
final class OpaqueTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OpaqueTokens() {}

    static String mint() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
