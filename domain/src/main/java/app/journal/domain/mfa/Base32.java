package app.journal.domain.mfa;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** RFC 4648 base32 (the alphabet authenticator apps read), written without padding. */
final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    static String encode(byte[] data) {
        var out = new StringBuilder((data.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /**
     * Decodes upper or lower case, with or without trailing padding.
     *
     * @throws IllegalArgumentException on a character outside the alphabet or an impossible length
     */
    static byte[] decode(String text) {
        var s = text.toUpperCase(Locale.ROOT);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        int rem = end % 8;
        if (rem == 1 || rem == 3 || rem == 6) {
            throw new IllegalArgumentException("not a base32 length");
        }
        var out = new ByteArrayOutputStream(end * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < end; i++) {
            int v = ALPHABET.indexOf(s.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a base32 character");
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >>> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        if ((buffer & ((1 << bits) - 1)) != 0) {
            throw new IllegalArgumentException("base32 with stray trailing bits");
        }
        return out.toByteArray();
    }
}
