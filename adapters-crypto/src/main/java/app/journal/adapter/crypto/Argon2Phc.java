package app.journal.adapter.crypto;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parameters of an Argon2 PHC string, {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}
 * (salt and hash in unpadded standard Base64). Only what {@link Argon2PasswordHasher} needs to
 * decide about verifying and re-hashing; the salt and hash stay in the string.
 */
record Argon2Phc(String type, int version, int memoryKiB, int iterations, int parallelism) {

    private static final Pattern PHC = Pattern.compile(
            "\\$(argon2id|argon2i|argon2d)\\$v=(16|19)\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})"
                    + "\\$[A-Za-z0-9+/]{11,}\\$[A-Za-z0-9+/]{22,}");

    static final String ARGON2ID = "argon2id";

    /** Empty when the text is not a well-formed Argon2 PHC string with sane parameters. */
    static Optional<Argon2Phc> parse(String encoded) {
        var matcher = PHC.matcher(encoded);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long memory = Long.parseLong(matcher.group(3));
        long iterations = Long.parseLong(matcher.group(4));
        int parallelism = Integer.parseInt(matcher.group(5));
        if (parallelism < 1 || parallelism > 64 || memory < 8L * parallelism || memory > Argon2Settings.MAX_MEMORY_KIB
                || iterations < 1 || iterations > 1_000) {
            return Optional.empty();
        }
        return Optional.of(new Argon2Phc(matcher.group(1), Integer.parseInt(matcher.group(2)), (int) memory,
                (int) iterations, parallelism));
    }

    /** True when this hash is cheaper than, or of another kind than, what {@code settings} would make now. */
    boolean weakerThan(Argon2Settings settings) {
        return !ARGON2ID.equals(type)
                || version < 19
                || memoryKiB < settings.memoryKiB()
                || iterations < settings.iterations()
                || parallelism < settings.parallelism();
    }
}
