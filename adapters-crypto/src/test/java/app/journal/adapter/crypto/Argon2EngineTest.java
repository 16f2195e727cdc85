package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our Argon2 against the RFC 9106 test vectors (section 5) and against password4j, which made the stored hashes. */
class Argon2EngineTest {

    private static final HexFormat HEX = HexFormat.of();

    private static byte[] filled(int length, int value) {
        var bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @ParameterizedTest(name = "RFC 9106 {0}")
    @CsvSource({
        "Argon2d,  0, 512b391b6f1162975371d30919734294f868e3be3984f3c1a13a4db9fabe4acb",
        "Argon2i,  1, c814d9d1dc7f37aa13f0d77f2494bda1c8de6b016dd388d29952a4c4672b6ce8",
        "Argon2id, 2, 0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659",
    })
    void matchesTheRfcTestVectors(String name, int type, String tag) {
        var engine = new Argon2Engine(32);
        byte[] result = engine.hash(type, Argon2Engine.VERSION_13, 32, 3, 4, 32, filled(32, 1), filled(16, 2),
                filled(8, 3), filled(12, 4));
        assertThat(HEX.formatHex(result)).isEqualTo(tag);
    }

    @Test
    void blake2bMatchesRfc7693() {
        var out = new byte[64];
        new Blake2b().reset(64).update("abc".getBytes(StandardCharsets.US_ASCII)).digest(out, 0);
        assertThat(HEX.formatHex(out)).isEqualTo("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
    }

    @ParameterizedTest(name = "m={0} t={1} p={2} tag={3} v={4} type={5}")
    @CsvSource({
        "19456, 2, 1, 32, 19, ID",
        "8, 1, 1, 32, 19, ID",
        "64, 3, 2, 16, 19, ID",
        "100, 2, 3, 64, 19, ID",
        "257, 1, 1, 65, 19, ID",
        "1024, 4, 4, 100, 19, ID",
        "4096, 3, 1, 32, 19, I",
        "4096, 2, 1, 32, 19, D",
        "512, 2, 2, 32, 16, ID",
        "12288, 3, 1, 32, 19, ID",
    })
    void agreesWithPassword4j(int memory, int iterations, int parallelism, int tagLength, int version, String type) {
        var random = new Random(memory * 31L + iterations);
        var engine = new Argon2Engine(19_456);
        for (int round = 0; round < 2; round++) { // the second hash reuses the engine's memory
            var password = new byte[1 + random.nextInt(40)];
            var salt = new byte[16];
            random.nextBytes(password);
            random.nextBytes(salt);
            var variant = Argon2.valueOf(type);
            byte[] expected = Argon2Function.getInstance(memory, iterations, parallelism, tagLength, variant, version)
                    .hash(password, salt).getBytes();
            byte[] actual = engine.hash(variant.ordinal() == 0 ? Argon2Engine.TYPE_D
                            : variant == Argon2.I ? Argon2Engine.TYPE_I : Argon2Engine.TYPE_ID,
                    version, memory, iterations, parallelism, tagLength, password, salt, new byte[0], new byte[0]);
            assertThat(HEX.formatHex(actual)).isEqualTo(HEX.formatHex(expected));
        }
    }
}
