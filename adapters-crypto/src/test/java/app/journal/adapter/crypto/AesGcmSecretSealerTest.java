package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.out.SecretSealer.SealBrokenException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretSealerTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ADA = "user:0b7e5c43-1f43-4c4c-9d43-2f7b4c1f0a11".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BOB = "user:5d6a0e2c-93a5-4e7e-8f1c-7c0e6a1b2c3d".getBytes(StandardCharsets.UTF_8);

    private final MfaKey key = MfaKey.of(random(32));
    private final AesGcmSecretSealer sealer = new AesGcmSecretSealer(key);

    @Test
    void what_is_sealed_opens_with_the_same_associated_data() {
        var sealed = sealer.seal(SECRET, ADA);

        assertThat(sealer.open(sealed, ADA)).isEqualTo(SECRET);
    }

    @Test
    void the_sealed_form_is_version_nonce_ciphertext_and_tag_and_hides_the_plaintext() {
        var sealed = sealer.seal(SECRET, ADA);

        assertThat(sealed).hasSize(1 + 12 + SECRET.length + 16);
        assertThat(sealed[0]).isEqualTo((byte) 1);
        assertThat(HexFormat.of().formatHex(sealed)).doesNotContain(HexFormat.of().formatHex(SECRET, 0, 4));
    }

    @Test
    void sealing_twice_gives_different_bytes() {
        assertThat(sealer.seal(SECRET, ADA)).isNotEqualTo(sealer.seal(SECRET, ADA));
    }

    @Test
    void a_change_to_any_byte_breaks_the_seal() {
        var sealed = sealer.seal(SECRET, ADA);
        for (int i = 0; i < sealed.length; i++) {
            var tampered = sealed.clone();
            tampered[i] ^= 0x01;

            assertThatThrownBy(() -> sealer.open(tampered, ADA)).isInstanceOf(SealBrokenException.class);
        }
    }

    @Test
    void a_sealed_secret_copied_to_another_account_does_not_open() {
        var sealed = sealer.seal(SECRET, ADA);

        assertThatThrownBy(() -> sealer.open(sealed, BOB)).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void a_value_sealed_under_another_key_does_not_open() {
        var other = new AesGcmSecretSealer(MfaKey.of(random(32)));

        assertThatThrownBy(() -> sealer.open(other.seal(SECRET, ADA), ADA)).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void bytes_that_were_never_sealed_do_not_open() {
        assertThatThrownBy(() -> sealer.open(new byte[0], ADA)).isInstanceOf(SealBrokenException.class);
        assertThatThrownBy(() -> sealer.open(new byte[28], ADA)).isInstanceOf(SealBrokenException.class);
        var unknownVersion = sealer.seal(SECRET, ADA);
        unknownVersion[0] = 2;
        assertThatThrownBy(() -> sealer.open(unknownVersion, ADA)).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void two_nodes_reading_the_same_key_file_open_each_others_seals(@TempDir Path keys) {
        var nodeA = new AesGcmSecretSealer(FileMfaKey.loadOrCreate(keys));
        var nodeB = new AesGcmSecretSealer(FileMfaKey.loadOrCreate(keys));

        assertThat(nodeB.open(nodeA.seal(SECRET, ADA), ADA)).isEqualTo(SECRET);
        assertThat(nodeA.open(nodeB.seal(SECRET, ADA), ADA)).isEqualTo(SECRET);
    }

    @Test
    void the_sealing_key_and_the_digest_key_are_different_derivations() {
        assertThat(key.sealingKey()).hasSize(32).isNotEqualTo(key.digestKey());
        assertThat(key.toString()).doesNotContain(HexFormat.of().formatHex(key.sealingKey()));
    }

    @Test
    void key_derivation_is_hkdf_expand_per_rfc_5869_test_case_1() {
        var prk = HexFormat.of().parseHex("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5");
        var info = HexFormat.of().parseHex("f0f1f2f3f4f5f6f7f8f9");

        // The first 32 of the RFC's 42 output bytes are the one block we use.
        assertThat(HexFormat.of().formatHex(MfaKey.expand(prk, info)))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf");
    }

    static byte[] random(int length) {
        var bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
