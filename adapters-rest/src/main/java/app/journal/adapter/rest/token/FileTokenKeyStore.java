package app.journal.adapter.rest.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps generated keys in a directory so that a restart does not sign everyone out. Used only when
 * no keys are configured; several nodes must share configured keys instead.
 */
public final class FileTokenKeyStore {

    private static final Logger log = LoggerFactory.getLogger(FileTokenKeyStore.class);

    private FileTokenKeyStore() {}

    public static TokenKeys loadOrCreate(Path dir) {
        var privateFile = dir.resolve("access-es256-private.pem");
        var publicFile = dir.resolve("access-es256-public.pem");
        var hmacFile = dir.resolve("hs256.key");
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile) && Files.exists(hmacFile)) {
                var keys = TokenKeys.fromPem(Files.readString(privateFile), Files.readString(publicFile),
                        Files.readString(hmacFile));
                log.info("Token keys loaded from {} (kid {})", dir.toAbsolutePath(), keys.keyId());
                return keys;
            }
            Files.createDirectories(dir);
            var keys = TokenKeys.generate();
            writeSecret(hmacFile, keys.hmacBase64());
            writeSecret(privateFile, keys.privatePem());
            Files.writeString(publicFile, keys.publicPem(), StandardOpenOption.CREATE_NEW);
            log.info("Token keys generated and kept in {} (kid {}); configure journal.tokens.* keys for several nodes",
                    dir.toAbsolutePath(), keys.keyId());
            return keys;
        } catch (FileAlreadyExistsException raced) {
            return loadOrCreate(dir); // another process created them in between
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep token keys in " + dir.toAbsolutePath(), e);
        }
    }

    private static void writeSecret(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the directory's own permissions are all we have.
        }
    }
}
