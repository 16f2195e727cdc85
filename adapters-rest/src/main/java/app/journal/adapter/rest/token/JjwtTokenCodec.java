package app.journal.adapter.rest.token;

import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.Role;
import app.journal.domain.user.UserId;
import io.jsonwebtoken.security.Jwks;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Journal's three kinds of token, each with its own {@code typ} header and audience so that none can
 * stand in for another:
 * <ul>
 *   <li>access ({@code typ: at+jwt}): ES256 with a {@code kid}, verifiable by anyone holding the JWKS;</li>
 *   <li>refresh ({@code typ: refresh}) and verify ({@code typ: verify}): HS256 with a server secret,
 *       read only by Journal itself.</li>
 * </ul>
 * Each kind is a {@link CompactJws} with its algorithm, key and type fixed, so {@code alg: none} and
 * "HMAC signed with the public key" are refused before any signature is looked at; the claims are
 * checked by {@link CheckedClaims}. The tokens are written and read without jjwt (the name is kept from
 * when they were): jjwt's builders, claim maps and a new {@code Mac} per token cost about an eighth of a
 * refresh. jjwt still makes the JWKS and the key thumbprint, and the tests use it to check that its
 * tokens and Journal's are interchangeable.
 *
 * @see "docs/decisions/0024-a-lean-hot-path.md"
 */
public final class JjwtTokenCodec {

    static final String ACCESS_TYPE = "at+jwt";
    static final String REFRESH_TYPE = "refresh";
    static final String VERIFY_TYPE = "verify";

    private final TokenKeys keys;
    private final TokenSettings settings;
    private final Clock clock;
    private final CompactJws access;
    private final CompactJws refresh;
    private final CompactJws verify;

    public JjwtTokenCodec(TokenKeys keys, TokenSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        this.access = CompactJws.es256(ACCESS_TYPE, keys.keyId(), keys.signing().getPrivate(),
                keys.signing().getPublic());
        this.refresh = CompactJws.hs256(REFRESH_TYPE, keys.hmac());
        this.verify = CompactJws.hs256(VERIFY_TYPE, keys.hmac());
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
        var codes = new ArrayList<String>(roles.size());
        for (var role : roles) {
            codes.add(role.code());
        }
        codes.sort(null);
        var claims = registered(settings.accessAudience(), userId, now, expiresAt)
                .number("nbf", now.getEpochSecond())
                .strings("roles", codes);
        if (sessionId != null) {
            claims.string("sid", sessionId.toString());
        }
        if (authTime != null) {
            claims.number("auth_time", authTime.getEpochSecond());
        }
        if (!amr.isEmpty()) {
            claims.strings("amr", amr);
        }
        return new IssuedToken(access.write(claims.toString()), expiresAt);
    }

    public AccessClaims readAccess(String token) {
        return read(access, settings.accessAudience(), token, claims -> {
            var sid = claims.optionalString("sid");
            return new AccessClaims(new UserId(claims.subject()),
                    sid == null ? null : new SessionId(CheckedClaims.uuid(sid)), roles(claims), claims.expiresAt());
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
        var claims = registered(settings.refreshAudience(), userId, clock.instant(), notAfter)
                .string("sid", sessionId.toString())
                .string("rid", refreshId.toString())
                .bool("rem", persistence == SessionPersistence.PERSISTENT);
        if (!amr.isEmpty()) {
            claims.strings("amr", amr);
        }
        return new IssuedToken(refresh.write(claims.toString()), notAfter);
    }

    public RefreshClaims readRefresh(String token) {
        return read(refresh, settings.refreshAudience(), token, claims -> {
            var remember = claims.optionalBoolean("rem");
            return new RefreshClaims(new UserId(claims.subject()),
                    new SessionId(CheckedClaims.uuid(claims.required("sid"))),
                    new RefreshId(CheckedClaims.uuid(claims.required("rid"))), claims.expiresAt(),
                    Boolean.FALSE.equals(remember) ? SessionPersistence.BROWSER_SESSION : SessionPersistence.PERSISTENT,
                    amr(claims));
        });
    }

    public IssuedToken issueVerify(UserId userId, EmailAddress email) {
        var now = clock.instant();
        var expiresAt = now.plus(settings.verifyTtl());
        var claims = registered(settings.verifyAudience(), userId, now, expiresAt).string("email", email.value());
        return new IssuedToken(verify.write(claims.toString()), expiresAt);
    }

    public VerifyClaims readVerify(String token) {
        return read(verify, settings.verifyAudience(), token, claims -> new VerifyClaims(new UserId(claims.subject()),
                new EmailAddress(claims.required("email")), claims.expiresAt()));
    }

    /** The public half of the access-token key, as a JSON Web Key Set. */
    public Map<String, Object> jwks() {
        var jwk = Jwks.builder().key((ECPublicKey) keys.signing().getPublic())
                .id(keys.keyId()).algorithm("ES256").publicKeyUse("sig").build();
        return Map.of("keys", List.of(Map.copyOf(jwk)));
    }

    /** The claims every kind carries, in the order jjwt wrote them; {@code aud} a list, as jjwt wrote it. */
    private JsonText registered(String audience, UserId userId, Instant now, Instant expiresAt) {
        return new JsonText()
                .string("jti", UUID.randomUUID().toString())
                .string("iss", settings.issuer())
                .strings("aud", List.of(audience))
                .string("sub", userId.toString())
                .number("iat", now.getEpochSecond())
                .number("exp", expiresAt.getEpochSecond());
    }

    /**
     * Checks a token, then reads its claims with {@code reading}, all inside one guard: whatever is wrong
     * with a token from outside (a claim of the wrong JSON type, a value a domain type refuses) must be a
     * refused token like any other, never an exception that reaches the edge as a 500 (found by
     * {@code TokenParsersFuzzTest}).
     */
    private <T> T read(CompactJws kind, String audience, String token, Function<CheckedClaims, T> reading) {
        try {
            var claims = CheckedClaims.check(kind.read(token), settings.issuer(), audience, clock.instant(),
                    settings.clockSkew());
            return reading.apply(claims);
        } catch (InvalidTokenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidTokenException("unreadable claims: " + e.getClass().getSimpleName(), e);
        }
    }

    private static Set<Role> roles(CheckedClaims claims) {
        var raw = claims.present("roles");
        if (raw == null || !raw.isArray()) {
            throw new InvalidTokenException("roles claim missing");
        }
        var roles = EnumSet.noneOf(Role.class);
        for (var item : raw) {
            if (!item.isString()) {
                throw new InvalidTokenException("malformed roles claim");
            }
            try {
                roles.add(Role.fromCode(item.stringValue()));
            } catch (IllegalArgumentException e) {
                throw new InvalidTokenException("unknown role", e);
            }
        }
        return Set.copyOf(roles);
    }

    /** Claim {@code amr}: a list of short strings; absent (tokens from before it existed) means a password. */
    private static List<String> amr(CheckedClaims claims) {
        var raw = claims.present("amr");
        if (raw == null) {
            return List.of("pwd");
        }
        if (!raw.isArray() || raw.size() > 8) {
            throw new InvalidTokenException("malformed amr claim");
        }
        var amr = new ArrayList<String>(raw.size());
        for (var item : raw) {
            if (!item.isString() || item.stringValue().length() > 16) {
                throw new InvalidTokenException("malformed amr claim");
            }
            amr.add(item.stringValue());
        }
        return List.copyOf(amr);
    }
}
