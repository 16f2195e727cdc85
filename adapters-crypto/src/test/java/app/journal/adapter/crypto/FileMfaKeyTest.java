package app.journal.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMfaKeyTest {

    @TempDir
    Path keys;

    @Test
    void a_missing_key_is_generated_owner_only_in_a_missing_directory() throws Exception {
        var dir = keys.resolve("nested/keys");

        FileMfaKey.loadOrCreate(dir);

        var file = dir.resolve("mfa.key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void an_existing_key_is_read_not_replaced() throws Exception {
        var master = AesGcmSecretSealerTest.random(32);
        Files.writeString(keys.resolve("mfa.key"), Base64.getEncoder().encodeToString(master) + "\n");

        var loaded = FileMfaKey.loadOrCreate(keys);

        assertThat(loaded.sealingKey()).isEqualTo(MfaKey.of(master).sealingKey());
        assertThat(Base64.getDecoder().decode(Files.readString(keys.resolve("mfa.key")).strip())).isEqualTo(master);
    }

    @Test
    void a_second_start_reads_the_key_the_first_made() {
        var first = FileMfaKey.loadOrCreate(keys);
        var second = FileMfaKey.loadOrCreate(keys);

        assertThat(second.sealingKey()).isEqualTo(first.sealingKey());
        assertThat(second.digestKey()).isEqualTo(first.digestKey());
    }

    @Test
    void nodes_starting_at_once_agree_on_one_key() throws Exception {
        int nodes = 8;
        var ready = new CountDownLatch(nodes);
        var tasks = new ArrayList<Callable<String>>();
        for (int i = 0; i < nodes; i++) {
            tasks.add(() -> {
                ready.countDown();
                ready.await();
                return HexFormat.of().formatHex(FileMfaKey.loadOrCreate(keys).sealingKey());
            });
        }
        try (var pool = Executors.newFixedThreadPool(nodes)) {
            var seen = new ArrayList<String>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                seen.add(f.get());
            }

            assertThat(seen).hasSize(nodes).containsOnly(seen.getFirst());
        }
        assertThat(HexFormat.of().formatHex(FileMfaKey.loadOrCreate(keys).sealingKey())).isNotEmpty();
        try (var files = Files.list(keys)) {
            assertThat(files).containsExactly(keys.resolve("mfa.key"));
        }
    }

    @Test
    void a_key_file_that_is_not_a_key_stops_the_start() throws Exception {
        Files.writeString(keys.resolve("mfa.key"), "not base64!", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> FileMfaKey.loadOrCreate(keys)).isInstanceOf(IllegalArgumentException.class);
        Files.writeString(keys.resolve("mfa.key"), Base64.getEncoder().encodeToString(new byte[16]));
        assertThatThrownBy(() -> FileMfaKey.loadOrCreate(keys)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }
}
