package app.journal.adapter.rest.token;

import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.Role;
import app.journal.domain.user.UserId;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Turns fuzzer bytes into a hostile token, so that one target serves Jazzer's coverage-guided engine,
 * its corpus replay and a seeded random run alike: the first bytes choose a recipe (raw bytes, a real
 * token with flipped bits, swapped or truncated segments, {@code alg: none}, a huge segment, a header
 * or payload of the fuzzer's own, or hostile claims properly signed with Journal's own keys, which is
 * what a parser meets only if a key leaked but must survive all the same).
 */
final class HostileTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final List<String> HOSTILE_VALUES = List.of("null", "1", "-1", "1e400", "123456789012345678901234567890",
            "true", "\"\"", "\"not-a-uuid\"", "[]", "{}", "[\"admin\"]", "[1,2]", "\"\\u0000\"", "\"\uD83D\uDE00\"",
            "\"ada@example.org\"", "\"" + "x".repeat(300) + "\"", "{\"$ref\":1}", "\"\\ud800\"", "0.5", "\"2026-01-01\"");
    private static final List<String> CLAIMS = List.of("iss", "aud", "sub", "exp", "nbf", "iat", "sid", "rid", "rem",
            "roles", "email", "jti");
    private static final List<String> TYPES = List.of("at+jwt", "refresh", "verify", "JWT", "", "AT+JWT");

    private final TokenKeys keys;
    private final TokenSettings settings;
    private final JjwtTokenCodec codec;

    HostileTokens(TokenKeys keys, TokenSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.codec = new JjwtTokenCodec(keys, settings, clock);
    }

    /** A simple reader over the fuzzer's bytes: past the end every read is zero, never an error. */
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

        byte[] rest() {
            var rest = java.util.Arrays.copyOfRange(data, Math.min(at, data.length), data.length);
            at = data.length;
            return rest;
        }
    }

    String from(byte[] input) {
        var in = new Bytes(input);
        var valid = valid(in.next(3));
        var parts = valid.split("\\.");
        return switch (in.next(10)) {
            // Every byte kept as one char (Latin-1), so NULs, controls and high bytes reach the parser.
            case 0 -> new String(in.rest(), StandardCharsets.ISO_8859_1);
            // Invalid UTF-8 decoded the way a servlet container would, into replacement characters.
            case 1 -> new String(in.rest(), StandardCharsets.UTF_8);
            case 2 -> flipBits(valid, in);
            case 3 -> parts[in.next(3)] + "." + parts[in.next(3)] + "." + parts[in.next(3)];
            case 4 -> valid.substring(0, in.next(valid.length() + 1));
            case 5 -> B64.encodeToString(json("{\"alg\":\"none\",\"typ\":\"" + TYPES.get(in.next(TYPES.size())) + "\"}"))
                    + "." + parts[1] + "." + (in.next(2) == 0 ? "" : parts[2]);
            case 6 -> {
                int segment = in.next(3);
                parts[segment] = "A".repeat(1 + in.next(20_000));
                yield String.join(".", parts);
            }
            case 7 -> B64.encodeToString(in.rest()) + "." + parts[1] + "." + parts[2];
            case 8 -> parts[0] + "." + B64.encodeToString(in.rest()) + "." + parts[2];
            default -> signedWithHostileClaims(in);
        };
    }

    private String valid(int kind) {
        var user = UserId.random();
        var sid = SessionId.random();
        return switch (kind) {
            case 0 -> codec.issueAccess(user, sid, Set.of(Role.USER)).value();
            case 1 -> codec.issueRefresh(user, sid, RefreshId.random(), codec.issueAccess(user, sid, Set.of()).expiresAt(),
                    SessionPersistence.PERSISTENT).value();
            default -> codec.issueVerify(user, new EmailAddress("ada@example.org")).value();
        };
    }

    private static String flipBits(String token, Bytes in) {
        var chars = token.toCharArray();
        for (int i = 0, flips = 1 + in.next(4); i < flips; i++) {
            int at = in.next(chars.length);
            chars[at] = (char) (chars[at] ^ (1 << in.next(8)));
        }
        return new String(chars);
    }

    /** Claims of hostile types, each present or not, signed with the right key for the chosen type. */
    private String signedWithHostileClaims(Bytes in) {
        var type = TYPES.get(in.next(TYPES.size()));
        var payload = new StringBuilder("{");
        for (var claim : CLAIMS) {
            switch (in.next(3)) {
                case 0 -> { }
                case 1 -> payload.append('"').append(claim).append("\":").append(plausible(claim)).append(',');
                default -> payload.append('"').append(claim).append("\":")
                        .append(HOSTILE_VALUES.get(in.next(HOSTILE_VALUES.size()))).append(',');
            }
        }
        if (payload.length() > 1) {
            payload.setLength(payload.length() - 1);
        }
        payload.append('}');
        var builder = Jwts.builder().header().type(type).keyId(keys.keyId()).and().content(json(payload.toString()));
        return in.next(2) == 0
                ? builder.signWith(keys.signing().getPrivate(), Jwts.SIG.ES256).compact()
                : builder.signWith(keys.hmac(), Jwts.SIG.HS256).compact();
    }

    private String plausible(String claim) {
        long now = System.currentTimeMillis() / 1000;
        return switch (claim) {
            case "iss" -> "\"" + settings.issuer() + "\"";
            case "aud" -> "[\"" + settings.accessAudience() + "\",\"" + settings.refreshAudience() + "\",\""
                    + settings.verifyAudience() + "\"]";
            case "exp" -> Long.toString(now + 600);
            case "nbf", "iat" -> Long.toString(now - 10);
            case "sub", "sid", "rid", "jti" -> "\"" + java.util.UUID.randomUUID() + "\"";
            case "rem" -> "true";
            case "roles" -> "[\"user\"]";
            case "email" -> "\"ada@example.org\"";
            default -> "null";
        };
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
