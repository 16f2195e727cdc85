package app.journal.adapter.rest.token;

import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.Role;
import app.journal.domain.user.UserId;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Jwks;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Journal's three kinds of token, each with its own {@code typ} header and audience so that none can
 * stand in for another:
 * <ul>
 *   <li>access ({@code typ: at+jwt}): ES256 with a {@code kid}, verifiable by anyone holding the JWKS;</li>
 *   <li>refresh ({@code typ: refresh}) and verify ({@code typ: verify}): HS256 with a server secret,
 *       read only by Journal itself.</li>
 * </ul>
 * Every parser has an explicit one-algorithm allowlist, so {@code alg: none} and "HMAC signed with
 * the public key" are refused before any signature is looked at.
 */
public final class JjwtTokenCodec {

    static final String ACCESS_TYPE = "at+jwt";
    static final String REFRESH_TYPE = "refresh";
    static final String VERIFY_TYPE = "verify";

    private final TokenKeys keys;
    private final TokenSettings settings;
    private final Clock clock;
    private final JwtParser accessParser;
    private final JwtParser refreshParser;
    private final JwtParser verifyParser;

    public JjwtTokenCodec(TokenKeys keys, TokenSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        this.accessParser = Jwts.parser()
                .sig().clear().add(Jwts.SIG.ES256).and()
                .keyLocator(header -> {
                    if (header instanceof io.jsonwebtoken.ProtectedHeader protectedHeader
                            && keys.keyId().equals(protectedHeader.getKeyId())) {
                        return keys.signing().getPublic();
                    }
                    throw new InvalidTokenException("unknown kid");
                })
                .requireIssuer(settings.issuer())
                .requireAudience(settings.accessAudience())
                .clock(() -> Date.from(clock.instant()))
                .clockSkewSeconds(settings.clockSkew().toSeconds())
                .build();
        this.refreshParser = hmacParser(settings.refreshAudience());
        this.verifyParser = hmacParser(settings.verifyAudience());
    }

    private JwtParser hmacParser(String audience) {
        return Jwts.parser()
                .sig().clear().add(Jwts.SIG.HS256).and()
                .verifyWith(keys.hmac())
                .requireIssuer(settings.issuer())
                .requireAudience(audience)
                .clock(() -> Date.from(clock.instant()))
                .clockSkewSeconds(settings.clockSkew().toSeconds())
                .build();
    }

    public IssuedToken issueAccess(UserId userId, @Nullable SessionId sessionId, Set<Role> roles) {
        return issueAccess(userId, sessionId, roles, null, List.of());
    }

    /**
     * @param authTime when the person last proved who they are (claim {@code auth_time}, OpenID Connect Core)
     * @param amr how (claim {@code amr}, RFC 8176 values); none for a demo token
     */
    public IssuedToken issueAccess(UserId userId, @Nullable SessionId sessionId, Set<Role> roles,
            @Nullable Instant authTime, List<String> amr) {
        var now = clock.instant();
        var expiresAt = now.plus(settings.accessTtl());
        var builder = Jwts.builder()
                .header().type(ACCESS_TYPE).keyId(keys.keyId()).and()
                .id(UUID.randomUUID().toString())
                .issuer(settings.issuer())
                .audience().add(settings.accessAudience()).and()
                .subject(userId.toString())
                .issuedAt(Date.from(now))
                .notBefore(Date.from(now))
                .expiration(Date.from(expiresAt))
                .claim("roles", roles.stream().map(Role::code).sorted().toList());
        if (sessionId != null) {
            builder.claim("sid", sessionId.toString());
        }
        if (authTime != null) {
            builder.claim("auth_time", authTime.getEpochSecond());
        }
        if (!amr.isEmpty()) {
            builder.claim("amr", List.copyOf(amr));
        }
        return new IssuedToken(builder.signWith(keys.signing().getPrivate(), Jwts.SIG.ES256).compact(), expiresAt);
    }

    public AccessClaims readAccess(String token) {
        return read(accessParser, token, ACCESS_TYPE, claims -> {
            var sid = claims.get("sid", String.class);
            return new AccessClaims(userId(claims), sid == null ? null : new SessionId(uuid(sid)), roles(claims),
                    claims.getExpiration().toInstant());
        });
    }

    /**
     * A refresh token that lives as long as its session may, never longer. It carries whether the
     * sign-in is persistent (claim {@code rem}), so the next rotation can hand that on.
     */
    public IssuedToken issueRefresh(UserId userId, SessionId sessionId, RefreshId refreshId, Instant notAfter,
            SessionPersistence persistence) {
        return issueRefresh(userId, sessionId, refreshId, notAfter, persistence, List.of());
    }

    /** Also carries how the sign-in was proved (claim {@code amr}), handed on at every rotation like {@code rem}. */
    public IssuedToken issueRefresh(UserId userId, SessionId sessionId, RefreshId refreshId, Instant notAfter,
            SessionPersistence persistence, List<String> amr) {
        var now = clock.instant();
        var token = Jwts.builder()
                .header().type(REFRESH_TYPE).and()
                .id(UUID.randomUUID().toString())
                .issuer(settings.issuer())
                .audience().add(settings.refreshAudience()).and()
                .subject(userId.toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(notAfter))
                .claim("sid", sessionId.toString())
                .claim("rid", refreshId.toString())
                .claim("rem", persistence == SessionPersistence.PERSISTENT)
                .claim("amr", amr.isEmpty() ? null : List.copyOf(amr))
                .signWith(keys.hmac(), Jwts.SIG.HS256)
                .compact();
        return new IssuedToken(token, notAfter);
    }

    public RefreshClaims readRefresh(String token) {
        return read(refreshParser, token, REFRESH_TYPE, claims -> {
            var remember = claims.get("rem", Boolean.class);
            return new RefreshClaims(userId(claims), new SessionId(uuid(required(claims, "sid"))),
                    new RefreshId(uuid(required(claims, "rid"))), claims.getExpiration().toInstant(),
                    Boolean.FALSE.equals(remember) ? SessionPersistence.BROWSER_SESSION : SessionPersistence.PERSISTENT,
                    amr(claims));
        });
    }

    public IssuedToken issueVerify(UserId userId, EmailAddress email) {
        var now = clock.instant();
        var expiresAt = now.plus(settings.verifyTtl());
        var token = Jwts.builder()
                .header().type(VERIFY_TYPE).and()
                .id(UUID.randomUUID().toString())
                .issuer(settings.issuer())
                .audience().add(settings.verifyAudience()).and()
                .subject(userId.toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .claim("email", email.value())
                .signWith(keys.hmac(), Jwts.SIG.HS256)
                .compact();
        return new IssuedToken(token, expiresAt);
    }

    public VerifyClaims readVerify(String token) {
        return read(verifyParser, token, VERIFY_TYPE, claims -> new VerifyClaims(userId(claims),
                new EmailAddress(required(claims, "email")), claims.getExpiration().toInstant()));
    }

    /** The public half of the access-token key, as a JSON Web Key Set. */
    public Map<String, Object> jwks() {
        var jwk = Jwks.builder().key((ECPublicKey) keys.signing().getPublic())
                .id(keys.keyId()).algorithm("ES256").publicKeyUse("sig").build();
        return Map.of("keys", List.of(Map.copyOf(jwk)));
    }

    /**
     * Parses and checks a token, then reads its claims with {@code reading}, all inside one guard: a
     * claim of the wrong JSON type (a number where a string belongs) makes jjwt throw on {@code get},
     * and that must be a refused token like any other, never an exception that reaches the edge as a
     * 500 (found by {@code TokenParsersFuzzTest}).
     */
    private static <T> T read(JwtParser parser, String token, String expectedType, Function<Claims, T> reading) {
        try {
            return reading.apply(parse(parser, token, expectedType));
        } catch (JwtException | IllegalArgumentException | ClassCastException e) {
            throw new InvalidTokenException("unreadable claims: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Claims parse(JwtParser parser, String token, String expectedType) {
        if (token == null || token.isBlank() || token.length() > 8192) {
            throw new InvalidTokenException("missing or oversized token");
        }
        try {
            var jws = parser.parseSignedClaims(token);
            if (!expectedType.equalsIgnoreCase(jws.getHeader().getType())) {
                throw new InvalidTokenException("wrong typ " + jws.getHeader().getType());
            }
            var claims = jws.getPayload();
            if (claims.getExpiration() == null || claims.getSubject() == null) {
                throw new InvalidTokenException("exp and sub are required");
            }
            return claims;
        } catch (JwtException | IllegalArgumentException | ClassCastException e) {
            throw new InvalidTokenException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String required(Claims claims, String name) {
        var value = claims.get(name, String.class);
        if (value == null) {
            throw new InvalidTokenException("missing claim " + name);
        }
        return value;
    }

    private static UserId userId(Claims claims) {
        return new UserId(uuid(claims.getSubject()));
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("not a UUID", e);
        }
    }

    private static Set<Role> roles(Claims claims) {
        var raw = claims.get("roles");
        if (!(raw instanceof Collection<?> list)) {
            throw new InvalidTokenException("roles claim missing");
        }
        try {
            return list.stream().map(r -> Role.fromCode(String.valueOf(r))).collect(Collectors.toUnmodifiableSet());
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("unknown role", e);
        }
    }

    /** Claim {@code amr}: a list of short strings; absent (tokens from before it existed) means a password. */
    private static List<String> amr(io.jsonwebtoken.Claims claims) {
        var raw = claims.get("amr");
        if (raw == null) {
            return List.of("pwd");
        }
        if (!(raw instanceof List<?> list) || list.size() > 8) {
            throw new InvalidTokenException("malformed amr claim");
        }
        var amr = new java.util.ArrayList<String>();
        for (var item : list) {
            if (!(item instanceof String value) || value.length() > 16) {
                throw new InvalidTokenException("malformed amr claim");
            }
            amr.add(value);
        }
        return List.copyOf(amr);
    }
}
