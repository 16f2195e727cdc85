package app.journal.domain.mfa;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Recovery codes: {@value #COUNT} at a time, each 12 symbols of Crockford's base32 alphabet (digits
 * and lower-case letters without i, l, o, u) = 60 random bits, shown grouped as
 * {@code xxxx-xxxx-xxxx} so they read aloud and copy by hand without look-alikes. Only the
 * {@link #normalise canonical form} (12 symbols, no hyphens) is ever hashed and compared.
 *
 * @see "docs/decisions/0015-totp-and-recovery-codes.md"
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    /** Symbols per code; 5 bits each. */
    public static final int LENGTH = 12;
    public static final int BITS = LENGTH * 5;
    static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    private static final int GROUP = 4;
    private static final int MAX_INPUT = 64;

    private RecoveryCodes() {}

    /** {@value #COUNT} distinct codes, formatted {@code xxxx-xxxx-xxxx}, to show once. */
    public static List<String> generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        var codes = new LinkedHashSet<String>();
        while (codes.size() < COUNT) {
            var canonical = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                canonical.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(format(canonical.toString()));
        }
        return List.copyOf(new ArrayList<>(codes));
    }

    /**
     * The canonical form of a typed code: trimmed, lower case, spaces and hyphens dropped, the
     * look-alikes i and l read as 1 and o as 0; empty unless exactly {@value #LENGTH} alphabet
     * symbols remain. This form is what gets hashed.
     */
    public static Optional<String> normalise(String input) {
        if (input.length() > MAX_INPUT) {
            return Optional.empty();
        }
        var s = input.strip().toLowerCase(Locale.ROOT);
        var out = new StringBuilder(LENGTH);
        for (int i = 0; i < s.length(); i++) {
            char c = switch (s.charAt(i)) {
                case 'i', 'l' -> '1';
                case 'o' -> '0';
                default -> s.charAt(i);
            };
            if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
            out.append(c);
        }
        return out.length() == LENGTH ? Optional.of(out.toString()) : Optional.empty();
    }

    /** The display form {@code xxxx-xxxx-xxxx} of a canonical code. */
    public static String format(String canonical) {
        if (normalise(canonical).filter(canonical::equals).isEmpty()) {
            throw new IllegalArgumentException("not a canonical recovery code");
        }
        var out = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(canonical, i, i + GROUP);
        }
        return out.toString();
    }
}
