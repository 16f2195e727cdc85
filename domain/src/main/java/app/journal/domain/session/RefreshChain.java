package app.journal.domain.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a session's refresh generations follow one another: the generation after {@code from} is an
 * HMAC-SHA256, under a server secret, of the session id and {@code from} (cut to a version-4-shaped
 * UUID, 122 bits). A client cannot compute a successor (the secret never leaves the server); the server
 * can, so a token of a <em>later</em> generation than the stored one, which only a rotation whose commit
 * the database then lost can have issued, is recognised for what it is instead of being taken for a
 * replay ({@link UserSession#rotate(RefreshStep, SessionPolicy, RefreshChain)}). That is what lets a
 * refresh commit without waiting for the WAL flush.
 *
 * @see "docs/decisions/0025-refresh-commits-without-waiting-for-the-flush.md"
 */
public final class RefreshChain {

    /**
     * How many generations ahead of the stored one a presented token is still recognised: far more than
     * a client can rotate in the few hundred milliseconds of commits a crash can lose, few enough that
     * walking them (once, for a replay that then ends the session) costs about a millisecond.
     */
    public static final int RECOGNISED_AHEAD = 1024;

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] LABEL = "journal refresh generations v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private RefreshChain(SecretKeySpec key) {
        this.key = key;
    }

    /**
     * The chain under a key derived from {@code secret} (at least 256 bits; the same on every node and
     * across restarts, as the secret that signs refresh tokens is), labelled so that it is never the
     * secret's own MAC.
     */
    public static RefreshChain keyedBy(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 32) {
            throw new IllegalArgumentException("the refresh chain's secret must be at least 256 bits");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return new RefreshChain(new SecretKeySpec(mac.doFinal(LABEL), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The generation that follows {@code from} in {@code session}. */
    public RefreshId next(SessionId session, RefreshId from) {
        ByteBuffer input = ByteBuffer.allocate(32)
                .putLong(session.value().getMostSignificantBits())
                .putLong(session.value().getLeastSignificantBits())
                .putLong(from.value().getMostSignificantBits())
                .putLong(from.value().getLeastSignificantBits());
        ByteBuffer output = ByteBuffer.wrap(macs.get().doFinal(input.array()));
        long high = (output.getLong() & ~0xF000L) | 0x4000L;
        long low = (output.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new RefreshId(new UUID(high, low));
    }

    /**
     * How many generations after {@code stored} {@code presented} is (1 for the very next one), or 0 when
     * it is none of the next {@link #RECOGNISED_AHEAD}.
     */
    public int generationsAhead(SessionId session, RefreshId stored, RefreshId presented) {
        RefreshId ahead = stored;
        for (int generations = 1; generations <= RECOGNISED_AHEAD; generations++) {
            ahead = next(session, ahead);
            if (ahead.equals(presented)) {
                return generations;
            }
        }
        return 0;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "RefreshChain[HMAC-SHA256, key redacted]";
    }
}
