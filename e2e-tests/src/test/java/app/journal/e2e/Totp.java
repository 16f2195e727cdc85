package app.journal.e2e;

import static app.journal.e2e.Pause.sleep;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app in the test (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits), fed with the key the page
 * shows. The API accepts a time step once per account and never one at or before the last used, within one
 * step either side of now: {@link #nextCode()} hands out each step once, waiting for the clock when every
 * acceptable step is used up.
 */
final class Totp {

    private static final long STEP_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final byte[] key;
    private long lastUsedStep = Long.MIN_VALUE;

    Totp(String base32Key) {
        this.key = base32(base32Key);
    }

    /** A code for a step after the last one used: now, or the next step; waits when both are used. */
    String nextCode() {
        long now = stepAt(Instant.now());
        long step = Math.max(now, lastUsedStep + 1);
        while (step > stepAt(Instant.now()) + 1) {
            sleep(Duration.ofMillis(500));
        }
        lastUsedStep = step;
        return code(key, step);
    }

    /** Six digits that are the code of no step the API would accept now (nor of the next one). */
    String wrongCode() {
        long now = stepAt(Instant.now());
        java.util.Set<String> near = new java.util.HashSet<>();
        for (long step = now - 1; step <= now + 2; step++) {
            near.add(code(key, step));
        }
        for (int candidate = 0; ; candidate += 111_111) {
            String wrong = String.format(Locale.ROOT, "%06d", candidate % 1_000_000);
            if (!near.contains(wrong)) {
                return wrong;
            }
        }
    }

    static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** RFC 6238 / RFC 4226: the 6-digit code of one time step. */
    static String code(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
                    | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }

    /** RFC 4648 base32, spaces and padding ignored, either case. */
    static byte[] base32(String text) {
        String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not base32: " + c);
            }
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
