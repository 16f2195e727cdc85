package app.journal.adapter.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link MfaKey} as {@code mfa.key} (base64, owner-only) in the keys directory, beside the
 * token keys: read when it is there, generated when it is not. Every node must see the same file (or
 * the same configured key): a TOTP secret sealed by one node must open on the others.
 *
 * <p>Two nodes starting at once on a shared directory agree on one key: the new key is written
 * completely to a temporary file, which is then linked under the final name; a link never replaces an
 * existing file, so the node that loses the race reads the winner's key. Nobody ever reads a
 * half-written key.
 */
public final class FileMfaKey {

    public static final String FILE_NAME = "mfa.key";
    private static final Logger log = LoggerFactory.getLogger(FileMfaKey.class);

    private FileMfaKey() {}

    public static MfaKey loadOrCreate(Path dir) {
        return loadOrCreate(dir, new SecureRandom());
    }

    static MfaKey loadOrCreate(Path dir, SecureRandom random) {
        var file = dir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                var key = MfaKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
                log.info("Two-step verification key loaded from {}", file.toAbsolutePath());
                return key;
            }
            Files.createDirectories(dir);
            var master = new byte[MfaKey.LENGTH];
            random.nextBytes(master);
            var temp = Files.createTempFile(dir, ".mfa-", ".key.tmp", ownerOnly(dir));
            try {
                Files.writeString(temp, Base64.getEncoder().encodeToString(master) + "\n", StandardCharsets.US_ASCII,
                        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
                publish(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
            log.info("Two-step verification key generated and kept in {}; every node must share it",
                    file.toAbsolutePath());
            return MfaKey.of(master);
        } catch (FileAlreadyExistsException raced) {
            return loadOrCreate(dir, random); // another node published its key first: use that one
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the two-step verification key in " + dir.toAbsolutePath(), e);
        }
    }

    /** Puts the complete temporary file under its final name, never over an existing one. */
    private static void publish(Path temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp);
        } catch (UnsupportedOperationException noHardLinks) {
            // A file system without hard links: create-new is still exclusive, only not all-at-once.
            Files.write(file, Files.readAllBytes(temp), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            restrict(file);
        }
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(Path dir) {
        var posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? new java.nio.file.attribute.FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new java.nio.file.attribute.FileAttribute<?>[0];
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the directory's own permissions are all we have.
        }
    }
}
