package app.journal.adapter.rest.token;

import java.util.Collection;

/**
 * The JSON text of a token's claims, written by hand: every value Journal puts in a token is a string
 * (escaped here), a number, a boolean or a list of strings, so a builder and a claims map per token
 * would only cost time.
 */
final class JsonText {

    private final StringBuilder out = new StringBuilder(320).append('{');

    JsonText string(String name, String value) {
        return name(name).append(quoted(value));
    }

    JsonText number(String name, long value) {
        name(name).out.append(value);
        return this;
    }

    JsonText bool(String name, boolean value) {
        name(name).out.append(value);
        return this;
    }

    JsonText strings(String name, Collection<String> values) {
        name(name).out.append('[');
        boolean first = true;
        for (var value : values) {
            if (!first) {
                out.append(',');
            }
            out.append(quoted(value));
            first = false;
        }
        out.append(']');
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    private JsonText name(String name) {
        if (out.length() > 1) {
            out.append(',');
        }
        out.append(quoted(name)).append(':');
        return this;
    }

    private JsonText append(String text) {
        out.append(text);
        return this;
    }

    /** A JSON string (RFC 8259 §7): quote, backslash and control characters escaped. */
    static String string(String value) {
        return quoted(value);
    }

    private static String quoted(String value) {
        var quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
