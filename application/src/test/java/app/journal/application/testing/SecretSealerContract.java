package app.journal.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.out.SecretSealer;
import app.journal.application.port.out.SecretSealer.SealBrokenException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What every {@link SecretSealer} does; run against the in-memory fake and the AES-GCM adapter. */
public abstract class SecretSealerContract {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADA = "totp:ada".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BOB = "totp:bob".getBytes(StandardCharsets.UTF_8);

    protected abstract SecretSealer sealer();

    @Test
    void what_is_sealed_opens_with_the_same_associated_data() {
        var sealer = sealer();

        assertThat(sealer.open(sealer.seal(SECRET, ADA), ADA)).isEqualTo(SECRET);
    }

    @Test
    void sealing_twice_gives_different_bytes_neither_of_which_is_the_plaintext() {
        var sealer = sealer();
        var first = sealer.seal(SECRET, ADA);

        assertThat(first).isNotEqualTo(sealer.seal(SECRET, ADA)).isNotEqualTo(SECRET);
    }

    @Test
    void a_changed_sealed_value_does_not_open() {
        var sealer = sealer();
        var sealed = sealer.seal(SECRET, ADA);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> sealer.open(sealed, ADA)).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void a_sealed_value_does_not_open_with_other_associated_data() {
        var sealer = sealer();
        var sealed = sealer.seal(SECRET, ADA);

        assertThatThrownBy(() -> sealer.open(sealed, BOB)).isInstanceOf(SealBrokenException.class);
    }
}
