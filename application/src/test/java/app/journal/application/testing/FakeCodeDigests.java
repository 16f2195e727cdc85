package app.journal.application.testing;

import app.journal.application.port.out.CodeDigests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of "fake:" and the code: 64 hex digits like the keyed digest, without a key. */
public final class FakeCodeDigests implements CodeDigests {

    @Override
    public String digest(String canonicalCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("fake:" + canonicalCode).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
