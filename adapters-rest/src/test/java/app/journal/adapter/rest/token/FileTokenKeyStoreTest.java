package app.journal.adapter.rest.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenKeyStoreTest {

    @Test
    void generated_keys_are_kept_so_a_restart_keeps_signing_with_the_same_key(@TempDir Path dir) throws Exception {
        var first = FileTokenKeyStore.loadOrCreate(dir.resolve("keys"));
        var second = FileTokenKeyStore.loadOrCreate(dir.resolve("keys"));

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.hmacBase64()).isEqualTo(first.hmacBase64());
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("keys/access-es256-private.pem")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys/hs256.key"))))
                .isEqualTo("rw-------");
    }
}
