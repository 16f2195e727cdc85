package app.journal.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hostile request bodies for a JSON operation whose fields (name and JSON type) come from the OpenAPI
 * description: a fixed catalogue of the classic attacks on a JSON reader ({@link #catalogue}) and
 * random ones driven by bytes ({@link #random}), so that a seeded random run and a fuzzer's bytes use
 * the same recipes. Every password and token a body carries holds a marker of its own, which
 * {@link #secrets()} returns, so a test can check that none of them reaches a log line.
 */
final class HostileBodies {

    /** One request: the body bytes, the Content-Type it is sent with, and what it is, for messages. */
    record Body(String what, byte[] bytes, String contentType) {}

    static final String JSON = "application/json";
    private static final List<String> CONTENT_TYPES = List.of(JSON, "application/json; charset=UTF-16",
            "application/json;charset=bogus-charset", "application/json; charset=ISO-8859-1",
            "application/json;charset=\"utf-8\"", "application/*+json", "application/json; charset=");
    private static final List<String> HOSTILE_VALUES = List.of("null", "true", "0", "-1", "1e400", "-1e400", "1e-400",
            "123456789012345678901234567890123456789", "0.1", "[]", "{}", "[null]", "{\"a\":1}", "\"\"", "\" \"",
            "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u202e\"", "\"\\uFEFF\"", "\"x\\u0000y\"", "NaN",
            "Infinity", "-0", "\"\\\"\"", "\"%00\"", "\"<script>\"", "\"' OR 1=1 --\"", "\"${jndi:ldap://x}\"");
    private static final List<String> ODD_EMAILS = List.of("ａｄａ@example.org", "ada@exämple.org", "ådå@example.org",
            "ada\u202e@example.org", "ada@example.org\u0000", "a\u0301da@example.org", "\uD83D\uDE00@example.org",
            "ada\u200d@example.org", "ada@@example.org", "@example.org", "ada@", "ada", "ada@example..org",
            "ada@[127.0.0.1]", "\"a b\"@example.org", "ada@example.org\r\nBcc: eve@example.org", "x".repeat(300)
                    + "@example.org", "ada@" + "x".repeat(300) + ".org", "ADA@EXAMPLE.ORG", " ada@example.org ",
            "ada\u2028@example.org", "ada\uFEFF@example.org", "İ@example.org", "ß@example.org");
    private static final List<String> ODD_PASSWORD_PARTS = List.of("\uD83D\uDE00".repeat(40), "e\u0301".repeat(30),
            "é".repeat(30), "\u200b".repeat(20), "\u0000", " ", "\t\n", "\u202e", "ﬃ", "Ａ", "\uFEFF", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "x".repeat(129), "Blue-otter juggles 93 lanterns", "İı", "\\", "\"", "'", "%s%n", "a".repeat(2000));

    private final List<String> secrets = new ArrayList<>();

    /** Every marker of a password or token sent so far. */
    List<String> secrets() {
        return List.copyOf(secrets);
    }

    private String marker(String kind) {
        var marker = kind + UUID.randomUUID().toString().replace("-", "");
        secrets.add(marker);
        return marker;
    }

    /** A plausible value for a field, from its name and JSON type; passwords and tokens carry a marker. */
    private String plausible(String field, String type, Bytes in) {
        var lower = field.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("password")) {
            return quote(marker("Pw") + ODD_PASSWORD_PARTS.get(in.next(ODD_PASSWORD_PARTS.size())));
        }
        if (lower.contains("token")) {
            var marker = marker("Tk");
            return quote(switch (in.next(3)) {
                case 0 -> marker;
                case 1 -> "eyJhbGciOiJub25lIn0." + b64("{\"sub\":\"" + marker + "\"}") + ".";
                default -> b64("{\"alg\":\"HS256\",\"typ\":\"refresh\"}") + "." + b64("{\"jti\":\"" + marker + "\"}")
                        + "." + marker;
            });
        }
        if (lower.contains("email")) {
            return quote(in.next(2) == 0 ? "fuzz-" + UUID.randomUUID() + "@example.org"
                    : ODD_EMAILS.get(in.next(ODD_EMAILS.size())));
        }
        return switch (type) {
            case "boolean" -> in.next(2) == 0 ? "true" : "false";
            case "integer", "number" -> Integer.toString(in.next(1000));
            default -> lower.equals("transport") ? quote(in.next(2) == 0 ? "body" : "cookie") : quote("fuzz " + field);
        };
    }

    /** The classic attacks, each once for this operation. */
    List<Body> catalogue(Map<String, String> fields) {
        var in = new Bytes(new byte[0]);
        var bodies = new ArrayList<Body>();
        var valid = object(fields, in);
        add(bodies, "empty", "");
        for (var top : List.of("null", "true", "1", "\"text\"", "[]", "[{}]", "{}", "{} {}", "{}garbage", "{,}",
                "{\"a\":}", "{\"a\" 1}", "{'a':1}", "{a:1}", "[1,]", "{\"a\":1,}", "\u0000", "{\"a\":\"\u0000\"}", "/*x*/{}")) {
            add(bodies, "top level " + top, top);
        }
        add(bodies, "10 000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000));
        add(bodies, "10 000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        add(bodies, "unterminated deep nesting", "[".repeat(100_000));
        add(bodies, "numbers past every range", "{\"n\":1e400,\"m\":-1e400,\"k\":" + "9".repeat(5000) + "}");
        add(bodies, "unknown field", valid.substring(0, valid.length() - 1) + (fields.isEmpty() ? "" : ",")
                + "\"roles\":[\"admin\"],\"emailVerified\":true}");
        for (var field : fields.entrySet()) {
            var name = field.getKey();
            for (var value : HOSTILE_VALUES) {
                add(bodies, name + " = " + value, object(fields, in, name, value));
            }
            add(bodies, name + " twice", "{\"" + name + "\":" + plausible(name, field.getValue(), in) + ","
                    + valid.substring(1));
            add(bodies, name + " 1 MB", object(fields, in, name, quote("x".repeat(1_000_000))));
            add(bodies, name + " 10 000 deep", object(fields, in, name, "[".repeat(10_000) + "]".repeat(10_000)));
        }
        for (var email : ODD_EMAILS) {
            if (fields.keySet().stream().anyMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains("email"))) {
                add(bodies, "email " + email, object(fields, in, emailField(fields), quote(email)));
            }
        }
        var utf8 = valid.getBytes(StandardCharsets.UTF_8);
        bodies.add(new Body("UTF-8 BOM", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8), JSON));
        bodies.add(new Body("UTF-16 with BOM", valid.getBytes(StandardCharsets.UTF_16), JSON));
        bodies.add(new Body("UTF-32", valid.getBytes(java.nio.charset.Charset.forName("UTF-32")), JSON));
        for (var bad : List.of(new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[] {(byte) 0xc0, (byte) 0xaf},
                new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {0},
                new byte[] {(byte) 0xc3})) {
            bodies.add(new Body("invalid UTF-8 " + java.util.HexFormat.of().formatHex(bad) + " in every string",
                    insideStrings(valid, bad), JSON));
        }
        for (var type : CONTENT_TYPES) {
            bodies.add(new Body("Content-Type " + type, utf8, type));
        }
        return bodies;
    }

    /** A body from the fuzzer's bytes: a plausible object, some fields hostile, then byte-level damage. */
    Body random(Map<String, String> fields, Bytes in) {
        var values = new LinkedHashMap<String, String>();
        for (var field : fields.entrySet()) {
            switch (in.next(4)) {
                case 0 -> { }
                case 1 -> values.put(field.getKey(), HOSTILE_VALUES.get(in.next(HOSTILE_VALUES.size())));
                case 2 -> values.put(field.getKey(), nested(in.next(3000)));
                default -> values.put(field.getKey(), plausible(field.getKey(), field.getValue(), in));
            }
            if (in.next(8) == 0) {
                values.put(field.getKey() + (in.next(2) == 0 ? "" : "\u0000"), plausible(field.getKey(), "string", in));
            }
        }
        var text = new StringBuilder("{");
        values.forEach((k, v) -> text.append(quote(k)).append(':').append(v).append(','));
        if (in.next(6) == 0) {
            // A duplicate of a field, placed last so that it wins in lenient readers.
            fields.keySet().stream().findFirst().ifPresent(f -> text.append(quote(f)).append(":\"dup\","));
        }
        if (text.length() > 1) {
            text.setLength(text.length() - 1);
        }
        var bytes = text.append('}').toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0, damage = in.next(4); i < damage && bytes.length > 0; i++) {
            int at = in.next(bytes.length);
            bytes = switch (in.next(4)) {
                case 0 -> java.util.Arrays.copyOf(bytes, at);
                case 1 -> splice(bytes, at, new byte[] {(byte) (0x80 + in.next(128))});
                case 2 -> splice(bytes, at, new byte[] {0});
                default -> {
                    bytes[at] = (byte) (bytes[at] ^ (1 << in.next(8)));
                    yield bytes;
                }
            };
        }
        var type = in.next(10) == 0 ? CONTENT_TYPES.get(in.next(CONTENT_TYPES.size())) : JSON;
        return new Body("random", bytes, type);
    }

    private String object(Map<String, String> fields, Bytes in) {
        return object(fields, in, null, null);
    }

    private String object(Map<String, String> fields, Bytes in, String replaced, String value) {
        var text = new StringBuilder("{");
        fields.forEach((name, type) -> text.append(quote(name)).append(':')
                .append(name.equals(replaced) ? value : plausible(name, type, in)).append(','));
        if (text.length() > 1) {
            text.setLength(text.length() - 1);
        }
        return text.append('}').toString();
    }

    private static String emailField(Map<String, String> fields) {
        return fields.keySet().stream().filter(f -> f.toLowerCase(java.util.Locale.ROOT).contains("email"))
                .findFirst().orElseThrow();
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static void add(List<Body> bodies, String what, String text) {
        bodies.add(new Body(what, text.getBytes(StandardCharsets.UTF_8), JSON));
    }

    /** The raw bytes inserted right after the opening quote of every string value. */
    private static byte[] insideStrings(String json, byte[] raw) {
        var out = new ByteArrayOutputStream();
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            out.write(bytes[i]);
            if (bytes[i] == ':' && i + 1 < bytes.length && bytes[i + 1] == '"') {
                out.write(bytes[++i]);
                out.writeBytes(raw);
            }
        }
        return out.toByteArray();
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        return concat(concat(java.util.Arrays.copyOf(bytes, at), inserted),
                java.util.Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var result = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static String quote(String value) {
        var out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private static String b64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the fuzzer's bytes as small choices; past the end every choice is 0, never an error. */
    static final class Bytes {
        private final byte[] data;
        private int at;

        Bytes(byte[] data) {
            this.data = data;
        }

        int next(int bound) {
            if (bound <= 1) {
                return 0;
            }
            int value = at < data.length ? data[at++] & 0xff : 0;
            if (bound > 256 && at < data.length) {
                value = value << 8 | data[at++] & 0xff;
            }
            return value % bound;
        }
    }
}
